package fr.galien.core.error;

import fr.galien.core.i18n.Messages;
import java.util.Arrays;

/**
 * The one exception Galien shows to users: a stable {@link ErrorCode} plus a French sentence.
 *
 * <p>The message never contains patient data unless the caller passed it as an argument on purpose for the user's
 * own screen; log the code, not the message, where the log may leave the workstation.
 */
public class SegurException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final transient Object[] args;

    public SegurException(ErrorCode errorCode, Object... args) {
        this(errorCode, null, args);
    }

    public SegurException(ErrorCode errorCode, Throwable cause, Object... args) {
        super(errorCode.code() + " : " + Messages.format(errorCode, args), cause);
        this.errorCode = errorCode;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public String code() {
        return errorCode.code();
    }

    /** The French sentence without the code, for a label next to a field. */
    public String userMessage() {
        return Messages.format(errorCode, args);
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}

package fr.galien.core.port;

import fr.galien.core.error.ErrorCode;
import fr.galien.core.error.SegurException;

/**
 * A DMP call that failed, with whether retrying can help: the outbox retries a {@linkplain #permanent() transient}
 * failure (service down, timeout, no PSC session for now) and sets a permanent refusal aside with its reason, never
 * blocking the queue (issue 12 §3).
 */
public class DmpException extends SegurException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public DmpException(boolean permanent, ErrorCode errorCode, Throwable cause, Object... args) {
        super(errorCode, cause, args);
        this.permanent = permanent;
    }

    /** The DMP refused this request for good (invalid document, unique id used): sending it again cannot help. */
    public static DmpException refused(ErrorCode errorCode, Object... args) {
        return new DmpException(true, errorCode, null, args);
    }

    /** The call could not be made or answered now; the same request may succeed later. */
    public static DmpException transientFailure(ErrorCode errorCode, Throwable cause, Object... args) {
        return new DmpException(false, errorCode, cause, args);
    }

    public boolean permanent() {
        return permanent;
    }
}

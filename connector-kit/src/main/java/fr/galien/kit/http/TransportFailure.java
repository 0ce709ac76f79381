package fr.galien.kit.http;

import fr.galien.core.error.SegurException;
import fr.galien.kit.KitError;

/**
 * The HTTP exchange did not produce a usable reply. Checked, so each connector decides which of its own codes it
 * becomes ({@link #toSegurException()} gives the kit's when it has none). {@code reason} is a short French phrase for
 * the user, never the exception's text: that may quote the URL or the host.
 */
public final class TransportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Refused, timed out, no route, DNS, TLS: the service is unavailable for now. */
        UNAVAILABLE(KitError.KIT_0006),
        /** The reply is larger than the client accepts. */
        TOO_LARGE(KitError.KIT_0007),
        /** The waiting thread was interrupted. */
        INTERRUPTED(KitError.KIT_0008);

        private final KitError code;

        Kind(KitError code) {
            this.code = code;
        }

        public KitError code() {
            return code;
        }
    }

    private final Kind kind;
    private final String reason;

    public TransportFailure(Kind kind, String reason, Throwable cause) {
        super(kind + ": " + reason, cause);
        this.kind = kind;
        this.reason = reason;
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    /** The kit's own code for this failure ({@code KIT-0006..0008}), for connectors without a code of their own. */
    public SegurException toSegurException() {
        return new SegurException(kind.code(), this, reason);
    }
}

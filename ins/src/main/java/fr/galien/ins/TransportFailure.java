package fr.galien.ins;

/**
 * The HTTP exchange did not produce a usable reply; each client turns it into its own error code. {@code reason} is
 * a short French phrase for the user (never the exception's text: it may quote the URL or the host).
 */
final class TransportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    enum Kind {
        /** Refused, timed out, no route, DNS, TLS: the service is unavailable for now. */
        UNAVAILABLE,
        /** The reply is larger than the client accepts. */
        TOO_LARGE,
        /** The waiting thread was interrupted. */
        INTERRUPTED
    }

    private final Kind kind;
    private final String reason;

    TransportFailure(Kind kind, String reason, Throwable cause) {
        super(kind + ": " + reason, cause);
        this.kind = kind;
        this.reason = reason;
    }

    Kind kind() {
        return kind;
    }

    String reason() {
        return reason;
    }
}

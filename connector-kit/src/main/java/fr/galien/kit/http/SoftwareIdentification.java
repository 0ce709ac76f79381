package fr.galien.kit.http;

import java.util.Objects;

/**
 * Says which software, in which version and which installation, makes the call: {@code User-Agent: name/version}
 * (RFC 9110 §10.1.5) and {@value #INSTANCE_HEADER} with the practice installation's id, so a national service's
 * support can tell workstations apart without any personal data. Protocols that carry this in the message itself
 * (INSi's {@code ContexteLPS}) keep doing so; a service contract that names its own headers gets its own interceptor.
 */
public final class SoftwareIdentification implements CallInterceptor {

    public static final String INSTANCE_HEADER = "X-Software-Instance";

    private final String userAgent;
    private final String instance;

    /**
     * @param name     the software's name, e.g. {@code Galien}
     * @param version  its version, e.g. {@code 0.1.0}
     * @param instance this installation's id (a uuid), never a person's
     */
    public SoftwareIdentification(String name, String version, String instance) {
        this.userAgent = token(name, "name") + "/" + token(version, "version");
        this.instance = token(instance, "instance");
    }

    @Override
    public BoundedHttp.Reply intercept(OutboundCall call, Chain next) throws TransportFailure {
        call.header("User-Agent", userAgent);
        call.header(INSTANCE_HEADER, instance);
        return next.proceed(call);
    }

    /** A header-safe word: no spaces, no control characters (no header injection). */
    private static String token(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '/')) {
            throw new IllegalArgumentException(what + " must be a visible ASCII word without '/'");
        }
        return value;
    }
}

package fr.galien.kit.http;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What a national-service endpoint setting may be: an absolute {@code https} URL, or {@code http} to this machine
 * only (the sandbox). Identity data never crosses a network in clear text, whatever the configuration says.
 */
public final class EndpointRules {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private EndpointRules() {
    }

    /** Null when the URL is acceptable, else a short French reason. */
    public static String problem(URI endpoint) {
        if (!endpoint.isAbsolute() || endpoint.getHost() == null) {
            return "adresse absolue attendue (https://…)";
        }
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return null;
        }
        if (scheme.equals("http")) {
            return LOOPBACK_HOSTS.contains(endpoint.getHost().toLowerCase(Locale.ROOT)) ? null
                    : "http n'est accepté que vers ce poste (127.0.0.1) ; utilisez https";
        }
        return "protocole " + scheme + " non pris en charge";
    }

    public static boolean isHttps(URI endpoint) {
        return "https".equalsIgnoreCase(endpoint.getScheme());
    }
}

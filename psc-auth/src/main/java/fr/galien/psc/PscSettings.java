package fr.galien.psc;

import fr.galien.core.error.SegurException;
import fr.galien.core.spi.ConfigKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The client's settings, read once from the module's {@code psc.*} settings. Real PSC endpoints are settings, never
 * code: the default issuer is the sandbox simulator's (PSC-shaped path, specs §5.1) on its fixed port.
 *
 * @param clientSecret may be null: the browser flow then runs as a public client (PKCE only); CIBA needs it
 */
public record PscSettings(URI issuer, String clientId, String clientSecret, Duration timeout, Duration clockSkew,
                          Duration refreshMargin, Duration browserTimeout) {

    /** Port the sandbox's PSC simulator listens on when started with its fixed port (see the lead's wiring). */
    public static final int SANDBOX_PORT = 48_080;
    public static final String SANDBOX_ISSUER = "http://127.0.0.1:" + SANDBOX_PORT + "/auth/realms/esante-wallet";
    public static final String SANDBOX_CLIENT_ID = "galien-bac-a-sable";
    public static final String SANDBOX_CLIENT_SECRET = "secret-du-bac-a-sable-uniquement";

    static final String ISSUER = "issuer";
    static final String CLIENT_ID = "clientId";
    static final String CLIENT_SECRET = "clientSecret";
    static final String TIMEOUT = "timeoutSeconds";
    static final String CLOCK_SKEW = "clockSkewSeconds";
    static final String REFRESH_MARGIN = "refreshMarginSeconds";
    static final String BROWSER_TIMEOUT = "browserTimeoutSeconds";

    public PscSettings {
        if (issuer == null || !issuer.isAbsolute()) {
            throw new SegurException(PscError.PSC_0022, ISSUER);
        }
        if (clientId == null || clientId.isBlank()) {
            throw new SegurException(PscError.PSC_0022, CLIENT_ID);
        }
        clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret;
        requirePositive(timeout, TIMEOUT);
        requirePositive(browserTimeout, BROWSER_TIMEOUT);
        if (clockSkew == null || clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            // Bounded: a large skew would accept tokens long expired.
            throw new SegurException(PscError.PSC_0022, CLOCK_SKEW);
        }
        if (refreshMargin == null || refreshMargin.isNegative()) {
            throw new SegurException(PscError.PSC_0022, REFRESH_MARGIN);
        }
    }

    /** The keys the module declares (Services settings screen), with their defaults. */
    public static List<ConfigKey> configKeys() {
        return List.of(
                new ConfigKey(ISSUER, SANDBOX_ISSUER,
                        "Émetteur Pro Santé Connect (bac à sable : https://auth.bas.psc.esante.gouv.fr/auth/realms/esante-wallet ;"
                                + " production : https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet)"),
                new ConfigKey(CLIENT_ID, SANDBOX_CLIENT_ID, "Identifiant client de Galien auprès de Pro Santé Connect"),
                new ConfigKey(CLIENT_SECRET, SANDBOX_CLIENT_SECRET, "Secret client fourni lors du raccordement (jamais affiché)"),
                new ConfigKey(TIMEOUT, "10", "Délai de connexion et de réponse de Pro Santé Connect, en secondes"),
                new ConfigKey(CLOCK_SKEW, "60", "Écart d'horloge toléré sur les jetons, en secondes (300 au plus)"),
                new ConfigKey(REFRESH_MARGIN, "15",
                        "Renouvellement du jeton d'accès ce nombre de secondes avant son expiration (les jetons PSC vivent 60 s)"),
                new ConfigKey(BROWSER_TIMEOUT, "300", "Attente maximale de la connexion dans le navigateur, en secondes"));
    }

    /** Declared defaults overridden by {@code settings} (keys without the {@code psc.} prefix). */
    public static PscSettings from(Map<String, String> settings) {
        return new PscSettings(
                uri(value(settings, ISSUER)),
                value(settings, CLIENT_ID),
                value(settings, CLIENT_SECRET),
                seconds(settings, TIMEOUT),
                seconds(settings, CLOCK_SKEW),
                seconds(settings, REFRESH_MARGIN),
                seconds(settings, BROWSER_TIMEOUT));
    }

    /** Settings for the given issuer with sandbox credentials and default delays (tests, demo). */
    public static PscSettings forIssuer(URI issuer, String clientId, String clientSecret) {
        PscSettings defaults = from(Map.of());
        return new PscSettings(issuer, clientId, clientSecret, defaults.timeout, defaults.clockSkew,
                defaults.refreshMargin, defaults.browserTimeout);
    }

    public PscSettings withTimeout(Duration value) {
        return new PscSettings(issuer, clientId, clientSecret, value, clockSkew, refreshMargin, browserTimeout);
    }

    public PscSettings withRefreshMargin(Duration value) {
        return new PscSettings(issuer, clientId, clientSecret, timeout, clockSkew, value, browserTimeout);
    }

    public PscSettings withBrowserTimeout(Duration value) {
        return new PscSettings(issuer, clientId, clientSecret, timeout, clockSkew, refreshMargin, value);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "PscSettings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "absent" : "***") + ", timeout=" + timeout + "]";
    }

    private static String value(Map<String, String> settings, String key) {
        String given = settings.get(key);
        if (given != null && !given.isBlank()) {
            return given.trim();
        }
        return configKeys().stream().filter(k -> k.name().equals(key)).map(ConfigKey::defaultValue)
                .findFirst().orElse(null);
    }

    private static URI uri(String text) {
        try {
            // A trailing slash would make "<issuer>/.well-known/…" and the iss comparison disagree.
            String trimmed = text == null ? "" : text.replaceAll("/+$", "");
            return new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new SegurException(PscError.PSC_0022, e, ISSUER);
        }
    }

    private static Duration seconds(Map<String, String> settings, String key) {
        try {
            return Duration.ofSeconds(Long.parseLong(value(settings, key)));
        } catch (NumberFormatException | NullPointerException e) {
            throw new SegurException(PscError.PSC_0022, e, key);
        }
    }

    private static void requirePositive(Duration duration, String key) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new SegurException(PscError.PSC_0022, key);
        }
    }
}

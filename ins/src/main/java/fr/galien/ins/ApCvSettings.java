package fr.galien.ins;

import fr.galien.core.error.SegurException;
import fr.galien.core.spi.ConfigKey;
import fr.galien.kit.http.EndpointRules;
import fr.galien.kit.settings.SettingValues;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ApCV client's settings ({@code apcv.*}). The real appli carte Vitale is reached through the SESAM-Vitale stack
 * (addendum 8, not public, specs §6); this client speaks our sandbox contract (docs/sandbox.md), so the endpoint is
 * the sandbox's {@code …/apcv} base. Empty: not configured.
 *
 * @param endpoint base URL without trailing slash (requests go to {@code <endpoint>/v1/…}), null if not configured
 */
public record ApCvSettings(URI endpoint, Duration connectTimeout, Duration timeout) {

    static final String ENDPOINT = "endpoint";
    static final String CONNECT_TIMEOUT = "connect-timeout-ms";
    static final String TIMEOUT = "timeout-ms";

    public ApCvSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        if (endpoint != null) {
            String problem = EndpointRules.problem(endpoint);
            if (problem != null) {
                throw new SegurException(ApCvError.INS_0158, "apcv." + ENDPOINT, problem);
            }
            endpoint = URI.create(endpoint.toString().replaceAll("/+$", ""));
        }
    }

    public static List<ConfigKey> configKeys() {
        return List.of(
                new ConfigKey(ENDPOINT, "",
                        "Adresse du service appli carte Vitale (bac à sable : <adresse du bac à sable>/apcv ; vide :"
                                + " non configuré)"),
                new ConfigKey(CONNECT_TIMEOUT, "3000", "Délai maximal d'établissement de la connexion, en millisecondes"),
                new ConfigKey(TIMEOUT, "10000", "Délai maximal de réponse du service, en millisecondes"));
    }

    public static ApCvSettings from(Map<String, String> settings) {
        SettingValues values = new SettingValues(ApCvService.ID, settings, configKeys(), ApCvError.INS_0158);
        return new ApCvSettings(values.endpoint(ENDPOINT), values.millis(CONNECT_TIMEOUT), values.millis(TIMEOUT));
    }

    public static ApCvSettings forEndpoint(URI endpoint) {
        return from(Map.of(ENDPOINT, endpoint.toString()));
    }

    public ApCvSettings withTimeouts(Duration connect, Duration response) {
        return new ApCvSettings(endpoint, connect, response);
    }
}

package fr.galien.dmp;

import fr.galien.core.spi.ConfigKey;
import fr.galien.kit.settings.SettingValues;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The DMP client's settings ({@code dmp.*}). The endpoint is configuration, never code: empty means "not configured"
 * and sends wait in the outbox ({@code DMP-0100}); the demo points it at the sandbox simulator.
 *
 * @param endpoint         the PDSm4DMP FHIR base, null when not configured
 * @param maxAnswerBytes   largest search/submit answer read (bounded before parsing)
 * @param maxDocumentBytes largest document retrieved (ITI-68), bounded while it arrives
 * @param instance         this installation's uuid (software identification)
 */
public record DmpSettings(URI endpoint, Duration connectTimeout, Duration timeout, int maxAnswerBytes,
                          int maxDocumentBytes, String instance) {

    static final String ENDPOINT = "endpoint";
    static final String CONNECT_TIMEOUT = "connect-timeout-ms";
    static final String TIMEOUT = "timeout-ms";
    static final String MAX_ANSWER = "max-answer-bytes";
    static final String MAX_DOCUMENT = "max-document-bytes";
    static final String INSTANCE = "instance";

    public DmpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(instance, "instance");
    }

    public static List<ConfigKey> configKeys() {
        return List.of(
                new ConfigKey(ENDPOINT, "", "Adresse FHIR du DMP (PDSm4DMP) ; vide : non configuré"),
                new ConfigKey(CONNECT_TIMEOUT, "3000", "Délai maximal d'établissement de la connexion, en millisecondes"),
                new ConfigKey(TIMEOUT, "15000", "Délai maximal de réponse du DMP, en millisecondes"),
                new ConfigKey(MAX_ANSWER, String.valueOf(8 * 1024 * 1024),
                        "Taille maximale d'une réponse de recherche ou d'envoi, en octets"),
                new ConfigKey(MAX_DOCUMENT, String.valueOf(30 * 1024 * 1024),
                        "Taille maximale d'un document téléchargé du DMP, en octets"),
                new ConfigKey(INSTANCE, "", "Identifiant (uuid) de cette installation ; vide : un nouveau à chaque démarrage"));
    }

    public static DmpSettings from(Map<String, String> settings) {
        SettingValues values = new SettingValues(DmpService.ID, settings, configKeys(), DmpError.DMP_0111);
        String instance = values.text(INSTANCE);
        return new DmpSettings(values.endpoint(ENDPOINT), values.millis(CONNECT_TIMEOUT), values.millis(TIMEOUT),
                values.integer(MAX_ANSWER, 64 * 1024, 256 * 1024 * 1024),
                values.integer(MAX_DOCUMENT, 64 * 1024, 1024 * 1024 * 1024),
                instance == null ? UUID.randomUUID().toString() : instance);
    }

    /** Defaults pointing at {@code endpoint} (tests, benchmarks). */
    public static DmpSettings forEndpoint(URI endpoint) {
        return from(Map.of(ENDPOINT, endpoint.toString()));
    }

    public DmpSettings withTimeouts(Duration connect, Duration response) {
        return new DmpSettings(endpoint, connect, response, maxAnswerBytes, maxDocumentBytes, instance);
    }

    public DmpSettings withMaxDocumentBytes(int value) {
        return new DmpSettings(endpoint, connectTimeout, timeout, maxAnswerBytes, value, instance);
    }
}

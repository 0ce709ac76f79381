package fr.galien.eprescription;

import fr.galien.core.spi.ConfigKey;
import fr.galien.kit.settings.SettingValues;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code eprescription.*} settings.
 *
 * @param endpoint       FHIR base of the service ({@code …/eprescription/fhir}); null: not configured
 * @param maxAnswerBytes the largest answer read: a longer one is refused while it arrives, before any parsing
 * @param instance       this installation's id ({@code X-Software-Instance})
 */
record ErxSettings(URI endpoint, Duration connectTimeout, Duration timeout, int maxAnswerBytes, String instance) {

    static final String ENDPOINT = "endpoint";
    static final String CONNECT_TIMEOUT = "connect-timeout-ms";
    static final String TIMEOUT = "timeout-ms";
    static final String MAX_ANSWER = "max-answer-kb";
    static final String INSTANCE = "instance";

    static List<ConfigKey> configKeys() {
        return List.of(
                new ConfigKey(ENDPOINT, "", "Adresse FHIR du service d'ordonnance numérique ; vide : non configuré"),
                new ConfigKey(CONNECT_TIMEOUT, "3000", "Délai maximal d'établissement de la connexion, en millisecondes"),
                new ConfigKey(TIMEOUT, "10000", "Délai maximal de réponse du service, en millisecondes"),
                new ConfigKey(MAX_ANSWER, "4096", "Taille maximale d'une réponse, en kilo-octets"),
                new ConfigKey(INSTANCE, "", "Identifiant (uuid) de cette installation ; vide : un nouveau à chaque démarrage"));
    }

    static ErxSettings from(Map<String, String> settings) {
        SettingValues values = new SettingValues(EPrescriptionService.ID, settings, configKeys(),
                ErxClientError.ERX_0110);
        String instance = values.text(INSTANCE);
        return new ErxSettings(values.endpoint(ENDPOINT), values.millis(CONNECT_TIMEOUT), values.millis(TIMEOUT),
                values.integer(MAX_ANSWER, 16, 65_536) * 1024,
                instance == null ? UUID.randomUUID().toString() : instance);
    }

    static ErxSettings forEndpoint(URI endpoint) {
        return new ErxSettings(endpoint, Duration.ofSeconds(3), Duration.ofSeconds(10), 4096 * 1024,
                UUID.randomUUID().toString());
    }

    ErxSettings withTimeout(Duration value) {
        return new ErxSettings(endpoint, connectTimeout, value, maxAnswerBytes, instance);
    }
}

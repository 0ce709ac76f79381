package fr.galien.ins;

import fr.galien.core.error.SegurException;
import fr.galien.core.spi.ConfigKey;
import fr.galien.kit.http.EndpointRules;
import fr.galien.kit.settings.SettingValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

/**
 * The INSi client's settings, read once from the module's {@code ins.*} settings (docs/ins.md). The endpoint is
 * configuration, never code: empty means "not configured" and every call says so ({@code INS-0100}); the app's
 * demo wiring points it at the sandbox simulator.
 *
 * @param endpoint         {@code ins.endpoint}, null when not configured
 * @param idam             {@code ins.idam}: the authorisation number the CNDA gives the software after INSi
 *                         homologation; the default is an invented test value that only the sandbox accepts
 * @param idamR            {@code ins.idam-r}: the {@code R} attribute sent with it
 * @param instance         {@code ins.instance}: this installation's uuid (a new one per run when unset)
 * @param emetteur         {@code ins.emetteur}: {@code Emetteur} of the contexts; null = the calling user's id
 * @param keystore         {@code ins.tls.keystore}: PKCS#12 with the IGC-Santé INSI-AUTO/INSI-MANU certificate,
 *                         used for https endpoints only; null = none
 * @param truststore       {@code ins.tls.truststore}: PKCS#12 trust store (IGC-Santé roots); null = JDK default
 * @param pscEndpoint      {@code ins.psc.endpoint}: the CPS/e-CPS endpoint, where a call under the professional's
 *                         PSC session goes (REM INS/PSC.01, ADR 0022); null = that mode is off and every call uses
 *                         the organisation certificate at {@code endpoint}
 * @param pscTokenType     {@code ins.psc.token-type}: the {@code ValueType} of the {@code wsse:BinarySecurityToken}
 *                         carrying the PSC access token — the <b>sandbox contract</b>, the real « volet transport
 *                         PSC » being unverified (docs/ins.md)
 */
public record InsiSettings(URI endpoint, Duration connectTimeout, Duration timeout, String idam, String idamR,
                           String instance, String emetteur, Path keystore, String keystorePassword,
                           Path truststore, String truststorePassword, URI pscEndpoint, String pscTokenType) {

    /**
     * The sandbox contract's {@code ValueType} for the PSC access token in {@code wsse:Security} (ADR 0022). Ours,
     * not the CNAM's: the CI-SIS « volet transport PSC » for INSi is not verified (specs §5.5).
     */
    public static final String SANDBOX_PSC_TOKEN_TYPE = "urn:galien:sandbox:insi:psc-access-token";

    /** Invented authorisation number for the sandbox and tests; a real one comes with the CNDA homologation. */
    public static final String SANDBOX_IDAM = "GALIENTEST01";

    static final String ENDPOINT = "endpoint";
    static final String CONNECT_TIMEOUT = "connect-timeout-ms";
    static final String TIMEOUT = "timeout-ms";
    static final String IDAM = "idam";
    static final String IDAM_R = "idam-r";
    static final String INSTANCE = "instance";
    static final String EMETTEUR = "emetteur";
    static final String KEYSTORE = "tls.keystore";
    static final String KEYSTORE_PASSWORD = "tls.keystore-password";
    static final String TRUSTSTORE = "tls.truststore";
    static final String TRUSTSTORE_PASSWORD = "tls.truststore-password";
    static final String PSC_ENDPOINT = "psc.endpoint";
    static final String PSC_TOKEN_TYPE = "psc.token-type";

    private static final String SOFTWARE_VERSION = readSoftwareVersion();

    public InsiSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(idam, "idam");
        Objects.requireNonNull(idamR, "idamR");
        Objects.requireNonNull(instance, "instance");
        if (endpoint != null && EndpointRules.problem(endpoint) != null) {
            throw new SegurException(InsiError.INS_0111, "ins." + ENDPOINT, EndpointRules.problem(endpoint));
        }
        if (pscEndpoint != null && EndpointRules.problem(pscEndpoint) != null) {
            throw new SegurException(InsiError.INS_0111, "ins." + PSC_ENDPOINT, EndpointRules.problem(pscEndpoint));
        }
        Objects.requireNonNull(pscTokenType, "pscTokenType");
    }

    /** The keys the module declares (Services settings screen), with their defaults. */
    public static List<ConfigKey> configKeys() {
        return List.of(
                new ConfigKey(ENDPOINT, "",
                        "Adresse du téléservice INSi (vide : non configuré). Qualification CNAM par certificat :"
                                + " https://qualiflps-services-ps-tlsm.ameli.fr:443/lps"),
                new ConfigKey(CONNECT_TIMEOUT, "3000", "Délai maximal d'établissement de la connexion, en millisecondes"),
                new ConfigKey(TIMEOUT, "10000", "Délai maximal de réponse du téléservice, en millisecondes"),
                new ConfigKey(IDAM, SANDBOX_IDAM,
                        "Numéro d'autorisation du logiciel (IDAM) délivré par le CNDA ; la valeur par défaut est fictive"
                                + " (bac à sable uniquement)"),
                new ConfigKey(IDAM_R, "4", "Attribut R du numéro d'autorisation"),
                new ConfigKey(INSTANCE, "", "Identifiant (uuid) de cette installation ; vide : un nouveau à chaque démarrage"),
                new ConfigKey(EMETTEUR, "", "Émetteur déclaré dans les contextes ; vide : l'identifiant de l'utilisateur"),
                new ConfigKey(KEYSTORE, "",
                        "Fichier PKCS#12 du certificat organisation IGC-Santé INSI-AUTO ou INSI-MANU (https uniquement)"),
                new ConfigKey(KEYSTORE_PASSWORD, "", "Mot de passe du fichier de certificat (jamais affiché)"),
                new ConfigKey(TRUSTSTORE, "",
                        "Fichier PKCS#12 des autorités de confiance (racines IGC-Santé) ; vide : magasin de Java"),
                new ConfigKey(TRUSTSTORE_PASSWORD, "", "Mot de passe du magasin de confiance"),
                new ConfigKey(PSC_ENDPOINT, "",
                        "Adresse INSi en mode CPS/e-CPS, pour les appels sous la session Pro Santé Connect du"
                                + " professionnel connecté (vide : tous les appels sous le certificat organisation)"),
                new ConfigKey(PSC_TOKEN_TYPE, SANDBOX_PSC_TOKEN_TYPE,
                        "Type (ValueType) du jeton Pro Santé Connect dans l'en-tête wsse:Security ; la valeur par"
                                + " défaut est le contrat du bac à sable"));
    }

    /** Declared defaults overridden by {@code settings} (keys without the {@code ins.} prefix). */
    public static InsiSettings from(Map<String, String> settings) {
        SettingValues values = new SettingValues(InsService.ID, settings, configKeys(), InsiError.INS_0111);
        String instance = values.text(INSTANCE);
        return new InsiSettings(
                values.endpoint(ENDPOINT),
                values.millis(CONNECT_TIMEOUT),
                values.millis(TIMEOUT),
                values.required(IDAM),
                values.required(IDAM_R),
                instance == null ? UUID.randomUUID().toString() : instance,
                values.text(EMETTEUR),
                values.path(KEYSTORE),
                values.text(KEYSTORE_PASSWORD),
                values.path(TRUSTSTORE),
                values.text(TRUSTSTORE_PASSWORD),
                values.endpoint(PSC_ENDPOINT),
                values.required(PSC_TOKEN_TYPE));
    }

    /** Default settings pointing at {@code endpoint} (tests, demo, benchmarks). */
    public static InsiSettings forEndpoint(URI endpoint) {
        return from(Map.of(ENDPOINT, endpoint.toString()));
    }

    public InsiSettings withTimeouts(Duration connect, Duration response) {
        return new InsiSettings(endpoint, connect, response, idam, idamR, instance, emetteur, keystore,
                keystorePassword, truststore, truststorePassword, pscEndpoint, pscTokenType);
    }

    public InsiSettings withIdam(String value) {
        return new InsiSettings(endpoint, connectTimeout, timeout, value, idamR, instance, emetteur, keystore,
                keystorePassword, truststore, truststorePassword, pscEndpoint, pscTokenType);
    }

    /** The same settings with the CPS/e-CPS endpoint for calls under the professional's PSC session. */
    public InsiSettings withPscEndpoint(URI value) {
        return new InsiSettings(endpoint, connectTimeout, timeout, idam, idamR, instance, emetteur, keystore,
                keystorePassword, truststore, truststorePassword, value, pscTokenType);
    }

    /** The software version sent in {@code ContexteLPS} (the project version, filtered in at build time). */
    public static String softwareVersion() {
        return SOFTWARE_VERSION;
    }

    /** Never prints a password. */
    @Override
    public String toString() {
        return "InsiSettings[endpoint=" + endpoint + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout
                + ", idam=" + idam + ", instance=" + instance + ", keystore=" + keystore + ", keystorePassword="
                + (keystorePassword == null ? "absent" : "***") + ", truststore=" + truststore + ", pscEndpoint="
                + pscEndpoint + "]";
    }

    private static String readSoftwareVersion() {
        Properties properties = new Properties();
        try (InputStream in = InsiSettings.class.getResourceAsStream("lps.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "");
        // Unfiltered (IDE run without Maven): say so rather than send a placeholder.
        return version.isBlank() || version.startsWith("${") ? "dev" : version;
    }
}

package fr.galien.mssante;

import fr.galien.core.spi.ConfigKey;
import fr.galien.kit.settings.SettingValues;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The MSSanté client's settings ({@code mss.*}, docs/mssante.md). Empty {@code smtp.host}: not configured. Ports
 * default to the usual submission (587) and IMAP (143) ports with STARTTLS (specs §3.1, operators publish theirs).
 *
 * @param mailboxes      the user's mailboxes besides the personal one the Annuaire Santé gives (ORG, shared)
 * @param trustedDomains extra domains accepted as recipients besides {@code *.mssante.fr} (usually none)
 * @param softwareId     {@code X-MSS-NIL}: the number given at the Ségur referencing (invented default, sandbox only)
 */
public record MssSettings(String smtpHost, int smtpPort, String imapHost, int imapPort, Path truststore,
                          String truststorePassword, Duration timeout, List<String> mailboxes,
                          List<String> trustedDomains, String softwareId, URI annuaireEndpoint, String annuaireKey,
                          int maxFetchBytes) {

    /** Invented referencing number for the sandbox; a real one comes with the Ségur referencing. */
    public static final String SANDBOX_NIL = fr.galien.core.mssante.SecureMail.DEFAULT_NIL;

    static final String SMTP_HOST = "smtp.host";
    static final String SMTP_PORT = "smtp.port";
    static final String IMAP_HOST = "imap.host";
    static final String IMAP_PORT = "imap.port";
    static final String TRUSTSTORE = "tls.truststore";
    static final String TRUSTSTORE_PASSWORD = "tls.truststore-password";
    static final String TIMEOUT = "timeout-ms";
    static final String MAILBOXES = "mailboxes";
    static final String TRUSTED_DOMAINS = "trusted-domains";
    static final String NIL = "nil";
    static final String ANNUAIRE = "annuaire.endpoint";
    static final String ANNUAIRE_KEY = "annuaire.api-key";
    static final String MAX_FETCH = "max-fetch-bytes";

    public static List<ConfigKey> configKeys() {
        return List.of(
                new ConfigKey(SMTP_HOST, "", "Serveur SMTP de soumission de l'opérateur MSSanté (vide : non configuré)"),
                new ConfigKey(SMTP_PORT, "587", "Port SMTP de soumission (STARTTLS obligatoire)"),
                new ConfigKey(IMAP_HOST, "", "Serveur IMAP de l'opérateur (vide : le serveur SMTP)"),
                new ConfigKey(IMAP_PORT, "143", "Port IMAP (STARTTLS obligatoire)"),
                new ConfigKey(TRUSTSTORE, "", "Fichier PKCS#12 des autorités de confiance ; vide : magasin de Java"),
                new ConfigKey(TRUSTSTORE_PASSWORD, "", "Mot de passe du magasin de confiance"),
                new ConfigKey(TIMEOUT, "20000", "Délai maximal de connexion et de réponse, en millisecondes"),
                new ConfigKey(MAILBOXES, "", "Autres boîtes MSSanté de l'utilisateur (organisationnelles), séparées"
                        + " par des virgules ; la boîte personnelle vient de l'Annuaire Santé"),
                new ConfigKey(TRUSTED_DOMAINS, "", "Domaines de confiance en plus de *.mssante.fr (vide en général)"),
                new ConfigKey(NIL, SANDBOX_NIL, "Numéro d'identification du logiciel (X-MSS-NIL) donné au"
                        + " référencement Ségur ; la valeur par défaut est fictive (bac à sable)"),
                new ConfigKey(ANNUAIRE, "", "Adresse de l'API FHIR de l'Annuaire Santé (vide : non configuré)"),
                new ConfigKey(ANNUAIRE_KEY, "", "Clé ESANTE-API-KEY de l'Annuaire Santé (jamais affichée)"),
                new ConfigKey(MAX_FETCH, "31457280", "Taille maximale d'un message téléchargé, en octets"));
    }

    public static MssSettings from(Map<String, String> settings) {
        SettingValues values = new SettingValues(MssService.ID, settings, configKeys(), MssClientError.MSS_0105);
        String smtpHost = values.text(SMTP_HOST);
        String imapHost = values.text(IMAP_HOST);
        String password = values.text(TRUSTSTORE_PASSWORD);
        String key = values.text(ANNUAIRE_KEY);
        return new MssSettings(smtpHost, values.integer(SMTP_PORT, 1, 65535),
                imapHost == null ? smtpHost : imapHost, values.integer(IMAP_PORT, 1, 65535),
                values.path(TRUSTSTORE), password == null ? "" : password, values.millis(TIMEOUT),
                list(values.text(MAILBOXES)), list(values.text(TRUSTED_DOMAINS)), values.required(NIL),
                values.endpoint(ANNUAIRE), key == null ? "" : key, values.integer(MAX_FETCH, 1024, 100 * 1024 * 1024));
    }

    private static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    public boolean configured() {
        return smtpHost != null;
    }

    @Override
    public String toString() {
        return "MssSettings[smtp=" + smtpHost + ":" + smtpPort + ", imap=" + imapHost + ":" + imapPort + "]";
    }
}

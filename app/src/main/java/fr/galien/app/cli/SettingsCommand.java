package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.account.AccountPolicy;
import fr.galien.core.account.PasswordRules;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.audit.SyslogForwarder;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.SegurService;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galien settings list|get|set|unset|show}: every setting of the practice — those each Ségur module declares
 * ({@link SegurService#configuration()}, stored as {@code <module>.<name>}) and the security settings (password
 * policies, syslog server, forced logout). Secrets are never printed; values are checked per key (addresses,
 * whole numbers, true/false) before they are stored; changing one needs {@code SETTINGS_MANAGE} and is audited
 * (who, which key, never a secret's value).
 */
@Command(name = "settings", description = "Réglages du cabinet : services nationaux, sécurité (mots de passe, "
        + "syslog, déconnexion).")
final class SettingsCommand {

    /** Forced logout after inactivity, in minutes (the window reads it; 0 = never). */
    static final String LOGOUT_MINUTES = "session.logoutMinutes";

    /** The security settings, with their defaults as the policy reads them, and French descriptions. */
    private static final List<ConfigKey> SECURITY = List.of(
            new ConfigKey(AccountPolicy.ADMIN_MIN_LENGTH, "", "Longueur minimale des mots de passe d'administration"),
            new ConfigKey(AccountPolicy.ADMIN_MIN_CLASSES, "",
                    "Nombre minimal de types de caractères des mots de passe d'administration"),
            new ConfigKey(AccountPolicy.ADMIN_MAX_AGE_DAYS, "",
                    "Durée de validité des mots de passe d'administration, en jours"),
            new ConfigKey(AccountPolicy.USER_MIN_LENGTH, "", "Longueur minimale des mots de passe des utilisateurs"),
            new ConfigKey(AccountPolicy.USER_MIN_CLASSES, "",
                    "Nombre minimal de types de caractères des mots de passe des utilisateurs"),
            new ConfigKey(AccountPolicy.USER_PASSPHRASE_LENGTH, "",
                    "Longueur à partir de laquelle une phrase de passe est acceptée sans autre règle"),
            new ConfigKey(AccountPolicy.USER_MAX_AGE_DAYS, "",
                    "Durée de validité des mots de passe des utilisateurs, en jours"),
            new ConfigKey(AccountPolicy.HISTORY_SIZE, "", "Nombre d'anciens mots de passe qu'on ne peut pas reprendre"),
            new ConfigKey(AccountPolicy.PRIVILEGED_INACTIVITY_DAYS, "",
                    "Jours sans connexion après lesquels un compte d'administration est désactivé"),
            new ConfigKey(SyslogForwarder.HOST, "", "Serveur syslog qui reçoit le journal d'audit (vide : aucun)"),
            new ConfigKey(SyslogForwarder.PORT, "", "Port du serveur syslog"),
            new ConfigKey(SyslogForwarder.TLS, "", "Envoi au serveur syslog chiffré en TLS (true ou false)"),
            new ConfigKey(LOGOUT_MINUTES, "", "Déconnexion après inactivité, en minutes (0 : jamais)"));

    static final List<String> KEYS = SECURITY.stream().map(ConfigKey::name).toList();

    private static final Pattern SECRET = Pattern.compile(".*(secret|password|passphrase|passwd|pin)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_KEY = Pattern.compile(".*(endpoint|issuer|url|uri)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_KEY = Pattern.compile(
            ".*(timeout|port|length|classes|days|minutes|history|skew|margin|seconds|millis|-ms)$",
            Pattern.CASE_INSENSITIVE);

    @Spec
    CommandSpec spec;

    /** One setting: full key, default (may be empty), French description. */
    record Setting(String key, String defaultValue, String description) {
        boolean secret() {
            return isSecret(key);
        }
    }

    /** Whether the key names a secret (never printed, never audited with its value). */
    static boolean isSecret(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        return SECRET.matcher(last).matches();
    }

    /** Every known setting: the modules' first, in their order, then the security ones. */
    static List<Setting> known(GalienRuntime runtime) {
        List<Setting> settings = new ArrayList<>();
        for (SegurService<?> service : runtime.services().all()) {
            String id = service.descriptor().id();
            for (ConfigKey key : service.configuration()) {
                settings.add(new Setting(id + "." + key.name(), key.defaultValue(), key.description()));
            }
        }
        for (ConfigKey key : SECURITY) {
            settings.add(new Setting(key.name(), key.defaultValue(), key.description()));
        }
        return settings;
    }

    static Setting find(GalienRuntime runtime, String key) {
        return known(runtime).stream().filter(setting -> setting.key().equals(key)).findFirst()
                .orElseThrow(() -> new SegurException(SetupCliError.CFG_0001, key));
    }

    /**
     * Checks {@code value} for {@code setting} without starting anything: an absolute http(s) address for
     * endpoints and issuers, a whole number for timeouts, ports and lengths, true/false where the default is one.
     *
     * @return the value to store (stripped)
     * @throws SegurException {@code CFG-0002}, {@code CFG-0003}, {@code CFG-0004}, {@code CFG-0008}
     */
    static String validate(Setting setting, String value) {
        String key = setting.key();
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new SegurException(SetupCliError.CFG_0008, key);
        }
        String last = key.substring(key.lastIndexOf('.') + 1);
        String shown = setting.secret() ? "•••" : stripped;
        if (URL_KEY.matcher(last).matches()) {
            try {
                URI uri = new URI(stripped);
                String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
                if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                    throw new SegurException(SetupCliError.CFG_0002, key, shown);
                }
            } catch (URISyntaxException e) {
                throw new SegurException(SetupCliError.CFG_0002, key, shown);
            }
        } else if (NUMBER_KEY.matcher(last).matches() || isNumber(setting.defaultValue())) {
            if (!isNumber(stripped)) {
                throw new SegurException(SetupCliError.CFG_0003, key, shown);
            }
        } else if (isBoolean(setting.defaultValue()) || last.equalsIgnoreCase("tls")) {
            if (!isBoolean(stripped)) {
                throw new SegurException(SetupCliError.CFG_0004, key, shown);
            }
        }
        return stripped;
    }

    private static boolean isNumber(String text) {
        return text != null && !text.isEmpty() && text.length() <= 18 && text.chars().allMatch(Character::isDigit);
    }

    private static boolean isBoolean(String text) {
        return "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text);
    }

    @Command(name = "list", description = "Liste chaque réglage : sa valeur (ou le défaut) et ce qu'il règle. "
            + "Les secrets ne sont jamais affichés.")
    int list() {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            CliIdentity.of(spec, runtime);
            PrintWriter out = spec.commandLine().getOut();
            for (Setting setting : known(runtime)) {
                out.println(setting.key() + " = " + shown(runtime, setting) + "    # " + setting.description());
            }
            return Cli.OK;
        }
    }

    @Command(name = "get", description = "Affiche la valeur d'un réglage (ou son défaut ; jamais un secret).")
    int get(@Parameters(index = "0", paramLabel = "CLÉ") String key) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            CliIdentity.of(spec, runtime);
            Setting setting = find(runtime, key);
            spec.commandLine().getOut().println(key + " = " + shown(runtime, setting));
            return Cli.OK;
        }
    }

    private static String shown(GalienRuntime runtime, Setting setting) {
        Optional<String> stored = runtime.practices().setting(setting.key()).filter(value -> !value.isBlank());
        if (setting.secret()) {
            return stored.isPresent() ? "(secret renseigné)" : "(secret non renseigné)";
        }
        if (stored.isPresent()) {
            return stored.get();
        }
        String fallback = setting.defaultValue();
        return fallback == null || fallback.isEmpty() ? "(non renseigné)" : fallback + " (défaut)";
    }

    @Command(name = "set", description = "Change un réglage, après vérification de la valeur (adresse, nombre…).")
    int set(@Parameters(index = "0", paramLabel = "CLÉ") String key,
            @Parameters(index = "1", paramLabel = "VALEUR", arity = "0..1") String value) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Setting setting = find(runtime, key);
            Caller caller = authorize(runtime);
            String stored;
            if ((value == null || value.isBlank()) && KEYS.contains(key)) {
                stored = ""; // the security settings always took an empty value as « back to the default »
            } else {
                stored = validate(setting, value);
            }
            runtime.practices().putSetting(key, stored);
            audit(runtime, caller, key, setting.secret() || stored.isEmpty() ? null : stored);
            spec.commandLine().getOut().println(key + " = "
                    + (setting.secret() ? "(secret renseigné)" : stored.isEmpty() ? "(défaut)" : stored));
            return Cli.OK;
        }
    }

    @Command(name = "unset", description = "Efface un réglage : il reprend sa valeur par défaut.")
    int unset(@Parameters(index = "0", paramLabel = "CLÉ") String key) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Setting setting = find(runtime, key);
            Caller caller = authorize(runtime);
            runtime.practices().removeSetting(key);
            audit(runtime, caller, key, null);
            spec.commandLine().getOut().println(key + " = " + shown(runtime, setting));
            return Cli.OK;
        }
    }

    private Caller authorize(GalienRuntime runtime) {
        Caller caller = CliIdentity.of(spec, runtime);
        new AuditedAuthorization(runtime.database(), runtime.auditTrail())
                .require(caller, Action.SETTINGS_MANAGE, AuditAction.UPDATE, null);
        return caller;
    }

    /** Who changed which key; the value only when it is not a secret. */
    private static void audit(GalienRuntime runtime, Caller caller, String key, String value) {
        String detail = "setting " + key + (value == null ? " changed" : "=" + value);
        runtime.database().inTransaction(connection -> {
            runtime.auditTrail().append(connection, new AuditEvent(caller, null, AuditAction.UPDATE,
                    AuditOutcome.SUCCESS, detail));
            return null;
        });
    }

    @Command(name = "show", description = "Affiche les réglages de sécurité et la politique des mots de passe en vigueur (JSON).")
    int show() {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            CliIdentity.of(spec, runtime);
            Map<String, Object> shown = new LinkedHashMap<>();
            for (String key : KEYS) {
                shown.put(key, runtime.practices().setting(key).orElse(null));
            }
            AccountPolicy policy = runtime.accounts().policy();
            shown.put("effective", Map.of("administration", rules(policy.administration()),
                    "users", rules(policy.users()), "history", policy.historySize(),
                    "privilegedInactivityDays", policy.privilegedInactivityDays()));
            spec.commandLine().getOut().println(Json.write(shown));
            return Cli.OK;
        }
    }

    private static Map<String, Object> rules(PasswordRules rules) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("minLength", rules.minLength());
        json.put("minCharacterClasses", rules.minCharacterClasses());
        json.put("passphraseLength", rules.passphraseLength());
        json.put("maxAgeDays", rules.maxAgeDays());
        return json;
    }
}

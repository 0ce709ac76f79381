package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.account.AccountPolicy;
import fr.galien.core.account.PasswordRules;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.audit.SyslogForwarder;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galien settings show|set}: the security settings of the practice (password policies, syslog server, forced
 * logout). Only the keys listed here; changing one needs {@code SETTINGS_MANAGE} and is audited.
 */
@Command(name = "settings", description = "Réglages de sécurité du cabinet (mots de passe, syslog, déconnexion).")
final class SettingsCommand {

    /** Forced logout after inactivity, in minutes (the window reads it; 0 = never). */
    static final String LOGOUT_MINUTES = "session.logoutMinutes";

    static final List<String> KEYS = List.of(AccountPolicy.ADMIN_MIN_LENGTH, AccountPolicy.ADMIN_MIN_CLASSES,
            AccountPolicy.ADMIN_MAX_AGE_DAYS, AccountPolicy.USER_MIN_LENGTH, AccountPolicy.USER_MIN_CLASSES,
            AccountPolicy.USER_PASSPHRASE_LENGTH, AccountPolicy.USER_MAX_AGE_DAYS, AccountPolicy.HISTORY_SIZE,
            AccountPolicy.PRIVILEGED_INACTIVITY_DAYS, SyslogForwarder.HOST, SyslogForwarder.PORT, SyslogForwarder.TLS,
            LOGOUT_MINUTES);

    @Spec
    CommandSpec spec;

    @Command(name = "show", description = "Affiche les réglages de sécurité et la politique des mots de passe en vigueur.")
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

    @Command(name = "set", description = "Change un réglage de sécurité (valeur vide : revient au défaut).")
    int set(@Parameters(index = "0", paramLabel = "CLÉ") String key,
            @Parameters(index = "1", paramLabel = "VALEUR", arity = "0..1") String value) {
        if (!KEYS.contains(key)) {
            throw new ParameterException(spec.commandLine(), "Clé inconnue : " + key + ". Clés possibles : "
                    + String.join(", ", KEYS));
        }
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Caller caller = CliIdentity.of(spec, runtime);
            new AuditedAuthorization(runtime.database(), runtime.auditTrail())
                    .require(caller, Action.SETTINGS_MANAGE, AuditAction.UPDATE, null);
            String stored = value == null ? "" : value.strip();
            runtime.practices().putSetting(key, stored);
            runtime.database().inTransaction(connection -> {
                runtime.auditTrail().append(connection, new AuditEvent(caller, null, AuditAction.UPDATE,
                        AuditOutcome.SUCCESS, "setting " + key + "=" + stored));
                return null;
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println(key + " = " + (stored.isEmpty() ? "(défaut)" : stored));
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

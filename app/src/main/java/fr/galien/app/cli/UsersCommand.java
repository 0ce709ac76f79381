package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.account.Account;
import fr.galien.core.account.AccountError;
import fr.galien.core.account.AccountService;
import fr.galien.core.account.NewAccount;
import fr.galien.core.account.PasswordHasher;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galien users add|list|disable|reset-password} (docs/cli.md). Passwords come from the console or standard
 * input, never from arguments. While no account exists the OS user may only create the first administrator; after
 * that every command needs {@code --admin LOGIN}, whose password is read first, and runs as that account (login and
 * logout audited around it).
 */
@Command(name = "users", description = "Comptes utilisateurs locaux (personnel, administrateur).")
final class UsersCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "add", description = "Crée un compte ; le premier compte doit pouvoir gérer les comptes.")
    int add(@Option(names = "--login", required = true, paramLabel = "IDENTIFIANT") String login,
            @Option(names = "--name", required = true, paramLabel = "NOM", description = "Nom affiché.") String name,
            @Option(names = "--role", required = true, paramLabel = "RÔLE",
                    description = "PHARMACIEN_TITULAIRE, PHARMACIEN_ADJOINT, PREPARATEUR, MEDECIN, SAGE_FEMME, "
                            + "INFIRMIER, VETERINAIRE, SECRETAIRE, ADMINISTRATEUR_TECHNIQUE.") Role role,
            @Option(names = "--psc-id", paramLabel = "ID",
                    description = "Identifiant national Pro Santé Connect (RPPS/ADELI) à lier.") String pscId,
            @Option(names = "--admin", paramLabel = "IDENTIFIANT",
                    description = "Compte administrateur qui autorise (mot de passe lu en premier).") String admin,
            @Option(names = "--password-stdin", description = "Lit les mots de passe sur l'entrée standard.")
            boolean passwordStdin,
            @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            AccountService accounts = runtime.accounts();
            NewAccount request = new NewAccount(login, name, role, pscId);
            Account created;
            if (!accounts.hasAccounts()) {
                char[] password = secrets().read("Mot de passe du nouveau compte : ", true, passwordStdin);
                try {
                    created = accounts.createFirstAdministrator(runtime.caller(), request, password);
                } finally {
                    PasswordHasher.wipe(password);
                }
                spec.commandLine().getErr().println("Premier compte administrateur créé.");
            } else {
                created = asAdmin(runtime, admin, passwordStdin, caller -> {
                    char[] password = secrets().read("Mot de passe du nouveau compte : ", true, passwordStdin);
                    try {
                        return runtime.accounts().createAccount(caller, request, password);
                    } finally {
                        PasswordHasher.wipe(password);
                    }
                });
            }
            print(List.of(created), json, false);
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "Liste les comptes.")
    int list(@Option(names = "--admin", paramLabel = "IDENTIFIANT") String admin,
             @Option(names = "--password-stdin") boolean passwordStdin,
             @Option(names = "--json", description = "Sortie JSON (tableau).") boolean json) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            List<Account> all = runtime.accounts().hasAccounts()
                    ? asAdmin(runtime, admin, passwordStdin, caller -> runtime.accounts().listAccounts(caller))
                    : runtime.accounts().listAccounts(runtime.caller());
            print(all, json, true);
            return Cli.OK;
        }
    }

    @Command(name = "disable", description = "Désactive un compte (il ne peut plus se connecter).")
    int disable(@Parameters(paramLabel = "IDENTIFIANT") String login,
                @Option(names = "--admin", paramLabel = "IDENTIFIANT") String admin,
                @Option(names = "--password-stdin") boolean passwordStdin) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Account disabled = asAdmin(runtime, admin, passwordStdin, caller ->
                    runtime.accounts().disable(caller, find(runtime, caller, login).id()));
            spec.commandLine().getOut().println("Compte " + disabled.login() + " désactivé.");
            return Cli.OK;
        }
    }

    @Command(name = "reset-password", description = "Donne un nouveau mot de passe (lu sur l'entrée standard).")
    int resetPassword(@Parameters(paramLabel = "IDENTIFIANT") String login,
                      @Option(names = "--admin", paramLabel = "IDENTIFIANT") String admin,
                      @Option(names = "--password-stdin") boolean passwordStdin) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Account reset = asAdmin(runtime, admin, passwordStdin, caller -> {
                Account target = find(runtime, caller, login);
                char[] password = secrets().read("Nouveau mot de passe : ", true, passwordStdin);
                try {
                    return runtime.accounts().resetPassword(caller, target.id(), password);
                } finally {
                    PasswordHasher.wipe(password);
                }
            });
            spec.commandLine().getOut().println("Mot de passe du compte " + reset.login() + " réinitialisé.");
            return Cli.OK;
        }
    }

    @Command(name = "change-password", description = {"Change votre propre mot de passe : l'actuel, puis le nouveau "
            + "(deux fois sur un terminal).", "Possible aussi quand le mot de passe a expiré ou ne respecte plus la "
            + "politique de votre rôle (ACC-0013, ACC-0015)."})
    int changePassword(@Parameters(paramLabel = "IDENTIFIANT") String login,
                       @Option(names = "--password-stdin", description = "Lit les mots de passe sur l'entrée standard.")
                       boolean passwordStdin) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            char[] current = secrets().read("Mot de passe actuel : ", false, passwordStdin);
            char[] next = null;
            try {
                next = secrets().read("Nouveau mot de passe : ", true, passwordStdin);
                Account changed = runtime.accounts().changePassword(login, current, next, runtime.workstationId());
                spec.commandLine().getOut().println("Mot de passe du compte " + changed.login() + " changé.");
                return Cli.OK;
            } finally {
                PasswordHasher.wipe(current);
                if (next != null) {
                    PasswordHasher.wipe(next);
                }
            }
        }
    }

    /** Logs in as {@code admin} (password read first), runs {@code work}, logs out: the audit shows the session. */
    private <T> T asAdmin(GalienRuntime runtime, String admin, boolean passwordStdin, Function<Caller, T> work) {
        if (admin == null || admin.isBlank()) {
            if (GalienCommand.root(spec).identity().named()) {
                return work.apply(CliIdentity.of(spec, runtime)); // --user / --national-id: logged out at the end
            }
            throw new SegurException(UsersCliError.USR_0003);
        }
        char[] password = secrets().read("Mot de passe de " + admin.strip() + " : ", false, passwordStdin);
        Caller caller;
        try {
            caller = runtime.accounts().authenticate(admin, password, runtime.workstationId());
        } finally {
            PasswordHasher.wipe(password);
        }
        try {
            return work.apply(caller);
        } finally {
            runtime.accounts().logout(caller);
        }
    }

    private static Account find(GalienRuntime runtime, Caller caller, String login) {
        return runtime.accounts().findByLogin(caller, login)
                .orElseThrow(() -> new SegurException(AccountError.ACC_0007, login));
    }

    private SecretReader secrets() {
        return GalienCommand.root(spec).secrets();
    }

    private void print(List<Account> accounts, boolean json, boolean array) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = accounts.stream().map(UsersCommand::json).toList();
            out.println(Json.write(array ? rows : rows.get(0)));
            return;
        }
        for (Account account : accounts) {
            out.println(account.id() + "  " + account.login() + "  " + account.role().label() + "  "
                    + account.pscNationalId().orElse("-") + (account.disabled() ? "  (désactivé)" : ""));
        }
        if (array) {
            out.println(accounts.size() + " compte(s)");
        }
    }

    /** The JSON contract of docs/cli.md: id, login, role, nationalId (null without a PSC link). */
    private static Map<String, Object> json(Account account) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", account.id().toString());
        row.put("login", account.login());
        row.put("role", account.role().name());
        row.put("nationalId", account.pscNationalId().orElse(null));
        return row;
    }
}

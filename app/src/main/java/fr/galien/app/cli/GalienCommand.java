package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.storage.DataDirectories;
import fr.galien.core.storage.DatabaseSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code galien}: without a command, opens the window. Global options are inherited by every command. */
@Command(name = "galien",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Galien : logiciel de pratique Ségur (officine, cabinet médical, cabinet vétérinaire).",
        subcommands = {GuiCommand.class, VersionCommand.class, DemoCommand.class, SandboxCommand.class,
                PatientsCommand.class, OwnersCommand.class, DbCommand.class, AuditCommand.class, BenchCommand.class,
                UsersCommand.class, PscCommand.class, InsCommand.class},
        usageHelpAutoWidth = true)
public final class GalienCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final SecretReader secrets;

    public GalienCommand() {
        this(SecretReader.system());
    }

    /** With the place passwords are read from (tests give a standard input of their own). */
    GalienCommand(SecretReader secrets) {
        this.secrets = secrets;
    }

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DOSSIER",
            description = "Dossier des données (par défaut : celui de l'utilisateur, ou $GALIEN_DATA_DIR).")
    Path dataDir;

    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Base PostgreSQL partagée entre plusieurs postes, ex. jdbc:postgresql://serveur/galien.")
    String dbUrl;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "UTILISATEUR",
            description = "Utilisateur PostgreSQL (mot de passe : variable GALIEN_DB_PASSWORD).")
    String dbUser;

    @Option(names = "--demo", description = "Ouvre directement la pharmacie de démonstration (créée si besoin).")
    boolean demo;

    @Override
    public Integer call() {
        return new GuiCommand().launch(this, demo);
    }

    /** Where the data lives, from the options, then $GALIEN_DATA_DIR, then the per-OS default. */
    public DatabaseSettings databaseSettings() {
        if (dbUrl != null) {
            return DatabaseSettings.forUrl(dbUrl, dbUser, System.getenv("GALIEN_DB_PASSWORD"));
        }
        return DatabaseSettings.forDataDirectory(resolvedDataDir());
    }

    public Path resolvedDataDir() {
        if (dataDir != null) {
            return dataDir.toAbsolutePath();
        }
        String fromEnv = System.getenv("GALIEN_DATA_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return DataDirectories.defaultDirectory();
    }

    public GalienRuntime openRuntime() {
        return GalienRuntime.open(databaseSettings());
    }

    /** Where {@code users} commands read passwords. */
    SecretReader secrets() {
        return secrets;
    }

    /** The root command object, for subcommands (inherited options are set on it). */
    static GalienCommand root(CommandSpec spec) {
        return (GalienCommand) spec.root().userObject();
    }
}

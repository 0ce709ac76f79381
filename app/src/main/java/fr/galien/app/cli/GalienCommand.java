package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.storage.DataDirectories;
import fr.galien.core.storage.DatabaseSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code galien}: without a command, opens the window. Global options are inherited by every command. */
@Command(name = "galien",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT, // every command answers --help (and --version)
        versionProvider = VersionCommand.Provider.class,
        description = "Galien : logiciel de pratique Ségur (officine, cabinet médical, cabinet vétérinaire).",
        subcommands = {GuiCommand.class, VersionCommand.class, DemoCommand.class, SandboxCommand.class,
                PatientsCommand.class, OwnersCommand.class, DbCommand.class, AuditCommand.class, BenchCommand.class,
                UsersCommand.class, PscCommand.class, InsCommand.class, SettingsCommand.class, InitCommand.class,
                DocumentsCommand.class, DrugsCommand.class, ScanCommand.class, ErxCommand.class},
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

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "IDENTIFIANT",
            description = "Compte local sous lequel la commande agit (mot de passe sur l'entrée standard ou "
                    + "--password-file). Obligatoire dès que le cabinet a des comptes, ou --national-id.")
    String user;

    @Option(names = "--password-file", scope = ScopeType.INHERIT, paramLabel = "FICHIER",
            description = "Fichier dont la première ligne est le mot de passe de --user ; lisible par son seul "
                    + "propriétaire (chmod 600).")
    Path passwordFile;

    @Option(names = "--national-id", scope = ScopeType.INHERIT, paramLabel = "ID",
            description = "Identifiant national (8 + RPPS, ou ADELI) : connexion Pro Santé Connect par CIBA pour la "
                    + "durée de la commande (ou $GALIEN_NATIONAL_ID).")
    String nationalId;

    @Option(names = "--exercise", scope = ScopeType.INHERIT, paramLabel = "N",
            description = "Numéro de l'exercice Pro Santé Connect choisi (1, 2…) quand il y en a plusieurs.")
    Integer exercise;

    private final CliIdentity identity = new CliIdentity(this);

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

    String user() {
        return user == null || user.isBlank() ? null : user.strip();
    }

    Path passwordFile() {
        return passwordFile;
    }

    /** {@code --national-id}, else {@code $GALIEN_NATIONAL_ID}. */
    Optional<String> nationalId() {
        if (nationalId != null && !nationalId.isBlank()) {
            return Optional.of(nationalId.strip());
        }
        return Optional.ofNullable(System.getenv("GALIEN_NATIONAL_ID")).map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    Integer exercise() {
        return exercise;
    }

    CliIdentity identity() {
        return identity;
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

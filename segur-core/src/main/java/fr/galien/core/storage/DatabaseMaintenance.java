package fr.galien.core.storage;

import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Backup and health check of the database (restore: {@link fr.galien.core.backup.SafeRestore}, which verifies a
 * backup completely before it replaces anything).
 *
 * <p>H2 only for backup and restore: a PostgreSQL server is saved with its own tools ({@code pg_dump},
 * {@code pg_restore}), and we say so ({@code STO-0002}) rather than pretend.
 */
public final class DatabaseMaintenance {

    /** Name of an H2 database file inside a backup zip (H2's {@code BACKUP TO} writes it so). */
    public static final String DATABASE_ENTRY = DatabaseSettings.H2_DATABASE_NAME + ".mv.db";

    /** H2's online backup: a consistent copy while the database stays open (the file name is a parameter). */
    private static final String BACKUP_TO = "BACKUP TO ?";

    private static final String TABLES = """
            SELECT LOWER(table_name) FROM information_schema.tables
            WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND table_type IN ('BASE TABLE', 'TABLE')
            ORDER BY 1""";
    private static final String COUNT_PRACTICE = "SELECT COUNT(*) FROM practice";
    private static final String COUNT_WORKSTATION = "SELECT COUNT(*) FROM workstation";
    private static final String COUNT_SETTINGS = "SELECT COUNT(*) FROM settings";
    private static final String COUNT_PATIENT = "SELECT COUNT(*) FROM patient";
    private static final String COUNT_PATIENT_TOKEN = "SELECT COUNT(*) FROM patient_token";
    private static final String COUNT_UNSEARCHABLE = """
            SELECT COUNT(*) FROM patient p
            WHERE p.archived = FALSE AND NOT EXISTS (SELECT 1 FROM patient_token t WHERE t.patient_id = p.id)""";

    private record KnownTable(String name, String countSql) {
    }

    private static final List<KnownTable> CORE_TABLES = List.of(
            new KnownTable("practice", COUNT_PRACTICE),
            new KnownTable("workstation", COUNT_WORKSTATION),
            new KnownTable("settings", COUNT_SETTINGS),
            new KnownTable("patient", COUNT_PATIENT),
            new KnownTable("patient_token", COUNT_PATIENT_TOKEN));

    private DatabaseMaintenance() {
    }

    /**
     * Writes a consistent copy of the H2 database into {@code zipFile} (opens the data directory, so the app must not
     * be running on it: {@code CORE-0004}).
     *
     * @throws SegurException {@code STO-0002} on PostgreSQL, {@code STO-0006} if the file exists
     */
    public static void backup(DatabaseSettings settings, Path zipFile) {
        refusePostgresql(settings);
        refuseExisting(zipFile);
        try (Database database = Database.open(settings)) {
            backup(database, zipFile);
        }
    }

    /** Online backup of an open H2 database (the app keeps working meanwhile). */
    public static void backup(Database database, Path zipFile) {
        refusePostgresql(database.settings());
        refuseExisting(zipFile);
        createParent(zipFile);
        database.inTransaction(connection -> {
            try (PreparedStatement backup = connection.prepareStatement(BACKUP_TO)) {
                backup.setString(1, zipFile.toAbsolutePath().toString());
                backup.execute();
            }
            return null;
        });
    }

    /** Migrations validated, every table readable with its row count, search tokens present. */
    public static DatabaseCheck check(Database database) {
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ValidateResult migrations = database.flyway("core", Database.CORE_MIGRATIONS).validateWithResult();
        if (migrations.validationSuccessful) {
            lines.add("Migrations du cœur : à jour et conformes.");
        } else {
            String problem = "Migrations du cœur non conformes : " + migrations.getAllErrorMessages() + ".";
            lines.add(problem);
            problems.add(problem);
        }
        database.read(connection -> {
            List<String> present = new ArrayList<>();
            try (PreparedStatement tables = connection.prepareStatement(TABLES);
                 ResultSet rows = tables.executeQuery()) {
                while (rows.next()) {
                    present.add(rows.getString(1));
                }
            }
            for (KnownTable table : CORE_TABLES) {
                if (!present.contains(table.name())) {
                    String problem = "La table " + table.name() + " est absente.";
                    lines.add(problem);
                    problems.add(problem);
                    continue;
                }
                try {
                    lines.add("Table " + table.name() + " : " + count(connection, table.countSql()) + " ligne(s).");
                } catch (SQLException e) {
                    String problem = "La table " + table.name() + " est illisible (" + Database.describe(e) + ").";
                    lines.add(problem);
                    problems.add(problem);
                    return null;
                }
            }
            long unsearchable = count(connection, COUNT_UNSEARCHABLE);
            if (unsearchable > 0) {
                String problem = unsearchable + " patient(s) actif(s) sans index de recherche.";
                lines.add(problem);
                problems.add(problem);
            }
            List<String> others = present.stream()
                    .filter(name -> CORE_TABLES.stream().noneMatch(table -> table.name().equals(name)))
                    .toList();
            if (!others.isEmpty()) {
                lines.add("Autres tables présentes : " + String.join(", ", others) + ".");
            }
            return null;
        });
        return new DatabaseCheck(lines, problems);
    }

    private static long count(java.sql.Connection connection, String countSql) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(countSql); // constant SQL: CORE_TABLES, COUNT_*
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void refusePostgresql(DatabaseSettings settings) {
        if (settings.engine() != Database.Engine.H2) {
            throw new SegurException(StorageError.STO_0002);
        }
    }

    private static void refuseExisting(Path zipFile) {
        if (Files.exists(zipFile)) {
            throw new SegurException(StorageError.STO_0006, zipFile);
        }
    }

    private static void createParent(Path zipFile) {
        Path parent = zipFile.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new SegurException(StorageError.STO_0004, e, zipFile, e.getClass().getSimpleName());
        }
    }
}

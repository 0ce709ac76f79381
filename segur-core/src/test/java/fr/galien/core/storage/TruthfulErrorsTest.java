package fr.galien.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, deliverable 3: every cause its own code. {@code CORE-0008} (« La base de données ne répond pas ») now
 * means only that: the connection failed or the database closed. This test lists every place the main sources can
 * still raise it, so a new one has to be looked at, and shows that the failures once reported as CORE-0008 — full
 * disk, duplicate key, a data directory that is a file or read-only, a lock time-out — get their own codes.
 */
class TruthfulErrorsTest {

    /** Each place CORE-0008 can be raised, and what it means there. */
    private static final Map<String, String> CORE_0008_PLACES = new TreeMap<>(Map.of(
            "storage/Database.java#probe", "first connection failed: PostgreSQL unreachable or login refused, "
                    + "or a new H2 file could not be created (an existing one is CORE-0005)",
            "storage/Database.java#runShared", "the Database object was already closed",
            "storage/SqlFailures.java#classify", "SQLSTATE class 08 (connection) or H2 closed/broken/file I/O "
                    + "with free disk left"));

    @TempDir
    Path dir;

    @Test
    void core0008IsRaisedOnlyWhereItMeansTheDatabaseDoesNotAnswer() throws IOException {
        Path sources = Path.of("src/main/java/fr/galien/core");
        Map<String, String> found = new TreeMap<>();
        Pattern method = Pattern.compile("^\\s+(?:public |private |static |final |<T> )*[\\w<>\\[\\]]+ (\\w+)\\(");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String current = "?";
                for (String line : Files.readAllLines(file)) {
                    Matcher m = method.matcher(line);
                    if (m.find()) {
                        current = m.group(1);
                    }
                    if (line.contains("CoreError.CORE_0008")) {
                        found.put(sources.relativize(file).toString().replace('\\', '/') + "#" + current, line.strip());
                    }
                }
            }
        }
        assertThat(found.keySet()).as("places raising CORE-0008: %s", found)
                .containsExactlyInAnyOrderElementsOf(CORE_0008_PLACES.keySet());
    }

    @Test
    void sqlFailuresGetTheCodeOfTheirCause() {
        assertThat(code(new SQLException("IO Exception: \"No space left on device\"", "HY000", 90028)))
                .isEqualTo(CoreError.CORE_0009);
        assertThat(code(new SQLException("wrapped", "HY000", 50000,
                new IOException("No space left on device")))).isEqualTo(CoreError.CORE_0009);
        assertThat(code(new SQLException("disk full", "53100"))).isEqualTo(CoreError.CORE_0009);
        assertThat(code(new SQLException("connection refused", "08001"))).isEqualTo(CoreError.CORE_0008);
        assertThat(code(new SQLException("closed", "90098", 90098))).isEqualTo(CoreError.CORE_0008);
        assertThat(code(new SQLException("duplicate key", "23505", 23505))).isEqualTo(CoreError.CORE_0013);
        assertThat(code(new SQLException("value too long", "22001", 22001))).isEqualTo(CoreError.CORE_0013);
        assertThat(code(new SQLException("lock timeout", "HYT00", 50200))).isEqualTo(CoreError.CORE_0014);
        assertThat(code(new SQLException("deadlock", "40P01"))).isEqualTo(CoreError.CORE_0014);
    }

    @Test
    void diskFullSaysHowMuchIsFreeAndHowMuchToFree() {
        SegurException full = SqlFailures.classify(new SQLException("No space left on device", "HY000"), dir);
        assertThat(full.getMessage()).contains("CORE-0009", "est plein", "il reste", "Libérez au moins", "intactes");
    }

    @Test
    void aDuplicateKeyIsNotReportedAsADatabaseThatDoesNotAnswer() {
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dir))) {
            insert(database, "cle");
            assertThatThrownBy(() -> insert(database, "cle"))
                    .isInstanceOfSatisfying(SegurException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0013);
                        assertThat(e.getMessage()).contains("23505", "Rien n'a été enregistré")
                                .doesNotContain("ne répond pas");
                    });
        }
    }

    @Test
    void aDataDirectoryThatIsAFileHasItsOwnCode() throws IOException {
        Path file = Files.writeString(dir.resolve("pas-un-dossier"), "x");
        assertThatThrownBy(() -> Database.open(DatabaseSettings.forDataDirectory(file)))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0010);
                    assertThat(e.getMessage()).contains("n'est pas un dossier", "--data-dir");
                });
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenHasItsOwnCode() {
        // root ignores permissions, so the JDK's own exception stands for the read-only folder
        SegurException e = DataDirectoryLock.unusable(dir, new AccessDeniedException(dir.toString()));
        assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0011);
        assertThat(e.getMessage()).contains("le droit d'écrire", "--data-dir");
        assertThat(DataDirectoryLock.unusable(dir, new FileAlreadyExistsException(dir.toString())).errorCode())
                .isEqualTo(CoreError.CORE_0010);
        assertThat(DataDirectoryLock.unusable(dir, new IOException("No space left on device")).errorCode())
                .isEqualTo(CoreError.CORE_0009);
    }

    private static fr.galien.core.error.ErrorCode code(SQLException e) {
        return SqlFailures.classify(e, null).errorCode();
    }

    private static void insert(Database database, String key) {
        database.inTransaction(connection -> {
            try (var insert = connection.prepareStatement(
                    "INSERT INTO settings (setting_key, setting_value) VALUES (?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, "v");
                insert.executeUpdate();
            }
            return null;
        });
    }
}

package fr.galien.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.demo.DemoPatients;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseKey;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.storage.H2Encryption;
import fr.galien.core.storage.PrivateFiles;
import fr.galien.core.storage.StorageError;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest (issue 9, deliverable 6; ADR 0033): no demo name in clear in any file of the data directory nor
 * in a backup (the same grep finds them in a clear database, so it can fail); a clear database of an earlier version
 * is encrypted at its first open; a missing or wrong key, a wrong or missing passphrase and an altered backup each
 * have their own code and change nothing.
 */
class EncryptionAtRestTest {

    private static final Caller CALLER = new Caller("os:test", "Test", Role.PHARMACIEN_TITULAIRE, "poste-test");
    private static final char[] PASSPHRASE = "une phrase de passe assez longue".toCharArray();

    @TempDir
    Path root;

    @Test
    void noDemoNameAppearsInClearInTheDataDirectoryNorInABackupAndAClearDatabaseIsEncryptedAtItsFirstOpen()
            throws Exception {
        Path dataDir = root.resolve("donnees");
        List<Patient> patients = DemoPatients.generate(11L, 200);
        Set<String> names = namesOf(patients);
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            JdbcPatientRegistry registry = new JdbcPatientRegistry(database, new JdbcAuditTrail(Clock.systemUTC()),
                    Clock.systemUTC());
            registry.createAll(CALLER, patients);
            // a refused statement: H2's trace file would keep it with its values (TRACE_LEVEL_FILE=0)
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> registry.createAll(CALLER, patients.subList(0, 1)))).isNotNull();
        }
        assertThat(namesInClear(dataDir)).as("names in clear in the data directory").isEmpty();
        if (PrivateFiles.posix(dataDir)) {
            assertThat(permissions(dataDir)).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(dataDir)) {
                files.filter(Files::isRegularFile)
                        .forEach(file -> assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
            }
        }

        // An earlier version's clear database: decrypted in place, as it was before encryption existed
        DatabaseKey key = DatabaseKey.load(dataDir);
        ChangeFileEncryption.execute(dataDir.toString(), "galien", "AES",
                HexFormat.of().formatHex(key.bytes()).toCharArray(), null, true);
        Files.delete(dataDir.resolve(DatabaseKey.ID_FILE));
        assertThat(H2Encryption.format(dataDir.resolve("galien.mv.db"))).isEqualTo(H2Encryption.Format.CLEAR);
        assertThat(namesInClear(dataDir)).as("the grep finds names in a clear database").isNotEmpty();

        Path backup = root.resolve("sauvegarde.galien");
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            assertThat(patientCount(database)).isEqualTo(patients.size());
            EncryptedBackup.write(database, backup, PASSPHRASE.clone());
        }
        assertThat(H2Encryption.format(dataDir.resolve("galien.mv.db"))).isEqualTo(H2Encryption.Format.ENCRYPTED);
        assertThat(namesInClear(dataDir)).as("names in clear after the first open encrypted the file").isEmpty();
        assertThat(namesIn(Files.readAllBytes(backup), names)).as("names in clear in the backup").isEmpty();
        if (PrivateFiles.posix(backup)) {
            assertThat(permissions(backup)).isEqualTo("rw-------");
        }

        // the backup restores anywhere with its passphrase, under the new folder's own key
        Path elsewhere = root.resolve("ailleurs");
        new SafeRestore().restore(DatabaseSettings.forDataDirectory(elsewhere), backup, false, PASSPHRASE.clone());
        try (Database restored = Database.open(DatabaseSettings.forDataDirectory(elsewhere))) {
            assertThat(patientCount(restored)).isEqualTo(patients.size());
            assertThat(restored.fileKey().orElseThrow().sameKeyAs(key)).isFalse();
        }
        assertThat(namesInClear(elsewhere)).isEmpty();
    }

    @Test
    void aMissingWrongOrUnreadableKeyHasItsOwnCodeAndChangesNothing() throws IOException {
        Path dataDir = root.resolve("donnees");
        Database.open(DatabaseSettings.forDataDirectory(dataDir)).close();
        Path file = dataDir.resolve("galien.mv.db");
        Path keyFile = DatabaseKey.load(dataDir).file();
        String original = Files.readString(keyFile);
        String before = digest(file);

        Files.move(keyFile, root.resolve("cle-mise-de-cote"));
        assertOpenRefused(dataDir, CoreError.CORE_0015, keyFile.toString());
        assertThat(digest(file)).isEqualTo(before);

        Files.writeString(keyFile, "0".repeat(64));
        assertOpenRefused(dataDir, CoreError.CORE_0016, keyFile.toString());
        assertThat(digest(file)).isEqualTo(before);

        Files.writeString(keyFile, "pas une clé");
        assertOpenRefused(dataDir, CoreError.CORE_0017, keyFile.toString());
        assertThat(digest(file)).isEqualTo(before);

        Files.writeString(keyFile, original);
        Database.open(DatabaseSettings.forDataDirectory(dataDir)).close();
    }

    @Test
    void aWrongMissingOrShortPassphraseAndAnAlteredOrTruncatedBackupAreRefusedWithoutTouchingTheLiveDatabase()
            throws IOException {
        Path source = root.resolve("source");
        Path backup = root.resolve("sauvegarde.galien");
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(source))) {
            new JdbcPatientRegistry(database, new JdbcAuditTrail(Clock.systemUTC()), Clock.systemUTC())
                    .createAll(CALLER, DemoPatients.generate(3L, 50));
            assertThatThrownBy(() -> EncryptedBackup.write(database, root.resolve("courte.galien"),
                    "trop court".toCharArray()))
                    .isInstanceOfSatisfying(SegurException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(StorageError.STO_0016));
            assertThat(root.resolve("courte.galien")).doesNotExist();
            EncryptedBackup.write(database, backup, PASSPHRASE.clone());
        }
        Path live = root.resolve("vivante");
        Database.open(DatabaseSettings.forDataDirectory(live)).close();
        DatabaseSettings settings = DatabaseSettings.forDataDirectory(live);
        String before = digest(settings.h2File());

        assertRestoreRefused(settings, backup, "pas la bonne phrase".toCharArray(), StorageError.STO_0013);
        assertRestoreRefused(settings, backup, null, StorageError.STO_0015);

        Path altered = root.resolve("alteree.galien");
        Files.copy(backup, altered);
        try (RandomAccessFile raw = new RandomAccessFile(altered.toFile(), "rw")) {
            long middle = raw.length() / 2;
            raw.seek(middle);
            int b = raw.read();
            raw.seek(middle);
            raw.write(b ^ 0x01);
        }
        assertRestoreRefused(settings, altered, PASSPHRASE.clone(), StorageError.STO_0014);

        Path truncated = root.resolve("tronquee.galien");
        byte[] whole = Files.readAllBytes(backup);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 100));
        assertRestoreRefused(settings, truncated, PASSPHRASE.clone(), StorageError.STO_0014);

        assertThat(digest(settings.h2File())).as("live database untouched").isEqualTo(before);
        new SafeRestore().restore(settings, backup, false, PASSPHRASE.clone());
        try (Database restored = Database.open(settings)) {
            assertThat(patientCount(restored)).isEqualTo(50);
        }
    }

    @Test
    void anEncryptionInterruptedBeforeItsSwapStartsAgainFromTheUntouchedClearFile() throws Exception {
        Path dataDir = root.resolve("donnees");
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            new JdbcPatientRegistry(database, new JdbcAuditTrail(Clock.systemUTC()), Clock.systemUTC())
                    .createAll(CALLER, DemoPatients.generate(5L, 20));
        }
        DatabaseKey key = DatabaseKey.load(dataDir);
        ChangeFileEncryption.execute(dataDir.toString(), "galien", "AES",
                HexFormat.of().formatHex(key.bytes()).toCharArray(), null, true);
        // what a kill during the copy leaves: a half-written working folder (the key id already written)
        Path work = Files.createDirectory(dataDir.resolve(H2Encryption.WORK_DIRECTORY_PREFIX + "interrompu"));
        Files.write(work.resolve("galien.mv.db"), new byte[4096]);
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            assertThat(patientCount(database)).isEqualTo(20);
            assertThat(database.fileKey().orElseThrow().sameKeyAs(key)).isTrue();
        }
        assertThat(work).doesNotExist();
        assertThat(H2Encryption.format(dataDir.resolve("galien.mv.db"))).isEqualTo(H2Encryption.Format.ENCRYPTED);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static void assertOpenRefused(Path dataDir, CoreError expected, String naming) {
        assertThatThrownBy(() -> Database.open(DatabaseSettings.forDataDirectory(dataDir)))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(expected);
                    assertThat(e.getMessage()).contains(naming).contains("Rien n'a été modifié")
                            .doesNotContain("endommagée").doesNotContainIgnoringCase("supprime");
                });
    }

    private static void assertRestoreRefused(DatabaseSettings settings, Path backup, char[] passphrase,
            StorageError expected) {
        assertThatThrownBy(() -> new SafeRestore().restore(settings, backup, false, passphrase))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(expected);
                    assertThat(e.getMessage()).containsAnyOf("n'a pas été touchée", "Rien n'a été modifié");
                });
        try (Stream<Path> files = Files.list(settings.dataDirectory())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".galien-"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Surnames and first names of at least six letters (shorter ones could turn up by chance in random bytes). */
    private static Set<String> namesOf(List<Patient> patients) {
        Set<String> names = new LinkedHashSet<>();
        for (Patient patient : patients) {
            names.add(patient.birthName());
            if (patient.usedName() != null) {
                names.add(patient.usedName());
            }
            names.addAll(patient.firstNames());
        }
        names.removeIf(name -> name.length() < 6);
        Set<String> forms = new LinkedHashSet<>();
        for (String name : names) {
            forms.add(name);
            forms.add(name.toUpperCase(Locale.ROOT));
            forms.add(name.toLowerCase(Locale.ROOT));
        }
        return forms;
    }

    private static Set<String> namesInClear(Path directory) throws IOException {
        Set<String> names = namesOf(DemoPatients.generate(11L, 200));
        names.addAll(namesOf(DemoPatients.generate(5L, 20)));
        Set<String> found = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found.addAll(namesIn(Files.readAllBytes(file), names));
            }
        }
        return found;
    }

    private static List<String> namesIn(byte[] bytes, Set<String> names) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> found = new ArrayList<>();
        for (String name : names) {
            String utf8 = new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            if (text.contains(utf8)) {
                found.add(name);
            }
        }
        return found;
    }

    private static long patientCount(Database database) {
        return database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM patient");
                 ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

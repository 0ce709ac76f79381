package fr.galien.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseMaintenance;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.storage.RestoreLeftovers;
import fr.galien.core.storage.StorageError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore never touches the live database unless the backup was verified completely: corrupt, tampered, oversized,
 * zip-bomb backups and a full disk all leave the live file byte-for-byte as it was, say so, and leave no working
 * file behind (issue 9, deliverable 2; ADR 0015).
 */
class SafeRestoreTest {

    private static final char[] PASSPHRASE = "phrase de passe de test".toCharArray();
    private static final Caller CALLER = new Caller("os:test", "Test", Role.PHARMACIEN_TITULAIRE, "poste-test");

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private DatabaseSettings settings;

    @BeforeEach
    void liveDatabaseWithOneSetting() {
        settings = DatabaseSettings.forDataDirectory(dataDir);
        try (Database database = Database.open(settings)) {
            insertSetting(database, "vivante");
            audit(database, "vivante");
        }
    }

    @Test
    void restoresAVerifiedBackupAndKeepsTheReplacedDatabase() {
        Path backup = backupOf("sauvegardee", 3);
        SafeRestore.Report report = new SafeRestore().restore(settings, backup, false, PASSPHRASE);

        assertThat(report.forced()).isFalse();
        assertThat(report.auditEvents()).isEqualTo(3);
        assertThat(report.safetyCopy().getFileName().toString())
                .matches("galien-avant-restauration-\\d{8}-\\d{6}(-\\d+)?\\.zip");
        assertThat(settingKeys()).containsExactly("sauvegardee");
        assertNoLeftovers();
        // the safety copy is itself a restorable backup holding the replaced state
        new SafeRestore().restore(settings, report.safetyCopy(), false, PASSPHRASE);
        assertThat(settingKeys()).containsExactly("vivante");
    }

    @Test
    void refusesAZipWithoutAGalienDatabase() throws IOException {
        Path zip = zipWith(elsewhere.resolve("photos.zip"), "galien.mv.db", "pas une base H2".getBytes(StandardCharsets.UTF_8));
        assertRefusedUntouched(() -> new SafeRestore().restore(settings, zip, false, PASSPHRASE),
                StorageError.STO_0001);
    }

    @Test
    void refusesACorruptBackupWithoutTouchingTheLiveDatabase() throws IOException {
        Path good = rawBackupOf("sauvegardee");
        byte[] database = unzip(good);
        // keep the MVStore header, destroy everything after it
        byte[] corrupt = database.clone();
        java.util.Random random = new java.util.Random(7);
        for (int i = 64; i < corrupt.length; i++) {
            corrupt[i] = (byte) random.nextInt();
        }
        Path zip = zipWith(elsewhere.resolve("abimee.zip"), DatabaseMaintenance.DATABASE_ENTRY, corrupt);
        SegurException refused = assertRefusedUntouched(
                () -> new SafeRestore().restore(settings, zip, false, PASSPHRASE), StorageError.STO_0007);
        assertThat(refused.getMessage()).contains("abimee.zip");
    }

    @Test
    void refusesABackupWhoseAuditTrailWasTamperedWithUnlessForced() {
        Path tampered = backupOf("sauvegardee", 3, "UPDATE audit_event SET detail = 'effacé' WHERE seq = 2");
        SegurException refused = assertRefusedUntouched(
                () -> new SafeRestore().restore(settings, tampered, false, PASSPHRASE), StorageError.STO_0008);
        assertThat(refused.getMessage()).contains("--force", "n° 2");

        SafeRestore.Report forced = new SafeRestore().restore(settings, tampered, true, PASSPHRASE);
        assertThat(forced.forced()).isTrue();
        assertThat(forced.auditBrokenReason()).contains("n° 2");
        assertThat(settingKeys()).containsExactly("sauvegardee");
        assertNoLeftovers();
    }

    @Test
    void refusesAZipBombWhileReadingIt() throws IOException {
        byte[] bomb = new byte[24 * 1024 * 1024];
        System.arraycopy("H:2,".getBytes(StandardCharsets.US_ASCII), 0, bomb, 0, 4);
        Path zip = zipWith(elsewhere.resolve("piege.zip"), DatabaseMaintenance.DATABASE_ENTRY, bomb);
        SafeRestore restore = new SafeRestore(new SafeRestore.Limits(1L << 40, 16, 200, 1024 * 1024, 0),
                path -> Long.MAX_VALUE / 4);
        SegurException refused = assertRefusedUntouched(() -> restore.restore(settings, zip, false, PASSPHRASE),
                StorageError.STO_0010);
        assertThat(refused.getMessage()).contains("compression");
    }

    @Test
    void refusesAnOversizedBackupBeforeExtractingIt() {
        Path backup = backupOf("sauvegardee", 1);
        SafeRestore restore = new SafeRestore(new SafeRestore.Limits(4096, 16, 200, 1024 * 1024, 0),
                path -> Long.MAX_VALUE / 4);
        assertRefusedUntouched(() -> restore.restore(settings, backup, false, PASSPHRASE), StorageError.STO_0010);
    }

    @Test
    void refusesAnArchiveWithTooManyEntries() throws IOException {
        Path zip = elsewhere.resolve("multiple.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (int i = 0; i < 40; i++) {
                entries.putNextEntry(new ZipEntry("f" + i));
                entries.closeEntry();
            }
        }
        assertRefusedUntouched(() -> new SafeRestore().restore(settings, zip, false, PASSPHRASE),
                StorageError.STO_0010);
    }

    @Test
    void refusesWhenTheDiskCannotHoldTheCopyAndSaysHowMuchToFree() {
        Path backup = backupOf("sauvegardee", 1);
        SafeRestore restore = new SafeRestore(SafeRestore.Limits.DEFAULT, path -> 1024 * 1024);
        SegurException refused = assertRefusedUntouched(() -> restore.restore(settings, backup, false, PASSPHRASE),
                StorageError.STO_0009);
        assertThat(refused.getMessage()).contains("Libérez au moins", "Mo");
    }

    @Test
    void stopsAndCleansUpWhenTheDiskFillsDuringExtraction() throws IOException {
        Path backup = backupOf("sauvegardee", 1);
        lieAboutSize(backup, 1000);
        long liveSize = Files.size(settings.h2File());
        // enough for what the archive declares, not for what it really holds: the copy overflows while written
        SafeRestore restore = new SafeRestore(new SafeRestore.Limits(1L << 40, 16, 200, 1L << 30, 0),
                path -> liveSize + 10_000);
        assertRefusedUntouched(() -> restore.restore(settings, backup, false, PASSPHRASE), StorageError.STO_0009);
    }

    @Test
    void refusedWhileTheDatabaseIsOpen() {
        Path backup = backupOf("sauvegardee", 1);
        try (Database open = Database.open(settings)) {
            assertThatThrownBy(() -> new SafeRestore().restore(settings, backup, false, PASSPHRASE))
                    .isInstanceOfSatisfying(SegurException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0004));
        }
    }

    @Test
    void aStrayLeftoverOfAnInterruptedRestoreNeverBlocksTheNextOpen() throws IOException {
        Path legacy = Files.write(dataDir.resolve("galien.mv.db.restauration"), new byte[1024]);
        Path work = Files.createDirectories(dataDir.resolve(RestoreLeftovers.WORK_DIRECTORY_PREFIX + "interrompue"));
        Files.write(work.resolve("galien.mv.db"), new byte[1024]);

        assertThat(settingKeys()).containsExactly("vivante");
        assertThat(legacy).doesNotExist();
        assertThat(work).doesNotExist();
    }

    @Test
    void refusesOnPostgresql() {
        DatabaseSettings postgresql = DatabaseSettings.forUrl("jdbc:postgresql://127.0.0.1/galien", "u", "p");
        assertThatThrownBy(() -> new SafeRestore().restore(postgresql, elsewhere.resolve("x.zip"), false))
                .hasMessageContaining("STO-0002");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private SegurException assertRefusedUntouched(Runnable restore, StorageError expected) {
        String before = digest(settings.h2File());
        List<SegurException> caught = new ArrayList<>();
        assertThatThrownBy(restore::run).isInstanceOfSatisfying(SegurException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(expected);
            if (expected != StorageError.STO_0002) {
                assertThat(e.getMessage()).contains("La base actuelle n'a pas été touchée");
            }
            caught.add(e);
        });
        assertThat(digest(settings.h2File())).as("live database file unchanged").isEqualTo(before);
        assertNoLeftovers();
        assertThat(settingKeys()).containsExactly("vivante");
        return caught.get(0);
    }

    private void assertNoLeftovers() {
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(RestoreLeftovers.WORK_DIRECTORY_PREFIX))
                    .noneMatch(name -> name.endsWith(".restauration"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A backup of another database holding one setting and {@code events} audit events, after {@code sql}. */
    private Path backupOf(String key, int events, String... sql) {
        Path other = elsewhere.resolve("autre-" + key + "-" + System.nanoTime());
        Path zip = elsewhere.resolve("sauvegarde-" + System.nanoTime() + ".zip");
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(other))) {
            insertSetting(database, key);
            for (int i = 0; i < events; i++) {
                audit(database, key + i);
            }
            database.inTransaction(connection -> {
                for (String statement : sql) {
                    try (var update = connection.prepareStatement(statement)) {
                        update.executeUpdate();
                    }
                }
                return null;
            });
            EncryptedBackup.write(database, zip, PASSPHRASE.clone());
        }
        return zip;
    }

    /** H2's own backup zip of another database: its entry is encrypted under that database's key. */
    private Path rawBackupOf(String key) {
        Path other = elsewhere.resolve("brute-" + key + "-" + System.nanoTime());
        Path zip = elsewhere.resolve("brute-" + System.nanoTime() + ".zip");
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(other))) {
            insertSetting(database, key);
            DatabaseMaintenance.backup(database, zip);
        }
        return zip;
    }

    private static void insertSetting(Database database, String key) {
        database.inTransaction(connection -> {
            try (var insert = connection.prepareStatement(
                    "INSERT INTO settings (setting_key, setting_value) VALUES (?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, "1");
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static void audit(Database database, String detail) {
        database.inTransaction(connection -> {
            new JdbcAuditTrail(Clock.systemUTC()).append(connection,
                    new AuditEvent(CALLER, null, AuditAction.BACKUP, fr.galien.core.audit.AuditOutcome.SUCCESS, detail));
            return null;
        });
    }

    private List<String> settingKeys() {
        try (Database database = Database.open(settings)) {
            return database.read(connection -> {
                List<String> keys = new ArrayList<>();
                try (var query = connection.prepareStatement("SELECT setting_key FROM settings ORDER BY 1");
                     var rows = query.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
                return keys;
            });
        }
    }

    private static Path zipWith(Path zip, String entry, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry(entry));
            entries.write(content);
            entries.closeEntry();
        }
        return zip;
    }

    private static byte[] unzip(Path zip) throws IOException {
        try (var file = new java.util.zip.ZipFile(zip.toFile());
             var in = file.getInputStream(file.getEntry(DatabaseMaintenance.DATABASE_ENTRY))) {
            return in.readAllBytes();
        }
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Rewrites the uncompressed size the central directory declares, as a crafted archive would lie about it. */
    private static void lieAboutSize(Path zip, int declared) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) { // central directory file header
                buffer.putInt(i + 24, declared);
            }
        }
        Files.write(zip, bytes);
    }
}

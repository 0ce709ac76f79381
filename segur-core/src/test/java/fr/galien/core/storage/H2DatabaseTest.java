package fr.galien.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

class H2DatabaseTest extends DatabaseContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.H2;
    }

    @Test
    void keepsItsFilesInTheDataDirectory() {
        assertThat(database.dataDirectory()).contains(dataDir.toAbsolutePath());
        assertThat(dataDir.resolve("galien.mv.db")).exists();
        assertThat(dataDir.resolve(DataDirectoryLock.FILE_NAME)).exists();
    }

    @Test
    void lockFileNamesItsHolder() throws IOException {
        assertThat(Files.readString(dataDir.resolve(DataDirectoryLock.FILE_NAME)))
                .contains("processus " + ProcessHandle.current().pid())
                .contains(System.getProperty("user.name"));
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedNamingTheHolder() {
        assertThatThrownBy(() -> Database.open(DatabaseSettings.forDataDirectory(dataDir)))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0004);
                    assertThat(e.getMessage()).contains("processus " + ProcessHandle.current().pid());
                });
        // the refused attempt must not have released the first holder's lock
        assertThatThrownBy(() -> Database.open(DatabaseSettings.forDataDirectory(dataDir)))
                .hasMessageContaining("CORE-0004");
    }

    @Test
    void closingReleasesTheDataDirectory() {
        database.close();
        try (Database reopened = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            assertThat(reopened.engine()).isEqualTo(Database.Engine.H2);
        }
    }

    @Test
    void anotherProcessIsRefusedNamingItThenAKillFreesTheDirectoryAtOnce() throws Exception {
        database.close();
        Process child = startHolder();
        try {
            long childPid = awaitReady(child);
            assertThatThrownBy(() -> Database.open(DatabaseSettings.forDataDirectory(dataDir)))
                    .isInstanceOfSatisfying(SegurException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0004);
                        assertThat(e.getMessage()).contains("processus " + childPid);
                    });
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
            child.waitFor(30, TimeUnit.SECONDS);
        }
        try (Database reopened = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            long held = reopened.inTransaction(connection ->
                    count(connection, "SELECT COUNT(*) FROM settings WHERE setting_key = 'held'"));
            assertThat(held).as("the killed holder's acknowledged commit").isOne();
        }
    }

    @Test
    void corruptFileIsRefusedWithTheRestoreCommand() throws IOException {
        database.close();
        Path file = dataDir.resolve("galien.mv.db");
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[(int) Math.min(raw.length(), 64 * 1024)];
            new java.util.Random(42).nextBytes(garbage);
            raw.seek(0);
            raw.write(garbage);
        }
        assertThatThrownBy(() -> Database.open(DatabaseSettings.forDataDirectory(dataDir)))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0005);
                    assertThat(e.getMessage()).contains("galien db restore");
                });
        // refused without keeping the directory locked
        assertThatThrownBy(() -> Database.open(DatabaseSettings.forDataDirectory(dataDir)))
                .hasMessageContaining("CORE-0005");
    }

    @Test
    void backupWhileOpenHoldsTheDatabase() throws IOException {
        insertSetting("avant", "1");
        Path zip = dataDir.resolve("sauvegardes/s1.zip");
        DatabaseMaintenance.backup(database, zip);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(Collections.list(file.entries())).extracting(ZipEntry::getName).contains("galien.mv.db");
        }
    }

    @Test
    void backupRefusesToOverwriteAFile() throws IOException {
        Path zip = Files.writeString(dataDir.resolve("deja.zip"), "x");
        assertThatThrownBy(() -> DatabaseMaintenance.backup(database, zip)).hasMessageContaining("STO-0006");
    }

    private Process startHolder() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDataDirectory.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static long awaitReady(Process child) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("READY ")) {
                return Long.parseLong(line.substring(6).strip());
            }
        }
        throw new IllegalStateException("the holder process ended before READY");
    }
}

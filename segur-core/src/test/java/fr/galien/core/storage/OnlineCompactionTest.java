package fr.galien.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file stays within its bound while the database stays open (issue 9 deliverable 8, ADR 0003): past twice
 * its compacted size (or that plus the floor, lowered here to 512 KB), the next committing transaction compacts it
 * online; every committed row is still there, and the database keeps working without a restart.
 */
class OnlineCompactionTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void restoreFloor() {
        System.clearProperty(H2FileBound.FLOOR_PROPERTY);
    }

    @Test
    void theFileIsCompactedOnlineOnceItOutgrowsItsBoundAndNoCommitIsLost() throws Exception {
        System.setProperty(H2FileBound.FLOOR_PROPERTY, Long.toString(512 * 1024));
        Path file = dataDir.resolve("galien.mv.db");
        int commits = 400;
        long largest = 0;
        int shrinks = 0;
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            long previous = Files.size(file);
            for (int i = 0; i < commits; i++) {
                int n = i;
                database.inTransaction(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO settings (setting_key, setting_value) VALUES (?, ?)")) {
                        insert.setString(1, "cle-" + n);
                        insert.setString(2, "valeur-" + n);
                        insert.executeUpdate();
                    }
                    return null;
                });
                long size = Files.size(file);
                largest = Math.max(largest, size);
                if (size < previous) {
                    shrinks++;
                }
                previous = size;
            }
            assertThat(shrinks).as("online compactions").isPositive();
            long limit = new H2FileBound(file).limit();
            assertThat(largest).as("largest size seen after a commit").isLessThanOrEqualTo(2 * limit);
            assertThat(count(database)).isEqualTo(commits);
        }
        try (Database reopened = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            assertThat(count(reopened)).isEqualTo(commits);
        }
    }

    private static long count(Database database) {
        return database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM settings WHERE setting_key LIKE 'cle-%'");
                 ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}

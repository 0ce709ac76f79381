package fr.galien.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage behaviour both engines must show; one subclass per engine. */
abstract class DatabaseContract {

    @TempDir
    Path dataDir;

    Database database;

    abstract Database.Engine engine();

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.open(engine(), dataDir);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void reportsItsEngine() {
        assertThat(database.engine()).isEqualTo(engine());
    }

    @Test
    void coreMigrationsAreRecordedInTheCoreHistoryTable() {
        long applied = countOf("SELECT COUNT(*) FROM flyway_history_core WHERE \"success\" = TRUE AND \"version\" = '1'");
        assertThat(applied).isEqualTo(1);
    }

    @Test
    void moduleMigrationsUseTheirOwnHistoryTable() {
        database.migrate("testmodule", "classpath:db/migration/testmodule");
        long applied = countOf("SELECT COUNT(*) FROM flyway_history_testmodule WHERE \"success\" = TRUE AND \"version\" = '1'");
        assertThat(applied).isEqualTo(1);
        assertThat(countOf("SELECT COUNT(*) FROM test_module_note"))
                .isZero();
    }

    @Test
    void migratingTwiceIsHarmless() {
        database.migrate("testmodule", "classpath:db/migration/testmodule");
        database.migrate("testmodule", "classpath:db/migration/testmodule");
        assertThat(DatabaseMaintenance.check(database).healthy()).isTrue();
    }

    @Test
    void moduleIdThatCannotNameATableIsRefused() {
        assertThatThrownBy(() -> database.migrate("x; DROP TABLE patient", "classpath:db/migration/testmodule"))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(StorageError.STO_0005));
    }

    @Test
    void workIsCommittedWhenItReturns() {
        insertSetting("a", "1");
        assertThat(countOf("SELECT COUNT(*) FROM settings")).isOne();
    }

    @Test
    void workIsRolledBackWhenItThrows() {
        assertThatThrownBy(() -> database.inTransaction(connection -> {
            insert(connection, "a", "1");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(countOf("SELECT COUNT(*) FROM settings")).isZero();
    }

    @Test
    void refusedSqlBecomesCore0013WithoutTheDriverText() {
        insertSetting("a", "secret-value");
        assertThatThrownBy(() -> insertSetting("a", "secret-value"))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    // a duplicate key is a refusal, not a database that does not answer (issue 9)
                    assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0013);
                    assertThat(e.getMessage()).contains("23505").doesNotContain("secret-value");
                });
    }

    @Test
    void readNeverCommits() {
        database.read(connection -> {
            insert(connection, "a", "1");
            return null;
        });
        assertThat(countOf("SELECT COUNT(*) FROM settings")).isZero();
    }

    @Test
    void checkpointSyncSucceeds() {
        insertSetting("a", "1");
        database.checkpointSync();
        assertThat(countOf("SELECT COUNT(*) FROM settings")).isOne();
    }

    @Test
    void checkReportsEveryCoreTableWithItsRowCount() {
        DatabaseCheck report = DatabaseMaintenance.check(database);
        assertThat(report.healthy()).as(report.problems().toString()).isTrue();
        assertThat(report.lines()).contains("Table patient : 0 ligne(s).", "Table patient_token : 0 ligne(s).",
                "Migrations du cœur : à jour et conformes.");
    }

    @Test
    void closedDatabaseRefusesWork() {
        database.close();
        assertThatThrownBy(() -> insertSetting("a", "1")).hasMessageContaining("CORE-0008");
    }

    long countOf(String sql) {
        Long count = database.inTransaction(connection -> count(connection, sql));
        return count;
    }

    void insertSetting(String key, String value) {
        database.inTransaction(connection -> {
            insert(connection, key, value);
            return null;
        });
    }

    static void insert(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO settings (setting_key, setting_value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}

package fr.galien.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import fr.galien.core.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

class PostgresqlDatabaseTest extends DatabaseContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.POSTGRESQL;
    }

    @Test
    void hasNoDataDirectory() {
        assertThat(database.dataDirectory()).isEmpty();
    }

    @Test
    void backupIsRefusedWithThePostgresqlTools() {
        DatabaseSettings settings = TestDatabases.postgresqlSettings();
        assertThatThrownBy(() -> DatabaseMaintenance.backup(settings, dataDir.resolve("x.zip")))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(StorageError.STO_0002);
                    assertThat(e.getMessage()).contains("pg_dump", "pg_restore");
                });
    }
}

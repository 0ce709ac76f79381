package fr.galien.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadGuardTest {

    @TempDir
    Path directory;

    private Database database;

    @BeforeEach
    void open() {
        database = TestDatabases.h2(directory);
        ThreadGuard.reset();
    }

    @AfterEach
    void close() {
        ThreadGuard.uninstall();
        ThreadGuard.reset();
        database.close();
    }

    @Test
    void failModeRefusesAQueryOnAForbiddenThreadAndCountsIt() {
        ThreadGuard.install(() -> true, ThreadGuard.Mode.FAIL);

        assertThatThrownBy(() -> database.read(connection -> connection.isValid(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forbidden thread");
        assertThat(ThreadGuard.violations()).isEqualTo(1);
        assertThat(ThreadGuard.firstViolation()).isNotNull();
    }

    @Test
    void logModeLetsTheQueryRunAndCountsIt() {
        ThreadGuard.install(() -> true, ThreadGuard.Mode.LOG);

        boolean valid = database.read(connection -> connection.isValid(1));

        assertThat(valid).isTrue();
        assertThat(ThreadGuard.violations()).isEqualTo(1);
    }

    @Test
    void anAllowedThreadIsNotCounted() {
        ThreadGuard.install(() -> false, ThreadGuard.Mode.FAIL);

        database.inTransaction(connection -> connection.isValid(1));

        assertThat(ThreadGuard.violations()).isZero();
    }
}

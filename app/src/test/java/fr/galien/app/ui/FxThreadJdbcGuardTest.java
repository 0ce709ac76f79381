package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.storage.Database;
import fr.galien.core.storage.ThreadGuard;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guard every app test runs under: a query on the FX thread is refused, the same query elsewhere runs. */
@ExtendWith(ApplicationExtension.class)
class FxThreadJdbcGuardTest {

    @TempDir
    Path directory;

    @Start
    void start(Stage stage) {
        // The FX toolkit is all this needs.
    }

    @Test
    void aQueryOnTheFxThreadIsRefusedAndTheSameQueryOffItRuns() throws Exception {
        try (Database database = TestDatabases.h2(directory)) {
            Throwable refused = null;
            try {
                WaitForAsyncUtils.asyncFx(() -> database.read(connection -> connection.isValid(1)))
                        .get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                refused = e.getCause();
            }
            assertThat(refused).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("JavaFX Application Thread");
            assertThat(ThreadGuard.violations()).isEqualTo(1);
            ThreadGuard.reset(); // counted on purpose: the extension would fail this test otherwise

            boolean valid = database.read(connection -> connection.isValid(1));
            assertThat(valid).isTrue();
            assertThat(ThreadGuard.violations()).isZero();
        }
    }
}

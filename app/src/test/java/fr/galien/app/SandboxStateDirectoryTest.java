package fr.galien.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the sandbox state lives: one folder per user, whatever the practice's data directory. */
class SandboxStateDirectoryTest {

    private static final Path DATA = Path.of("/home/camille/.local/share/galien");

    @Test
    void byDefaultNextToTheDefaultDataDirectory() {
        assertThat(SandboxStateDirectory.resolve(null, Map.of(), DATA))
                .isEqualTo(Path.of("/home/camille/.local/share/galien-sandbox"));
    }

    @Test
    void theEnvironmentVariableChoosesAnotherFolder() {
        assertThat(SandboxStateDirectory.resolve(null, Map.of("GALIEN_SANDBOX_STATE", "/tmp/etat-demo"), DATA))
                .isEqualTo(Path.of("/tmp/etat-demo"));
        assertThat(SandboxStateDirectory.resolve(null, Map.of("GALIEN_SANDBOX_STATE", "  "), DATA))
                .as("blank is unset").isEqualTo(Path.of("/home/camille/.local/share/galien-sandbox"));
    }

    @Test
    void theSystemPropertyComesFirst() {
        assertThat(SandboxStateDirectory.resolve("/tmp/etat-tests", Map.of("GALIEN_SANDBOX_STATE", "/tmp/etat-demo"),
                DATA)).isEqualTo(Path.of("/tmp/etat-tests"));
    }

    @Test
    void theBuildKeepsTestsOutOfTheUsersFolder() {
        assertThat(SandboxStateDirectory.resolve()).as("set by the app's surefire configuration")
                .endsWith(Path.of("target", "sandbox-state"));
        assertThat(InProcessSandbox.defaultOptions().stateDirectory()).isEqualTo(SandboxStateDirectory.resolve());
    }
}

package fr.galien.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.app.cli.Main;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, deliverable 5: logs never on stdout; no writable home is one French line on stderr. */
class LogSetupTest {

    @TempDir
    Path dir;

    @Test
    void theLogGoesToTheDataDirectoryTheCommandWorksOn(@org.junit.jupiter.api.io.TempDir Path data) {
        java.util.Map<String, String> env = java.util.Map.of();
        Path named = LogSetup.dataDirectory(new String[] {"--data-dir", data.toString(), "patients", "list"}, env);
        assertThat(LogSetup.wantedDirectory(env, null, named)).isEqualTo(data.toAbsolutePath().resolve("logs"));
        assertThat(LogSetup.dataDirectory(new String[] {"--data-dir=" + data, "--demo"}, env))
                .isEqualTo(data.toAbsolutePath());
        assertThat(LogSetup.dataDirectory(new String[0], java.util.Map.of("GALIEN_DATA_DIR", data.toString())))
                .isEqualTo(data.toAbsolutePath());
        // GALIEN_LOG_DIR still wins (a shared log folder chosen by the administrator).
        assertThat(LogSetup.wantedDirectory(java.util.Map.of("GALIEN_LOG_DIR", "/var/log/galien"), null, named))
                .isEqualTo(Path.of("/var/log/galien"));
    }

    @Test
    void anUnwritableLogFolderFallsBackWithOneFrenchLine() throws IOException {
        Path file = Files.writeString(dir.resolve("fichier"), "x");
        Path unwritable = file.resolve("logs"); // under a regular file: cannot be created, even by root
        Path fallback = dir.resolve("repli");
        assertThat(LogSetup.choose(unwritable, fallback)).hasValueSatisfying(line -> {
            assertThat(line).startsWith("Attention").contains(unwritable.toString(), fallback.toString());
            assertThat(line.lines()).hasSize(1);
        });
        assertThat(System.getProperty(LogSetup.LOG_DIR)).isEqualTo(fallback.toString());
        assertThat(LogSetup.choose(unwritable, file.resolve("repli"))).hasValueSatisfying(line ->
                assertThat(line).contains("désactivé"));
        assertThat(System.getProperty(LogSetup.LOG_LEVEL)).isEqualTo("OFF");
        System.clearProperty(LogSetup.LOG_DIR);
        System.clearProperty(LogSetup.LOG_LEVEL);
    }

    @Test
    void withoutAWritableHomeVersionJsonStaysCleanJson() throws Exception {
        Path file = Files.writeString(dir.resolve("pas-un-dossier"), "x");
        // the product's logback.xml, not the tests' one
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-cp", classPath, "-Duser.home=" + file.resolve("home"),
                "-Djava.io.tmpdir=" + file.resolve("tmp"), Main.class.getName(), "version", "--json");
        builder.environment().remove("GALIEN_LOG_DIR");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(err).isZero();
        JsonNode version = new ObjectMapper().readTree(out);
        assertThat(version.isObject()).as(out).isTrue();
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(err).startsWith("Attention : le journal de Galien");
    }
}

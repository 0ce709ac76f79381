package fr.galien.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared rules only hold if every module runs them: each module of the root pom has a test class extending
 * {@code CommonArchitectureTest}, and each module that registers an {@code ErrorCatalog} one extending
 * {@code CommonMessagesCompletenessTest} (issue 8 §6). A new module that forgets fails here, not in review.
 */
class EveryModuleAppliesTheSuiteTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> modules = new ArrayList<>();

    @BeforeAll
    static void readTheRootPom() throws IOException {
        Matcher module = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8));
        while (module.find()) {
            modules.add(module.group(1).strip());
        }
    }

    @Test
    void theRootPomListsThisModule() {
        assertThat(modules).contains("segur-core");
    }

    @Test
    void everyModuleRunsTheArchitectureSuite() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String module : modules) {
            if (!hasTestExtending(module, "CommonArchitectureTest")) {
                missing.add(module);
            }
        }
        assertThat(missing).as("modules without a test class extending CommonArchitectureTest").isEmpty();
    }

    @Test
    void everyModuleWithErrorCodesRunsTheMessageSuite() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String module : modules) {
            Path catalogs = ROOT.resolve(module)
                    .resolve("src/main/resources/META-INF/services/fr.galien.core.error.ErrorCatalog");
            if (Files.exists(catalogs) && !hasTestExtending(module, "CommonMessagesCompletenessTest")) {
                missing.add(module);
            }
        }
        assertThat(missing).as("modules with an ErrorCatalog but no CommonMessagesCompletenessTest").isEmpty();
    }

    private static boolean hasTestExtending(String module, String base) throws IOException {
        Path tests = ROOT.resolve(module).resolve("src/test/java");
        if (!Files.isDirectory(tests)) {
            return false;
        }
        Pattern extendsBase = Pattern.compile("\\bextends\\s+" + base + "\\b");
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                if (extendsBase.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}

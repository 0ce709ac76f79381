package fr.galien.core.cda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of document we emit passes the CDA schema and its ANS schematrons (StrucMin, volet, CI-SIS models,
 * ANS models, IHE) with zero errors, through {@code ../shared/conformance/cda/validate-cda} (TestContenuCDA 3.0,
 * offline). The validator is reference tooling beside the project, never shipped nor copied: without it (or
 * without {@code java}/{@code bash}) the test is skipped and says so. {@code -Dgalien.shared=DIR} names the shared
 * folder explicitly.
 */
class CdaConformanceTest {

    @TempDir
    Path dir;

    @Test
    void everyStructuredKindPassesItsVoletSchematronAndTheSchema() throws Exception {
        Path validator = requireValidator();
        CdaSamplesWriter.writeAll(dir.resolve("samples"));
        CdaVariantsWriter.writeAll(dir.resolve("variants"));
        List<Path> structured = new ArrayList<>();
        for (String name : List.of("samples/vsm.xml", "samples/disp.xml", "samples/vac.xml", "variants/vsm-empty.xml",
                "variants/vsm-sparse.xml", "variants/disp-rx.xml", "variants/vac-min.xml")) {
            structured.add(dir.resolve(name));
        }
        assertPasses(validator, List.of("--auto"), structured);
    }

    @Test
    void everyLevelOneDocumentPassesTheGenericLayers() throws Exception {
        Path validator = requireValidator();
        CdaSamplesWriter.writeAll(dir.resolve("samples"));
        CdaVariantsWriter.writeAll(dir.resolve("variants"));
        // --volet N1: a level-1 document is checked by the generic layers whatever its type code (the validator's
        // auto-detection would otherwise take an N1 ordonnance, type 57833-6, for a structured eP-MED-DM).
        assertPasses(validator, List.of("--volet", "N1"), List.of(dir.resolve("samples/n1.xml"),
                dir.resolve("samples/bpm.xml"), dir.resolve("variants/n1-replace.xml")));
    }

    private static void assertPasses(Path validator, List<String> options, List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", validator.toString(), "--no-warnings"));
        command.addAll(options);
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("validate-cda finished").isTrue();
        Assumptions.assumeFalse(process.exitValue() == 2 && output.contains("validate-cda:"),
                "skipped: validate-cda could not run here: " + output.strip());
        assertThat(output).as(output).contains(files.size() + " file(s): " + files.size() + " passed, 0 failed");
        assertThat(process.exitValue()).as(output).isZero();
    }

    /** {@code <shared>/conformance/cda/validate-cda}, or the test is skipped saying why. */
    static Path requireValidator() {
        Optional<Path> found = sharedDirectory().map(d -> d.resolve("conformance/cda/validate-cda"))
                .filter(Files::isRegularFile);
        Assumptions.assumeTrue(found.isPresent(), "skipped: no ../shared/conformance/cda (set -Dgalien.shared="
                + "<shared dir> to run the ANS CDA validator)");
        return found.get();
    }

    /** {@code -Dgalien.shared}, else {@code <project root>/../shared} found by walking up from the module. */
    static Optional<Path> sharedDirectory() {
        String configured = System.getProperty("galien.shared");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        Path current = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && current != null; i++, current = current.getParent()) {
            Path candidate = current.resolve("shared");
            if (Files.isDirectory(candidate.resolve("conformance"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

}

package fr.galien.eprescription;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code <project root>/../shared}, when present (tests only; the product never reads it). */
final class SharedPackages {

    private SharedPackages() {
    }

    /** The FHIR packages folder of ../shared/conformance/fhir, if this checkout has it. */
    static Optional<Path> fhirPackages() {
        Path dir = Path.of("").toAbsolutePath();
        // Surefire runs in the module's folder; the project root is its parent.
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("pom.xml")) && Files.exists(candidate.resolve("segur-core"))) {
                Path packages = candidate.resolveSibling("shared").resolve("conformance/fhir/packages");
                return Files.isDirectory(packages) ? Optional.of(packages) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}

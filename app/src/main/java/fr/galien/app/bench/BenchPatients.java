package fr.galien.app.bench;

import fr.galien.core.domain.Patient;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fills a benchmark database with generated patients once: a marker file says an earlier run with the same size and
 * seed already did, so a large run can be measured again without waiting for the insertion.
 */
final class BenchPatients {

    /** Who the benchmarks act as (audited like anyone). */
    static final Caller BENCH = new Caller("os:bench", "Banc d'essai", Role.PHARMACIEN_TITULAIRE, "bench");

    private static final int CHUNK = 10_000;

    private BenchPatients() {
    }

    static void fillOnce(Path marker, JdbcPatientRegistry registry, List<Patient> generated, PrintWriter log) {
        if (Files.exists(marker)) {
            log.printf("Base déjà remplie (%,d patients) : insertion sautée%n", generated.size());
            return;
        }
        long start = System.nanoTime();
        for (int from = 0; from < generated.size(); from += CHUNK) {
            int to = Math.min(generated.size(), from + CHUNK);
            registry.createAll(BENCH, generated.subList(from, to));
            if ((from / CHUNK) % 10 == 0) {
                log.printf("  %,d / %,d patients insérés%n", to, generated.size());
                log.flush();
            }
        }
        log.printf("Insertion de %,d patients : %.1f s%n", generated.size(), (System.nanoTime() - start) / 1e9);
        try {
            Files.writeString(marker, "ok");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.galien.app.bench;

import fr.galien.core.cda.CdaDocument;
import fr.galien.core.cda.CdaHeader;
import fr.galien.core.cda.CdaHeaders;
import fr.galien.core.cda.CdaVersion;
import fr.galien.core.cda.ClinicalDocuments;
import fr.galien.core.demo.DemoClinicalContent;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.domain.Sex;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * CDA + PDF produced per second on one thread (issue 12: target ≥ 100 per second per core): each document is a
 * complete production — INS rules, header, body, PDF/A rendering with embedded fonts, XML — of the VSM, the
 * dispensation, the vaccination note and the bilan partagé de médication (PDF then level-1 CDA), in turn, for an
 * invented qualified patient. Measured after a warm-up, on the calling thread only, with its CPU time.
 */
public final class CdaBenchmark {

    /**
     * @param perSecond documents per wall-clock second on one thread
     * @param perCpuSecond documents per second of the thread's own CPU time (what one core gives)
     */
    public record Result(String kind, int documents, double seconds, double perSecond, double perCpuSecond,
                         long averageCdaBytes, long averagePdfBytes) {
    }

    private final PrintWriter progress;

    public CdaBenchmark(PrintWriter progress) {
        this.progress = progress;
    }

    public List<Result> run(int documentsPerKind, int warmup) {
        Patient patient = new Patient(UUID.randomUUID(), "BENCH", null, List.of("CAMILLE", "ANNE"), Sex.F,
                new BirthDate(1980, 5, 17), "63113", null, IdentityStatus.QUALIFIEE, "280056311300112",
                "1.2.250.1.213.1.4.10", Set.of(), false, 1);
        Practice cabinet = new Practice("Cabinet du banc d'essai", PracticeProfile.CABINET_MEDICAL, "630000014", null,
                PracticeMode.TRAINING);
        Practice officine = new Practice("Pharmacie du banc d'essai", PracticeProfile.OFFICINE, "630000022", null,
                PracticeMode.TRAINING);
        LocalDate today = LocalDate.of(2026, 3, 12);
        List<Result> results = new ArrayList<>();
        results.add(measure("VSM", documentsPerKind, warmup, h -> ClinicalDocuments.vsm(h, DemoClinicalContent.vsm()),
                patient, cabinet));
        results.add(measure("eDISP-MED", documentsPerKind, warmup,
                h -> ClinicalDocuments.dispensation(h, DemoClinicalContent.dispensation()), patient, officine));
        results.add(measure("VAC-NOTE", documentsPerKind, warmup,
                h -> ClinicalDocuments.vaccinationNote(h, DemoClinicalContent.vaccination(today)), patient, officine));
        results.add(measure("BPM (N1)", documentsPerKind, warmup,
                h -> ClinicalDocuments.medicationReview(h, DemoClinicalContent.medicationReview()), patient, officine));
        double seconds = results.stream().mapToDouble(Result::seconds).sum();
        int documents = results.stream().mapToInt(Result::documents).sum();
        double cpu = results.stream().mapToDouble(r -> r.documents() / r.perCpuSecond()).sum();
        results.add(new Result("tous", documents, seconds, documents / seconds, documents / cpu,
                (long) results.stream().mapToLong(Result::averageCdaBytes).average().orElse(0),
                (long) results.stream().mapToLong(Result::averagePdfBytes).average().orElse(0)));
        return results;
    }

    private Result measure(String kind, int documents, int warmup, Function<CdaHeader, CdaDocument> make,
                           Patient patient, Practice practice) {
        for (int i = 0; i < warmup; i++) {
            make.apply(header(patient, practice));
        }
        progress.println("Mesure " + kind + " : " + documents + " documents…");
        progress.flush();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long cdaBytes = 0;
        long pdfBytes = 0;
        for (int i = 0; i < documents; i++) {
            CdaDocument document = make.apply(header(patient, practice));
            cdaBytes += document.xml().length;
            pdfBytes += document.pdf().length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = Math.max(1e-9, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        return new Result(kind, documents, seconds, documents / seconds, documents / cpuSeconds,
                cdaBytes / documents, pdfBytes / documents);
    }

    private static CdaHeader header(Patient patient, Practice practice) {
        return CdaHeaders.forPatient(patient, practice, DemoClinicalContent.author(practice.profile()), Instant.now(),
                CdaVersion.first());
    }
}

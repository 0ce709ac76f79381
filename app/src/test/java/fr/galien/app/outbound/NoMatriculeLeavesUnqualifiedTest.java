package fr.galien.app.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.fhir.PatientFhirBundle;
import fr.galien.core.cda.CdaDocument;
import fr.galien.core.cda.CdaHeader;
import fr.galien.core.cda.CdaHeaders;
import fr.galien.core.cda.CdaVersion;
import fr.galien.core.cda.ClinicalDocuments;
import fr.galien.core.demo.DemoClinicalContent;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.dmp.CdaPdfWrapping;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.identity.InsOid;
import fr.galien.core.port.DmpPort;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.dmp.DmpFhirClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import fr.galien.core.patient.io.PatientCsv;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only a qualified identity may leave the practice with its matricule (issue 4 §5, decisions.md "outbound"): every
 * payload Galien sends or writes for a third party is listed here, and none may carry the matricule of a patient who
 * is not qualified. The DMP, MSSanté and e-prescription issues add their payloads to {@link #payloads()}.
 */
class NoMatriculeLeavesUnqualifiedTest {

    /** ADRTROIS Dominique's test matricule (CNDA test identity, specs §2.4): never a real person. */
    private static final String MATRICULE = "297022A02077878";

    static Stream<Arguments> payloads() {
        Function<Patient, String> fhir = patient -> PatientFhirBundle.export(List.of(patient));
        Function<Patient, String> csv = patient -> {
            StringWriter out = new StringWriter();
            PatientCsv.write(List.of(patient), out);
            return out.toString();
        };
        // DMP (issue 12): the ITI-65 Bundle and the CDA N1 wrapping a PDF are built from InsExchange's answer only;
        // without a qualified INS nothing is built, nothing is sent (the core refuses with INS-0040).
        Function<Patient, String> dmpBundle = patient -> InsExchange.ifQualified(patient)
                .map(ins -> DmpFhirClient.transactionJson(dmpDocument(ins), "2.25.1")).orElse("");
        Function<Patient, String> dmpCda = patient -> InsExchange.ifQualified(patient)
                .map(ins -> new String(new CdaPdfWrapping().wrap(DOCTOR, PRACTICE, ins, pdf(patient), PDF,
                        "2.25.77").cda(), StandardCharsets.UTF_8)).orElse("");
        return Stream.of(Arguments.of("export FHIR", fhir), Arguments.of("export CSV", csv),
                Arguments.of("CDA VSM", cda(h -> ClinicalDocuments.vsm(h, DemoClinicalContent.vsm()), true)),
                Arguments.of("CDA eDISP-MED",
                        cda(h -> ClinicalDocuments.dispensation(h, DemoClinicalContent.dispensation()), false)),
                Arguments.of("CDA VAC-NOTE", cda(h -> ClinicalDocuments.vaccinationNote(h,
                        DemoClinicalContent.vaccination(java.time.LocalDate.of(2026, 1, 5))), false)),
                Arguments.of("CDA BPM (PDF)", cda(h -> ClinicalDocuments.medicationReview(h,
                        DemoClinicalContent.medicationReview()), false)),
                Arguments.of("DMP ITI-65", dmpBundle), Arguments.of("DMP CDA N1", dmpCda));
    }

    private static final Caller DOCTOR = Caller.pscProfessional("899700000001", "Paul INVENTE", Role.MEDECIN, "p");
    private static final Practice PRACTICE = new Practice("Cabinet", PracticeProfile.CABINET_MEDICAL, null,
            "73282932000074", PracticeMode.REAL);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private static PatientDocument pdf(Patient patient) {
        return new PatientDocument(UUID.randomUUID(), patient.id(), "2.25.5", "2.25.5", 1, null, null,
                DocumentType.COMPTE_RENDU_CONSULTATION, "CR", "application/pdf", Instant.parse("2026-12-07T10:00:00Z"),
                null, DocumentOrigin.LOCAL, Instant.parse("2026-12-07T10:00:00Z"), PDF.length, "0".repeat(64));
    }

    private static DmpPort.DmpDocument dmpDocument(QualifiedIns ins) {
        Instant when = Instant.parse("2026-12-07T10:00:00Z");
        return new DmpPort.DmpDocument(UUID.randomUUID(), ins, "2.25.77", "10", "11488-4", "2.16.840.1.113883.6.1",
                "CR", "urn:ihe:iti:xds-sd:pdf:2008", "CR", when, when, new DmpPort.DmpAuthor("899700000001", "INVENTE",
                "Paul", "10"), new DmpPort.DmpOrganisation("373282932000074", "Cabinet", "SA07", "AMBULATOIRE"), "N",
                null, PDF);
    }

    /**
     * A clinical document of a real practice about the patient, its CDA and PDF rendering as text; a refusal (the
     * core's INS rules) leaves nothing.
     */
    private static Function<Patient, String> cda(Function<CdaHeader, CdaDocument> make, boolean doctor) {
        return patient -> {
            Practice practice = new Practice("Cabinet réel", doctor ? PracticeProfile.CABINET_MEDICAL
                    : PracticeProfile.OFFICINE, "630000014", null, PracticeMode.REAL);
            try {
                CdaDocument document = make.apply(CdaHeaders.forPatient(patient, practice,
                        DemoClinicalContent.author(practice.profile()), java.time.Instant.now(), CdaVersion.first()));
                return new String(document.xml(), java.nio.charset.StandardCharsets.UTF_8)
                        + new String(document.pdf(), java.nio.charset.StandardCharsets.ISO_8859_1)
                        + pdfText(document.pdf());
            } catch (SegurException refused) {
                return "refusé : " + refused.code();
            }
        };
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> unqualifiedWithMatricule() {
        return payloads().flatMap(payload -> Stream.of(
                Arguments.of(payload.get()[0], payload.get()[1], patient(IdentityStatus.RECUPEREE, Set.of())),
                Arguments.of(payload.get()[0], payload.get()[1], patient(IdentityStatus.PROVISOIRE, Set.of())),
                Arguments.of(payload.get()[0], payload.get()[1], patient(IdentityStatus.VALIDEE, Set.of())),
                Arguments.of(payload.get()[0], payload.get()[1],
                        patient(IdentityStatus.QUALIFIEE, Set.of()).withArchived(true))));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("unqualifiedWithMatricule")
    void theMatriculeOfAnUnqualifiedIdentityNeverLeaves(String payload, Function<Patient, String> write,
                                                       Patient patient) {
        String written = write.apply(patient);

        assertThat(written).as(payload).doesNotContain(MATRICULE).doesNotContain(MATRICULE.substring(0, 13));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void aQualifiedIdentityLeavesWithItsMatricule(String payload, Function<Patient, String> write) {
        assertThat(write.apply(patient(IdentityStatus.QUALIFIEE, Set.of()))).as(payload).contains(MATRICULE);
    }

    private static Patient patient(IdentityStatus status, Set<IdentityAttribute> attributes) {
        return new Patient(UUID.fromString("0c4d3c1e-7f4e-4d7a-9a53-2b1f6f0b9e11"), "ADRTROIS", null,
                List.of("DOMINIQUE"), Sex.F, new BirthDate(1997, 2, 26), "2A020", Contact.NONE, status, MATRICULE,
                InsOid.NIR, attributes, false, 3);
    }
}

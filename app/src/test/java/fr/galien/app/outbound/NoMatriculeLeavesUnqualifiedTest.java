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
import fr.galien.core.identity.InsOid;
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
        return Stream.of(Arguments.of("export FHIR", fhir), Arguments.of("export CSV", csv),
                Arguments.of("CDA VSM", cda(h -> ClinicalDocuments.vsm(h, DemoClinicalContent.vsm()), true)),
                Arguments.of("CDA eDISP-MED",
                        cda(h -> ClinicalDocuments.dispensation(h, DemoClinicalContent.dispensation()), false)),
                Arguments.of("CDA VAC-NOTE", cda(h -> ClinicalDocuments.vaccinationNote(h,
                        DemoClinicalContent.vaccination(java.time.LocalDate.of(2026, 1, 5))), false)),
                Arguments.of("CDA BPM (PDF)", cda(h -> ClinicalDocuments.medicationReview(h,
                        DemoClinicalContent.medicationReview()), false)));
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

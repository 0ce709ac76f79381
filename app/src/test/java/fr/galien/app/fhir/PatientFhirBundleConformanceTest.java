package fr.galien.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import fr.galien.core.demo.DemoPatients;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Validates an exported Bundle against hl7.fhir.fr.core 2.1.0 with the HAPI validator, offline. The package is
 * reference data of ../shared (never shipped nor copied into the project): without it the test is skipped.
 */
class PatientFhirBundleConformanceTest {

    private static final String FR_CORE = "hl7.fhir.fr.core-2.1.0.tgz";

    @Test
    @SuppressWarnings("deprecation") // UnknownCodeSystemWarningValidationSupport: deprecated in 8.8.1, still works
    void exportedBundleConformsToFrCore() throws Exception {
        Path frCore = findPackage();
        Assumptions.assumeTrue(frCore != null, "skipped: no ../shared/conformance/fhir/packages/" + FR_CORE);

        FhirContext ctx = PatientFhirBundle.context();
        PrePopulatedValidationSupport frCoreSupport = new PrePopulatedValidationSupport(ctx);
        try (InputStream in = Files.newInputStream(frCore)) {
            NpmPackage npm = NpmPackage.fromPackage(in);
            for (String file : npm.list("package")) {
                if (file.endsWith(".json") && !file.startsWith(".") && !file.equals("package.json")) {
                    try (InputStream resource = npm.load("package", file)) {
                        frCoreSupport.addResource(ctx.newJsonParser().parseResource(resource));
                    }
                }
            }
        }
        UnknownCodeSystemWarningValidationSupport unknownCs = new UnknownCodeSystemWarningValidationSupport(ctx);
        unknownCs.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                frCoreSupport, new CommonCodeSystemsTerminologyService(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new SnapshotGeneratingValidationSupport(ctx),
                unknownCs);
        FhirValidator validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));

        Patient qualified = new Patient(UUID.randomUUID(), "ADRTROIS", null, List.of("Dominique", "Marie"), Sex.F,
                new BirthDate(1997, 2, 26), "2A020", Contact.NONE, IdentityStatus.QUALIFIEE, "297022A020778",
                "1.2.250.1.213.1.4.8", Set.of(), false, 0);
        List<Patient> patients = new ArrayList<>(DemoPatients.generate(5L, 40));
        patients.add(qualified);

        assertThat(errors(validator, PatientFhirBundle.export(patients))).isEmpty();
        // Control: the validator does apply fr-core-patient-ins (the birth list of first names is required there).
        String broken = PatientFhirBundle.export(List.of(qualified))
                .replace(PatientFhirBundle.EXT_BIRTH_LIST_GIVEN_NAME, "http://example.org/other");
        assertThat(errors(validator, broken)).isNotEmpty();
    }

    private static List<String> errors(FhirValidator validator, String json) {
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .filter(m -> !isKnownFrCore210Gap(m))
                .map(m -> m.getLocationString() + " : " + m.getMessage())
                .toList();
    }

    /**
     * fr-core 2.1.0 binds the INSEE-code extension (required) to a value set holding only overseas communes
     * (TRE_R13-CommuneOM), so every mainland or Corsican commune and every country is an error there; the official
     * QA reports the same on ANS examples (../shared/conformance/fhir/README.md, Limitations).
     */
    private static boolean isKnownFrCore210Gap(SingleValidationMessage m) {
        return m.getMessage().contains("fr-core-vs-insee-code");
    }

    private static Path findPackage() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/conformance/fhir/packages").resolve(FR_CORE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}

package fr.galien.dmp;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import fr.galien.core.port.DmpPort.DmpDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each ITI-65 Bundle the client sends, validated with HAPI's validator against the PDSm 3.1.1 profiles and their
 * parents (IHE MHD 4.2.3, fr-core 2.1.0, annuaire 1.1.0), loaded from {@code ../shared/conformance/fhir/packages}
 * (never copied into the project; skipped without it). The packages carry no NOS terminology (their README): codes
 * of the JDV are not checked, structure, cardinalities, slices and invariants are.
 */
class Iti65ProfileConformanceTest {

    private static final List<String> PACKAGES = List.of("hl7.fhir.fr.core-2.1.0", "local.xver-r5.r4.stub-0.1.0",
            "ihe.formatcode.fhir-1.4.0", "ihe.iti.balp-1.1.4", "ihe.iti.mhd-4.2.3", "ans.fhir.fr.annuaire-1.1.0",
            "ans.fhir.fr.pdsm-3.1.1");

    private static FhirValidator validator;

    @BeforeAll
    static void loadPackages() throws IOException {
        Optional<Path> packages = packages();
        Assumptions.assumeTrue(packages.isPresent(),
                "skipped: no ../shared/conformance/fhir/packages (the PDSm profiles are not in the project)");
        FhirContext context = FhirContext.forR4Cached();
        PrePopulatedValidationSupport loaded = new PrePopulatedValidationSupport(context);
        for (String name : PACKAGES) {
            load(context, loaded, packages.get().resolve(name + ".tgz"));
        }
        @SuppressWarnings("deprecation")
        UnknownCodeSystemWarningValidationSupport unknown = new UnknownCodeSystemWarningValidationSupport(context);
        unknown.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context), loaded,
                new CommonCodeSystemsTerminologyService(context), new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context), unknown);
        validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    @Test
    void aCdaN1ConsultationBundleIsValidAgainstThePdsmProfiles() {
        DmpDocument document = DmpTestData.consultation(DmpTestData.ADRUN, "2.25.1234567890", "conformité");
        assertNoErrors(Iti65Bundle.of(document, "2.25.42"));
    }

    @Test
    void aReplacementBundleIsValidToo() {
        DmpDocument document = DmpTestData.document(DmpTestData.ADRUN, "2.25.1234567891", "11488-4",
                "CR de consultation", "10", 2, "2.25.1234567890", "v2");
        assertNoErrors(Iti65Bundle.of(document, "2.25.42"));
    }

    @Test
    void aBundleMissingTheMasterIdentifierIsCaughtByTheValidator() {
        Bundle bundle = Iti65Bundle.of(DmpTestData.consultation(DmpTestData.ADRUN, "2.25.1", "x"), "2.25.42");
        ((org.hl7.fhir.r4.model.DocumentReference) bundle.getEntry().get(1).getResource()).setMasterIdentifier(null);
        assertThat(errors(bundle)).isNotEmpty();
    }

    private static void assertNoErrors(Bundle bundle) {
        assertThat(errors(bundle)).as(DmpFhir.json(bundle)).isEmpty();
    }

    private static List<String> errors(IBaseResource resource) {
        ValidationResult result = validator.validateWithResult(DmpFhir.json(resource));
        return result.getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(Iti65ProfileConformanceTest::describe).toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + " : " + message.getMessage();
    }

    private static void load(FhirContext context, PrePopulatedValidationSupport into, Path tgz) throws IOException {
        NpmPackage npm;
        try (InputStream file = Files.newInputStream(tgz)) {
            npm = NpmPackage.fromPackage(file);
        }
        for (String name : npm.list("package")) {
            if (!name.endsWith(".json") || name.equals("package.json") || name.startsWith(".")) {
                continue;
            }
            try (InputStream json = npm.load("package", name)) {
                into.addResource(context.newJsonParser().parseResource(new String(json.readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)));
            } catch (RuntimeException notAResource) {
                // An index or a file HAPI cannot read as a resource: not a profile.
            }
        }
    }

    /** {@code <project root>/../shared/conformance/fhir/packages}, walking up from the module directory. */
    private static Optional<Path> packages() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/conformance/fhir/packages");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

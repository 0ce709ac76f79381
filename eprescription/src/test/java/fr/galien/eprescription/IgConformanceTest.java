package fr.galien.eprescription;

import static fr.galien.eprescription.ErxFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import fr.galien.core.port.EPrescriptionPort.CodeSystem;
import fr.galien.core.port.EPrescriptionPort.Completeness;
import fr.galien.core.port.EPrescriptionPort.DispensedLine;
import fr.galien.core.port.EPrescriptionPort.NotDispensedReason;
import fr.galien.core.port.EPrescriptionPort.Posology;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import fr.galien.core.port.EPrescriptionPort.Product;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every document the client sends validates against the ANS ePrescription IG profiles ({@code fr-medicationrequest},
 * {@code fr-requestgroup-for-prescription}, fr-core {@code fr-core-patient-ins}, {@code fr-core-practitioner}) with
 * HAPI's validator and the packages of ../shared/conformance/fhir/packages, offline (no terminology server: the ANSM,
 * EDQM and NOS codes give warnings only). Skipped with a message when ../shared is absent.
 */
class IgConformanceTest {

    private static final List<String> PACKAGES = List.of("hl7.fhir.fr.core-2.1.0", "local.xver-r5.r4.stub-0.1.0",
            "ans.fhir.fr.eprescription-1.1.0-ballot");

    private static FhirValidator validator;

    @BeforeAll
    @SuppressWarnings("deprecation")
    static void loadPackages() throws Exception {
        Optional<Path> packages = SharedPackages.fhirPackages();
        assumeTrue(packages.isPresent(), "skipped: no ../shared (FHIR packages of ../shared/conformance/fhir)");
        FhirContext ctx = FhirWire.CONTEXT;
        NpmPackageValidationSupport npm = new NpmPackageValidationSupport(ctx);
        for (String name : PACKAGES) {
            try (InputStream in = Files.newInputStream(packages.get().resolve(name + ".tgz"))) {
                NpmPackage pkg = NpmPackage.fromPackage(in);
                for (String file : pkg.list("package")) {
                    if (file.endsWith(".json") && !file.equals("package.json")) {
                        try (InputStream resource = pkg.load("package", file)) {
                            npm.addResource(ctx.newJsonParser().parseResource(resource));
                        } catch (RuntimeException notAResource) {
                            // package.json-like files (index) are not conformance resources
                        }
                    }
                }
            }
        }
        UnknownCodeSystemWarningValidationSupport unknown = new UnknownCodeSystemWarningValidationSupport(ctx);
        unknown.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx), npm,
                new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx), unknown);
        validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    @Test
    void aPrescriptionBundleValidates() {
        assertValid(client().prepare(prescription(line(1, DOLIPRANE, "2", 0, false),
                line(2, AMOXICILLINE, "1", 3, true))).body());
    }

    @Test
    void freeTextPosologyAndSubstanceAndAldValidate() {
        PrescribedLine dc = new PrescribedLine(1, new Product(CodeSystem.SUBSTANCE, "2202", "PARACETAMOL"),
                Posology.free("1 g si douleur, 4 g par jour au plus"), new BigDecimal("1"), "boîte", null, 0, false,
                true);
        PrescribedLine cis = new PrescribedLine(2, new Product(CodeSystem.CIS, "60234100", "DOLIPRANE 1000 mg"),
                Posology.free("1 comprimé le soir"), new BigDecimal("2"), "boîte", 30, 2, false, false);
        assertValid(client().prepare(prescription(dc, cis)).body());
    }

    @Test
    void aDispensationValidates() {
        String body = client().prepare(dispensation("01S2TBPZ2JCNZZYGHZ", given(1, "1", Completeness.PARTIAL),
                new DispensedLine(2, BigDecimal.ONE, Completeness.COMPLETE,
                        new Product(CodeSystem.CIP13, GENERIC_CIP13, "PARACETAMOL 1000 mg"), null),
                new DispensedLine(3, BigDecimal.ZERO, Completeness.NOT_DISPENSED, null,
                        NotDispensedReason.RUPTURE))).body();
        assertValid(body);
    }

    @Test
    void theValidatorDoesRefuseABrokenPrescription() {
        String body = client().prepare(prescription(line(1, DOLIPRANE, "2", 0, false))).body()
                .replaceAll("\"authoredOn\":\"[^\"]+\",", "");
        assertThat(errors(body)).as("a MedicationRequest without authoredOn").isNotEmpty();
    }

    private static FhirEPrescriptionClient client() {
        return ErxFixtures.client(java.net.URI.create("http://127.0.0.1:9/fhir"));
    }

    private static void assertValid(String json) {
        assertThat(errors(json)).as(json).isEmpty();
    }

    private static List<String> errors(String json) {
        ValidationResult result = validator.validateWithResult(json);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .filter(m -> !knownFrCoreDefect(m))
                .map(IgConformanceTest::describe).toList();
    }

    /**
     * fr-core 2.1.0's {@code fr-core-vs-insee-code} (required on the birth place's INSEE code, which
     * fr-core-patient-ins makes mandatory) includes only the overseas communes: every metropolitan commune coded in
     * TRE_R13-Commune fails, and the ANS's own QA reports the same error on the IG's examples
     * (../shared/conformance/fhir/README.md, « Limitations »). Only that message is set aside.
     */
    private static boolean knownFrCoreDefect(SingleValidationMessage m) {
        return m.getMessage() != null && m.getMessage().contains("fr-core-vs-insee-code")
                && m.getMessage().contains("TRE_R13-Commune/FHIR/TRE-R13-Commune#");
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + " : " + m.getMessage();
    }
}

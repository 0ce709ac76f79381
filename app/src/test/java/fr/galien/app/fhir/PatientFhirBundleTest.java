package fr.galien.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.demo.DemoPatients;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatientFhirBundleTest {

    private static Patient patient(IdentityStatus status, String matricule, String oid) {
        return new Patient(UUID.fromString("6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"), "DE LA FONTAINE", "MARTIN",
                List.of("Marie-Thérèse", "Éloïse", "Anne"), Sex.F, new BirthDate(1980, 3, 12), "2A004",
                new Contact("06 00 00 00 01", "mt@example.org", "3 rue des Lilas\nBâtiment B", "20000", "Ajaccio"),
                status, matricule, oid, Set.of(), false, 0);
    }

    @Test
    void exportIsAPrettyCollectionBundleOfPatients() {
        String json = PatientFhirBundle.export(List.of(patient(IdentityStatus.PROVISOIRE, null, null)));

        assertThat(json).contains("\"resourceType\": \"Bundle\"", "\"type\": \"collection\"",
                "\"fullUrl\": \"urn:uuid:6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f\"", "\"resourceType\": \"Patient\"",
                "\"id\": \"6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f\"", "\n  ");
    }

    @Test
    void aPatientSurvivesARoundTrip() {
        Patient original = patient(IdentityStatus.VALIDEE, null, null);

        assertThat(PatientFhirBundle.parse(PatientFhirBundle.export(List.of(original)))).containsExactly(original);
    }

    @Test
    void aQualifiedPatientSurvivesARoundTripWithItsIns() {
        Patient original = patient(IdentityStatus.QUALIFIEE, "297022A020778", "1.2.250.1.213.1.4.8");

        String json = PatientFhirBundle.export(List.of(original));

        assertThat(json).contains("urn:oid:1.2.250.1.213.1.4.8", "\"INS-NIR\"", PatientFhirBundle.PROFILE_PATIENT_INS);
        assertThat(PatientFhirBundle.parse(json)).containsExactly(original);
    }

    @Test
    void aRecoveredPatientsMatriculeIsNotExported() {
        Patient recovered = patient(IdentityStatus.RECUPEREE, "297022A020778", "1.2.250.1.213.1.4.8");

        String json = PatientFhirBundle.export(List.of(recovered));

        assertThat(json).doesNotContain("297022A020778").doesNotContain("1.2.250.1.213.1.4.8")
                .contains("\"RECUP\"");
        assertThat(PatientFhirBundle.parse(json).get(0).matricule()).isNull();
    }

    @Test
    void aValidatedPatientsMatriculeIsNotExportedEither() {
        String json = PatientFhirBundle.export(List.of(patient(IdentityStatus.VALIDEE, "297022A020778",
                "1.2.250.1.213.1.4.8")));

        assertThat(json).doesNotContain("297022A020778");
    }

    @Test
    void qualifiedIdentityCarriesOnlyTheFirstGivenAndTheWholeListInTheExtension() {
        String json = PatientFhirBundle.export(List.of(patient(IdentityStatus.QUALIFIEE, "297022A020778",
                "1.2.250.1.213.1.4.8")));

        assertThat(json).contains("\"valueString\": \"Marie-Thérèse Éloïse Anne\"")
                .contains("\"given\": [ \"Marie-Thérèse\" ]");
    }

    @Test
    void niaIsExportedAsATemporaryIdentifier() {
        String json = PatientFhirBundle.export(List.of(patient(IdentityStatus.QUALIFIEE, "1090763220888",
                "1.2.250.1.213.1.4.9")));

        assertThat(json).contains("\"use\": \"temp\"", "\"INS-NIA\"");
    }

    @ParameterizedTest
    @CsvSource({"1980-03-12,1980-03-12", "1980-03-00,1980-03", "1980-00-00,1980"})
    void partialBirthDatesUseFhirPartialDates(String ours, String fhir) {
        BirthDate date = BirthDate.parseIso(ours).orElseThrow();

        assertThat(PatientFhirBundle.toFhirDate(date)).isEqualTo(fhir);
        assertThat(PatientFhirBundle.fromFhirDate(fhir)).contains(date);
    }

    @Test
    void partialBirthDatesSurviveARoundTrip() {
        Patient p = patient(IdentityStatus.PROVISOIRE, null, null);
        Patient yearOnly = new Patient(p.id(), p.birthName(), null, p.firstNames(), Sex.I, new BirthDate(1980, 0, 0),
                "99350", Contact.NONE, IdentityStatus.PROVISOIRE, null, null, Set.of(), true, 0);

        String json = PatientFhirBundle.export(List.of(yearOnly));

        assertThat(json).contains("\"birthDate\": \"1980\"", "\"gender\": \"unknown\"",
                PatientFhirBundle.CS_COUNTRY, "\"active\": false");
        assertThat(PatientFhirBundle.parse(json)).containsExactly(yearOnly);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><b>x", "'; DROP TABLE patient; --", "Zoé 👩‍⚕️🎉", "LE \"GRAND\""})
    void trickyNamesSurviveARoundTrip(String name) {
        Patient p = patient(IdentityStatus.PROVISOIRE, null, null);
        Patient tricky = new Patient(p.id(), name, name, List.of(name, "Jean Pierre"), Sex.M, p.birthDate(),
                p.birthPlaceCode(), p.contact(), p.identityStatus(), null, null, Set.of(), false, 0);

        assertThat(PatientFhirBundle.parse(PatientFhirBundle.export(List.of(tricky)))).containsExactly(tricky);
    }

    @Test
    void theDemoPatientsSurviveARoundTrip() {
        List<Patient> demo = DemoPatients.generate(3L, 120);

        assertThat(PatientFhirBundle.parse(PatientFhirBundle.export(demo))).isEqualTo(demo);
    }

    @Test
    void otherGenderReadsAsIndeterminate() {
        String json = PatientFhirBundle.export(List.of(patient(IdentityStatus.PROVISOIRE, null, null)))
                .replace("\"female\"", "\"other\"");

        assertThat(PatientFhirBundle.parse(json).get(0).sex()).isEqualTo(Sex.I);
    }

    @Test
    void aPatientWithoutIdGetsANewOne() {
        String json = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"ADRUN\",\"given\":[\"Zoé\"]}],"
                + "\"gender\":\"female\",\"birthDate\":\"1975-12-31\"}}]}";

        Patient p = PatientFhirBundle.parse(json).get(0);

        assertThat(p.id()).isNotNull();
        assertThat(p.birthName()).isEqualTo("ADRUN");
        assertThat(p.firstNames()).containsExactly("Zoé");
        assertThat(p.identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
    }

    @Test
    void invalidJsonIsRefusedWithAFrenchMessage() {
        assertThatThrownBy(() -> PatientFhirBundle.parse("{ pas du json"))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("IO-0007");
                    assertThat(e.userMessage()).startsWith("Le contenu n'est pas un JSON FHIR lisible");
                });
    }

    @Test
    void emptyTextIsRefused() {
        assertThatThrownBy(() -> PatientFhirBundle.parse(" "))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("IO-0007"));
    }

    @Test
    void aResourceOtherThanABundleIsRefused() {
        assertThatThrownBy(() -> PatientFhirBundle.parse("{\"resourceType\":\"Observation\",\"status\":\"final\"}"))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("IO-0008");
                    assertThat(e.userMessage()).contains("« Observation »");
                });
    }

    @Test
    void aBundleEntryOtherThanAPatientIsRefused() {
        String json = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Practitioner\"}}]}";

        assertThatThrownBy(() -> PatientFhirBundle.parse(json))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("IO-0008"));
    }

    @Test
    void aPatientWithANonUuidIdIsRefusedWithItsNumber() {
        String json = PatientFhirBundle.export(List.of(patient(IdentityStatus.PROVISOIRE, null, null),
                        patient(IdentityStatus.PROVISOIRE, null, null)))
                .replaceFirst("\"id\": \"6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f\"", "\"id\": \"abc\"");

        assertThatThrownBy(() -> PatientFhirBundle.parse(json))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("IO-0009");
                    assertThat(e.userMessage()).isEqualTo(
                            "Patient FHIR n° 1 illisible : identifiant « abc » invalide : un UUID est attendu");
                });
    }

    @Test
    void anUnknownIdentityStatusIsRefused() {
        String json = PatientFhirBundle.export(List.of(patient(IdentityStatus.PROVISOIRE, null, null)))
                .replace("\"PROV\"", "\"DOUT\"");

        assertThatThrownBy(() -> PatientFhirBundle.parse(json))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("IO-0009"));
    }
}

package fr.galien.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.FieldError;
import java.time.LocalDate;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Patient valid() {
        return Patient.draft("Dupont", null, List.of("Marie", "Thérèse"), Sex.F, new BirthDate(1980, 3, 12), "75056",
                Contact.NONE);
    }

    private static Patient with(String birthName, List<String> firstNames, Sex sex, BirthDate birthDate,
                                String birthPlace, Contact contact) {
        return Patient.draft(birthName, null, firstNames, sex, birthDate, birthPlace, contact);
    }

    private static List<String> fields(Patient patient) {
        return PatientValidator.validate(patient, TODAY).stream().map(FieldError::field).toList();
    }

    @Test
    void validPatientHasNoError() {
        assertThat(PatientValidator.validate(valid(), TODAY)).isEmpty();
    }

    @Test
    void missingBirthNameIsReportedInFrench() {
        List<FieldError> errors = PatientValidator.validate(
                with("  ", List.of("Marie"), Sex.F, new BirthDate(1980, 3, 12), null, null), TODAY);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("birthName");
            assertThat(error.text()).isEqualTo("Le nom de naissance est obligatoire.");
        });
    }

    @Test
    void birthDateInTheFutureIsRefused() {
        List<FieldError> errors = PatientValidator.validate(
                with("Dupont", List.of("Marie"), Sex.F, BirthDate.of(TODAY.plusDays(1)), null, null), TODAY);
        assertThat(errors).extracting(FieldError::text)
                .containsExactly("La date de naissance ne peut pas être dans le futur.");
    }

    @Test
    void lunarDateOfThisYearIsNotInTheFuture() {
        assertThat(fields(with("Dupont", List.of("Marie"), Sex.F, new BirthDate(TODAY.getYear(), 0, 0), null, null)))
                .isEmpty();
    }

    @Test
    void unknownSexIsRefused() {
        List<FieldError> errors = PatientValidator.validate(
                with("Dupont", List.of("Marie"), null, new BirthDate(1980, 3, 12), null, null), TODAY);
        assertThat(errors).extracting(FieldError::field, FieldError::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sex", "Le sexe doit être M, F ou I."));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(fields(with(null, List.of(), null, null, "7505", null)))
                .containsExactly("birthName", "firstNames", "sex", "birthDate", "birthPlaceCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"75056", "2A004", "2B033", "99134"})
    void birthPlaceCodesThatAreAccepted(String code) {
        assertThat(fields(with("Dupont", List.of("Marie"), Sex.F, new BirthDate(1980, 3, 12), code, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7505", "750561", "2C004", "ABCDE", "2a004"})
    void birthPlaceCodesThatAreRefused(String code) {
        assertThat(fields(with("Dupont", List.of("Marie"), Sex.F, new BirthDate(1980, 3, 12), code, null)))
                .containsExactly("birthPlaceCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><b>x", "'; DROP TABLE patient; --", "Zoé 🌸", "O'Connor-Dupré"})
    void unusualButPrintableNamesAreAccepted(String name) {
        assertThat(fields(with(name, List.of(name), Sex.I, new BirthDate(1980, 3, 12), null, null))).isEmpty();
    }

    @Test
    void twoHundredCharacterNameIsAcceptedAndTooLongOneRefused() {
        assertThat(fields(with("A".repeat(200), List.of("B"), Sex.F, new BirthDate(1980, 3, 12), null, null))).isEmpty();
        assertThat(fields(with("A".repeat(256), List.of("B"), Sex.F, new BirthDate(1980, 3, 12), null, null)))
                .containsExactly("birthName");
    }

    @Test
    void controlCharacterInAFirstNameIsRefused() {
        assertThat(fields(with("Dupont", List.of("Ma\u001Frie"), Sex.F, new BirthDate(1980, 3, 12), null, null)))
                .containsExactly("firstNames");
    }

    @Test
    void contactFieldsAreNamedWithTheirPath() {
        Contact contact = new Contact("abc", "pas-un-email", null, "7500", null);
        assertThat(fields(with("Dupont", List.of("Marie"), Sex.F, new BirthDate(1980, 3, 12), null, contact)))
                .containsExactly("contact.email", "contact.phone", "contact.postalCode");
    }

    @Test
    void qualifiedIdentityNeedsMatriculeAndOid() {
        Patient patient = new Patient(UUID.randomUUID(), "Dupont", null, List.of("Marie"), Sex.F,
                new BirthDate(1980, 3, 12), null, null, IdentityStatus.QUALIFIEE, null, null, Set.of(), false, 0);
        assertThat(fields(patient)).containsExactly("identityStatus");
    }

    @Test
    void malformedMatriculeIsRefused() {
        Patient patient = new Patient(UUID.randomUUID(), "Dupont", null, List.of("Marie"), Sex.F,
                new BirthDate(1980, 3, 12), null, null, IdentityStatus.PROVISOIRE, "2800375X1234567", null, Set.of(), false, 0);
        assertThat(fields(patient)).containsExactly("matricule");
    }
}

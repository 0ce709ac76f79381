package fr.galien.core.vet;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.Animal;
import fr.galien.core.domain.AnimalSex;
import fr.galien.core.error.FieldError;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnimalValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Animal withIdentification(String identification) {
        return new Animal(null, null, "Rex", "chien", null, AnimalSex.MALE, null, identification, false, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"250990000012345", "250 99 00000 12345", "2ABC123", "abc", "ABCDE12345"})
    void transpondersAndTattoosAreAccepted(String identification) {
        assertThat(AnimalValidator.validate(withIdentification(identification), TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25099000001234", "2509900000123456", "AB", "ABCDEFGHIJK", "AB#12", "2ABC12é"})
    void otherIdentificationsAreRefused(String identification) {
        assertThat(AnimalValidator.validate(withIdentification(identification), TODAY))
                .extracting(FieldError::field).containsExactly("identificationNumber");
    }

    @ParameterizedTest
    @CsvSource(value = {"'',chien,MALE,name", "Rex,'',MALE,species", "Rex,chien,,sex"}, nullValues = "")
    void nameSpeciesAndSexAreRequired(String name, String species, AnimalSex sex, String field) {
        Animal animal = new Animal(null, null, name, species, null, sex, null, null, false, 0);

        assertThat(AnimalValidator.validate(animal, TODAY)).extracting(FieldError::field).containsExactly(field);
    }
}

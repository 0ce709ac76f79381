package fr.galien.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.Animal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoVeterinaryTest {

    private static final List<DemoVeterinary.Household> HOUSEHOLDS = DemoVeterinary.generate(42L, 80);

    @Test
    void generatesTheRequestedNumberOfOwnersEachWithAnimals() {
        assertThat(HOUSEHOLDS).hasSize(80).allSatisfy(h -> assertThat(h.animals()).isNotEmpty());
    }

    @Test
    void sameSeedGivesTheSameHouseholds() {
        assertThat(DemoVeterinary.generate(42L, 80)).isEqualTo(HOUSEHOLDS);
    }

    @Test
    void animalsBelongToTheirOwner() {
        assertThat(HOUSEHOLDS).allSatisfy(h -> assertThat(h.animals()).allSatisfy(a ->
                assertThat(a.ownerId()).isEqualTo(h.owner().id())));
    }

    @Test
    void everySpeciesIsRepresented() {
        assertThat(animals().stream().map(Animal::species).distinct()).containsExactlyInAnyOrderElementsOf(
                DemoVeterinary.SPECIES);
    }

    @Test
    void transpondersAreFifteenDigitsStartingWith250() {
        assertThat(animals().stream().map(Animal::identificationNumber).filter(n -> n != null))
                .isNotEmpty().allSatisfy(n -> assertThat(n).matches("250\\d{12}"));
    }

    @Test
    void animalsAreNamedAndBornInThePast() {
        assertThat(animals()).allSatisfy(a -> {
            assertThat(a.name()).isNotBlank();
            assertThat(a.breed()).isNotBlank();
            assertThat(a.sex()).isNotNull();
            assertThat(a.birthDate()).isBefore(LocalDate.now());
        });
    }

    @Test
    void ownersHaveNamesAndInventedContacts() {
        assertThat(HOUSEHOLDS).allSatisfy(h -> {
            assertThat(h.owner().lastName()).isNotBlank();
            assertThat(h.owner().firstName()).isNotBlank();
            assertThat(h.owner().contact().email()).matches(".+@(example\\.org|demo\\.fr-test)");
        });
    }

    private static List<Animal> animals() {
        return HOUSEHOLDS.stream().flatMap(h -> h.animals().stream()).toList();
    }
}

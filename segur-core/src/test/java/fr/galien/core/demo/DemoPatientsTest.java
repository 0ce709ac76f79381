package fr.galien.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoPatientsTest {

    private static final List<Patient> DEMO = DemoPatients.generate(42L, 250);

    @Test
    void generatesTheRequestedCount() {
        assertThat(DEMO).hasSize(250);
        assertThat(DemoPatients.generate(1L, 5)).hasSize(5);
        assertThat(DemoPatients.generate(1L, 0)).isEmpty();
    }

    @Test
    void sameSeedGivesTheSamePatientsIdsIncluded() {
        assertThat(DemoPatients.generate(42L, 250)).isEqualTo(DEMO);
    }

    @Test
    void anotherSeedGivesOtherIds() {
        assertThat(DemoPatients.generate(43L, 250).get(0).id()).isNotEqualTo(DEMO.get(0).id());
    }

    @Test
    void idsAreUnique() {
        assertThat(DEMO.stream().map(Patient::id).distinct()).hasSize(DEMO.size());
    }

    @Test
    void everyPatientPassesBasicSanity() {
        LocalDate today = LocalDate.now();
        assertThat(DEMO).allSatisfy(p -> {
            assertThat(p.birthName()).isNotBlank();
            assertThat(p.firstNames()).isNotEmpty().allSatisfy(n -> assertThat(n).isNotBlank());
            assertThat(p.sex()).isNotNull();
            assertThat(p.birthDate()).isNotNull();
            assertThat(p.birthDate().isAfter(today)).isFalse();
            assertThat(p.birthDate().isAfter(DemoPatients.REFERENCE_DATE)).isFalse();
            assertThat(p.birthPlaceCode()).matches("(\\d{5}|2[AB]\\d{3})");
        });
    }

    @Test
    void containsAtLeastThreePairsOfTwins() {
        Map<String, Set<List<String>>> siblings = DEMO.stream().collect(Collectors.groupingBy(
                p -> p.birthName() + "|" + p.birthDate(), Collectors.mapping(Patient::firstNames, Collectors.toSet())));

        assertThat(siblings.values().stream().filter(firstNames -> firstNames.size() >= 2)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void containsHomonymsBornOnDifferentDays() {
        Map<String, Set<BirthDate>> dates = DEMO.stream().collect(Collectors.groupingBy(
                p -> p.birthName() + "|" + p.firstNames(), Collectors.mapping(Patient::birthDate, Collectors.toSet())));

        assertThat(dates.values().stream().filter(d -> d.size() >= 2)).isNotEmpty();
    }

    @Test
    void containsApostrophesHyphensParticlesAndAccents() {
        assertThat(DEMO).anySatisfy(p -> assertThat(p.birthName()).contains("'"));
        assertThat(DEMO).anySatisfy(p -> assertThat(p.birthName()).contains("-"));
        assertThat(DEMO).anySatisfy(p -> assertThat(p.birthName()).contains(" "));
        assertThat(DEMO).anySatisfy(p -> assertThat(p.firstNames()).anySatisfy(n -> assertThat(n).contains("-")));
        assertThat(DEMO).anySatisfy(p -> assertThat(p.firstNames()).anySatisfy(n -> assertThat(n).containsPattern("[éèëïîôçÉ]")));
        assertThat(DEMO).anySatisfy(p -> assertThat(p.birthName()).containsPattern("[ÉÈÊËÇÔÎÏ]"));
    }

    @Test
    void containsMarriedNamesDifferingFromBirthNames() {
        assertThat(DEMO).anySatisfy(p -> assertThat(p.usedName()).isNotNull().isNotEqualTo(p.birthName()));
    }

    @Test
    void containsPartialBirthDates() {
        assertThat(DEMO).anySatisfy(p -> assertThat(p.birthDate().month()).isZero());
        assertThat(DEMO).anySatisfy(p -> assertThat(p.birthDate().day()).isZero()
                .satisfies(d -> assertThat(p.birthDate().month()).isNotZero()));
    }

    @Test
    void severalPatientsStartWithDupo() {
        Set<String> dupo = DEMO.stream().flatMap(p -> java.util.stream.Stream.of(p.birthName(), p.usedName()))
                .filter(n -> n != null && n.toLowerCase(Locale.ROOT).startsWith("dupo")).collect(Collectors.toSet());

        assertThat(dupo).contains("DUPONT", "DUPOND", "DUPONTEL");
    }

    @Test
    void birthPlacesIncludeCorsicaAndAbroad() {
        assertThat(DEMO).anySatisfy(p -> assertThat(p.birthPlaceCode()).startsWith("2A"));
        assertThat(DEMO).anySatisfy(p -> assertThat(p.birthPlaceCode()).startsWith("99"));
    }

    @Test
    void everyoneIsProvisionalWithoutInsBecauseNobodyIsKnownToInsi() {
        assertThat(DEMO).allSatisfy(p -> {
            assertThat(p.identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
            assertThat(p.matricule()).isNull();
            assertThat(p.oid()).isNull();
        });
    }

    @Test
    void contactsUseInventedDomainsAndPhones() {
        List<Patient> withContact = DEMO.stream().filter(p -> p.contact().email() != null).toList();

        assertThat(withContact).isNotEmpty().allSatisfy(p -> {
            assertThat(p.contact().email()).matches(".+@(example\\.org|demo\\.fr-test)");
            assertThat(p.contact().phone()).startsWith("06 00 0");
        });
    }

    @Test
    void benchmarkGeneratorIsDeterministicAndSane() {
        List<Patient> a = DemoPatients.generateForBenchmark(7L, 10_000);
        List<Patient> b = DemoPatients.generateForBenchmark(7L, 10_000);

        assertThat(a).hasSize(10_000).isEqualTo(b);
        assertThat(a).allSatisfy(p -> {
            assertThat(p.birthName()).isNotBlank();
            assertThat(p.firstNames()).isNotEmpty();
            assertThat(p.sex()).isNotNull();
            assertThat(p.birthDate().isAfter(LocalDate.now())).isFalse();
        });
    }

    @Test
    void benchmarkNamesHaveRealisticVariety() {
        List<Patient> patients = DemoPatients.generateForBenchmark(7L, 100_000);

        Map<String, Long> bySurname = patients.stream().collect(Collectors.groupingBy(Patient::birthName,
                Collectors.counting()));
        assertThat(bySurname.size()).isGreaterThan(2_000);
        assertThat(patients.stream().map(Patient::firstFirstName).distinct().count()).isGreaterThan(400);
        // The most common surname is common but not overwhelming (real files: MARTIN is under 1 %).
        assertThat(bySurname.values().stream().mapToLong(Long::longValue).max().orElseThrow()).isBetween(100L, 2_000L);
        // A two-letter prefix selects a small share of the file, as in real life.
        long ma = patients.stream().filter(p -> p.birthName().startsWith("MA")).count();
        assertThat(ma).isBetween(1_000L, 20_000L);
        assertThat(patients.stream().map(Patient::birthName).collect(Collectors.toSet()))
                .extracting(Function.identity()).isNotEmpty();
    }
}

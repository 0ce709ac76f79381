package fr.galien.core.patient.duplicates;

import static fr.galien.core.patient.duplicates.MatchReason.BIRTH_DATE_TYPO;
import static fr.galien.core.patient.duplicates.MatchReason.COMPATIBLE_PARTIAL_BIRTH_DATES;
import static fr.galien.core.patient.duplicates.MatchReason.CROSSED_NAMES;
import static fr.galien.core.patient.duplicates.MatchReason.DIFFERENT_BIRTH_DATES;
import static fr.galien.core.patient.duplicates.MatchReason.DIFFERENT_BIRTH_PLACES;
import static fr.galien.core.patient.duplicates.MatchReason.DIFFERENT_FIRST_NAMES;
import static fr.galien.core.patient.duplicates.MatchReason.DIFFERENT_MATRICULES;
import static fr.galien.core.patient.duplicates.MatchReason.DIFFERENT_NAMES;
import static fr.galien.core.patient.duplicates.MatchReason.DIFFERENT_QUALIFIED_MATRICULES;
import static fr.galien.core.patient.duplicates.MatchReason.DIFFERENT_SEX;
import static fr.galien.core.patient.duplicates.MatchReason.FIRST_NAMES_REORDERED;
import static fr.galien.core.patient.duplicates.MatchReason.SAME_BIRTH_DATE;
import static fr.galien.core.patient.duplicates.MatchReason.SAME_BIRTH_NAME;
import static fr.galien.core.patient.duplicates.MatchReason.SAME_BIRTH_PLACE;
import static fr.galien.core.patient.duplicates.MatchReason.SAME_FIRST_FIRST_NAME;
import static fr.galien.core.patient.duplicates.MatchReason.SAME_FIRST_NAMES;
import static fr.galien.core.patient.duplicates.MatchReason.SAME_MATRICULE;
import static fr.galien.core.patient.duplicates.MatchReason.SIMILAR_BIRTH_NAMES;
import static fr.galien.core.patient.duplicates.MatchReason.SIMILAR_FIRST_NAMES;
import static fr.galien.core.patient.duplicates.MatchReason.SWAPPED_DAY_AND_MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Sex;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The score of every kind of pair the counter produces, as a table: one row, one reason to fail. */
class DuplicateScorerTest {

    /** Reference person: DUPONT Marie Claire, F, 12/03/1980, born in Paris (75056), no INS. */
    private static final Person MARIE = new Person("DUPONT", null, List.of("Marie", "Claire"), Sex.F, "1980-03-12",
            "75056", IdentityStatus.PROVISOIRE, null);

    record Person(String birthName, String usedName, List<String> firstNames, Sex sex, String birthDate,
                  String birthPlace, IdentityStatus status, String matricule) {

        DuplicateCandidate candidate() {
            return new DuplicateCandidate(UUID.randomUUID(), birthName, usedName, firstNames, sex,
                    BirthDate.parseIso(birthDate).orElseThrow(), birthPlace, status, matricule,
                    matricule == null ? null : "1.2.250.1.213.1.4.8");
        }

        Person birthName(String value) {
            return new Person(value, usedName, firstNames, sex, birthDate, birthPlace, status, matricule);
        }

        Person usedName(String value) {
            return new Person(birthName, value, firstNames, sex, birthDate, birthPlace, status, matricule);
        }

        Person firstNames(String... values) {
            return new Person(birthName, usedName, List.of(values), sex, birthDate, birthPlace, status, matricule);
        }

        Person sex(Sex value) {
            return new Person(birthName, usedName, firstNames, value, birthDate, birthPlace, status, matricule);
        }

        Person born(String value) {
            return new Person(birthName, usedName, firstNames, sex, value, birthPlace, status, matricule);
        }

        Person place(String value) {
            return new Person(birthName, usedName, firstNames, sex, birthDate, value, status, matricule);
        }

        Person ins(IdentityStatus value, String matriculeValue) {
            return new Person(birthName, usedName, firstNames, sex, birthDate, birthPlace, value, matriculeValue);
        }
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                // description, other person, minimum, maximum, reasons expected (in order, a subset of the list)
                Arguments.of("identical records", MARIE, 100, 100,
                        List.of(SAME_BIRTH_NAME, SAME_FIRST_NAMES, SAME_BIRTH_DATE, SAME_BIRTH_PLACE)),
                Arguments.of("typo in the birth name", MARIE.birthName("DUPOND"), 85, 95,
                        List.of(SIMILAR_BIRTH_NAMES, SAME_FIRST_NAMES, SAME_BIRTH_DATE)),
                Arguments.of("hyphen and case in first names", MARIE.firstNames("marie-claire"), 100, 100,
                        List.of(SAME_FIRST_NAMES)),
                Arguments.of("only the first first name", MARIE.firstNames("Marie"), 95, 98,
                        List.of(SAME_FIRST_FIRST_NAME)),
                Arguments.of("first names in another order", MARIE.firstNames("Claire", "Marie"), 90, 96,
                        List.of(FIRST_NAMES_REORDERED)),
                Arguments.of("typo in the first name", MARIE.firstNames("Mari"), 85, 99,
                        List.of(SIMILAR_FIRST_NAMES)),
                Arguments.of("day and month swapped", MARIE.born("1980-12-03"), 90, 96,
                        List.of(SWAPPED_DAY_AND_MONTH)),
                Arguments.of("unknown day (lunar date)", MARIE.born("1980-03-00"), 90, 96,
                        List.of(COMPATIBLE_PARTIAL_BIRTH_DATES)),
                Arguments.of("only the year known", MARIE.born("1980-00-00"), 90, 96,
                        List.of(COMPATIBLE_PARTIAL_BIRTH_DATES)),
                Arguments.of("one digit of the day mistyped", MARIE.born("1980-03-13"), 85, 92,
                        List.of(BIRTH_DATE_TYPO)),
                Arguments.of("two digits of the year swapped", MARIE.born("1908-03-12"), 85, 92,
                        List.of(BIRTH_DATE_TYPO)),
                Arguments.of("married name typed as birth name",
                        MARIE.birthName("MARTIN").usedName("DUPONT").place(null), 85, 92, List.of(CROSSED_NAMES)),
                Arguments.of("sex mistyped", MARIE.sex(Sex.M), 88, 92, List.of(DIFFERENT_SEX)),
                Arguments.of("birth place unknown on one side", MARIE.place(null), 94, 96, List.of(SAME_BIRTH_DATE)),
                Arguments.of("another birth place", MARIE.place("69123"), 88, 91, List.of(DIFFERENT_BIRTH_PLACES)),
                Arguments.of("twin sister: same name, date and place, other first names",
                        MARIE.firstNames("Anaïs", "Sophie"), 0, 50, List.of(DIFFERENT_FIRST_NAMES)),
                Arguments.of("homonym: same names, another birth date", MARIE.born("1961-10-09"), 0, 50,
                        List.of(DIFFERENT_BIRTH_DATES)),
                Arguments.of("someone else born the same day", MARIE.birthName("BERNARD").firstNames("Lucie"), 0, 30,
                        List.of(DIFFERENT_NAMES, DIFFERENT_FIRST_NAMES)),
                Arguments.of("twin brother", MARIE.firstNames("Jean").sex(Sex.M), 0, 50,
                        List.of(DIFFERENT_FIRST_NAMES, DIFFERENT_SEX)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void scoresEachKindOfPair(String description, Person other, int minimum, int maximum,
                              List<MatchReason> reasons) {
        Similarity similarity = DuplicateScorer.score(MARIE.candidate(), other.candidate());

        assertThat(similarity.score()).as(description + " " + similarity).isBetween(minimum, maximum);
        assertThat(similarity.reasons()).as(description).containsSubsequence(reasons);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theScoreIsSymmetric(String description, Person other, int minimum, int maximum, List<MatchReason> reasons) {
        DuplicateCandidate a = MARIE.candidate();
        DuplicateCandidate b = other.candidate();

        assertThat(DuplicateScorer.score(a, b).score()).isEqualTo(DuplicateScorer.score(b, a).score());
    }

    @Test
    void theSameMatriculeIsCertainWhateverTheTraits() {
        Person other = MARIE.birthName("MARTIN").firstNames("Claire").ins(IdentityStatus.RECUPEREE, "280037505612345");

        Similarity similarity = DuplicateScorer.score(
                MARIE.ins(IdentityStatus.QUALIFIEE, "280037505612345").candidate(), other.candidate());

        assertThat(similarity.score()).isEqualTo(100);
        assertThat(similarity.reasons()).startsWith(SAME_MATRICULE);
    }

    @Test
    void theSameThirteenDigitsWithAnotherKeyAreTheSameMatricule() {
        Similarity similarity = DuplicateScorer.score(MARIE.ins(IdentityStatus.RECUPEREE, "280037505612345").candidate(),
                MARIE.ins(IdentityStatus.RECUPEREE, "280037505612399").candidate());

        assertThat(similarity.score()).isEqualTo(100);
    }

    @Test
    void twoDifferentQualifiedMatriculesAreTwoPeopleEvenWithIdenticalTraits() {
        Similarity similarity = DuplicateScorer.score(MARIE.ins(IdentityStatus.QUALIFIEE, "280037505612345").candidate(),
                MARIE.ins(IdentityStatus.QUALIFIEE, "280037505699945").candidate());

        assertThat(similarity.score()).isZero();
        assertThat(similarity.reasons()).startsWith(DIFFERENT_QUALIFIED_MATRICULES);
    }

    @Test
    void differentMatriculesNotBothQualifiedWeighAgainst() {
        Similarity similarity = DuplicateScorer.score(MARIE.ins(IdentityStatus.QUALIFIEE, "280037505612345").candidate(),
                MARIE.ins(IdentityStatus.RECUPEREE, "280037505699945").candidate());

        assertThat(similarity.score()).isEqualTo(100 - DuplicateScorer.DIFFERENT_MATRICULES_PENALTY);
        assertThat(similarity.reasons()).startsWith(DIFFERENT_MATRICULES);
    }

    @Test
    void aMatriculeOnOneSideOnlyChangesNothing() {
        Similarity similarity = DuplicateScorer.score(MARIE.ins(IdentityStatus.QUALIFIEE, "280037505612345").candidate(),
                MARIE.candidate());

        assertThat(similarity.score()).isEqualTo(100);
        assertThat(similarity.reasons()).doesNotContain(SAME_MATRICULE, DIFFERENT_MATRICULES);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
        "1980-03-12, 1980-03-13, true",
        "1961-04-18, 1916-04-18, true",
        "1980-03-12, 1980-03-21, true",
        "1980-03-12, 1981-04-12, false",
        "1980-03-12, 1980-12-03, false",
    })
    void aBirthDateTypoIsOneDigitOrTwoNeighboursSwapped(String a, String b, boolean typo) {
        assertThat(DuplicateScorer.oneTypoApart(a, b)).isEqualTo(typo);
    }

    @Test
    void everyReasonHasAFrenchText() {
        for (MatchReason reason : MatchReason.values()) {
            assertThat(reason.text()).as(reason.name()).isNotBlank().doesNotContain("''");
        }
    }
}

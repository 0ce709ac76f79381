package fr.galien.core.patient.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.demo.DemoPatients;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    private static DuplicateCandidate person(String birthName, String usedName, String firstName, String birthDate) {
        return new DuplicateCandidate(UUID.randomUUID(), birthName, usedName, List.of(firstName), Sex.F,
                BirthDate.parseIso(birthDate).orElseThrow(), "75056", IdentityStatus.PROVISOIRE, null, null);
    }

    @Test
    void findsEveryPairTheBruteForceFindsOnDemoPatientsWithCounterMistakes() {
        List<DuplicateCandidate> candidates = withMistakes(DemoPatients.generate(7L, 1200), new Random(7L));

        Set<String> blocked = pairs(DuplicateDetector.find(candidates, DuplicateScorer.DEFAULT_THRESHOLD));
        Set<String> everyPair = bruteForce(candidates, DuplicateScorer.DEFAULT_THRESHOLD);

        assertThat(everyPair).hasSizeGreaterThan(55); // most of the 60 planted mistakes, at least
        Set<String> missed = new HashSet<>(everyPair);
        missed.removeAll(blocked);
        assertThat(missed).as("pairs the blocking keys miss").isEmpty();
        assertThat(blocked).isEqualTo(everyPair);
    }

    @Test
    void pairsComeBestFirst() {
        List<DuplicateCandidate> candidates = List.of(
                person("DUPONT", null, "Marie", "1980-03-12"),
                person("DUPOND", null, "Marie", "1980-03-12"),
                person("LEROY", null, "Paul", "1990-01-01"),
                person("LEROY", null, "Paul", "1990-01-01"));

        List<DuplicateDetector.ScoredPair> found = DuplicateDetector.find(candidates, 50);

        assertThat(found).extracting(DuplicateDetector.ScoredPair::first, DuplicateDetector.ScoredPair::second)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 3), org.assertj.core.groups.Tuple.tuple(0, 1));
    }

    @Test
    void aMarriedNameTypedAsBirthNameIsFoundThroughTheUsedName() {
        List<DuplicateCandidate> candidates = List.of(
                person("MARTIN", "DUPONT", "Sophie", "1983-05-21"),
                person("DUPONT", null, "Sophie", "1983-05-00"));

        assertThat(DuplicateDetector.find(candidates, DuplicateScorer.DEFAULT_THRESHOLD)).hasSize(1);
    }

    @Test
    void aHugeBlockIsComparedWithinAWindowAndStillFindsNeighbours() {
        List<DuplicateCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            // An old import gave everyone the same default birth date.
            candidates.add(person("NOM" + Integer.toString(i, 26).replace('0', 'x'), null, "Prenom" + i, "1900-01-01"));
        }
        candidates.add(person("DUPONT", null, "Marie", "1900-01-01"));
        candidates.add(person("DUPOND", null, "Marie", "1900-01-01"));

        List<DuplicateDetector.ScoredPair> found = DuplicateDetector.find(candidates, 85);

        assertThat(found).extracting(DuplicateDetector.ScoredPair::first).contains(2000);
    }

    @Test
    void differentQualifiedMatriculesAreNeverAPair() {
        DuplicateCandidate a = new DuplicateCandidate(UUID.randomUUID(), "DUPONT", null, List.of("Marie"), Sex.F,
                new BirthDate(1980, 3, 12), "75056", IdentityStatus.QUALIFIEE, "280037505612345", "1.2.250.1.213.1.4.8");
        DuplicateCandidate b = new DuplicateCandidate(UUID.randomUUID(), "DUPONT", null, List.of("Marie"), Sex.F,
                new BirthDate(1980, 3, 12), "75056", IdentityStatus.QUALIFIEE, "280037505699945", "1.2.250.1.213.1.4.8");

        assertThat(DuplicateDetector.find(List.of(a, b), 1)).isEmpty();
    }

    /** The patients, then for one in twenty a second record with one or two mistakes a counter makes. */
    static List<DuplicateCandidate> withMistakes(List<Patient> patients, Random random) {
        List<DuplicateCandidate> candidates = new ArrayList<>();
        for (Patient patient : patients) {
            candidates.add(DuplicateCandidate.of(patient));
        }
        for (int i = 0; i < patients.size(); i += 20) {
            DuplicateCandidate original = candidates.get(i);
            DuplicateCandidate copy = Mistakes.apply(original, random);
            if (random.nextInt(4) == 0) {
                copy = Mistakes.apply(copy, random);
            }
            candidates.add(copy);
        }
        return candidates;
    }

    private static Set<String> pairs(List<DuplicateDetector.ScoredPair> found) {
        Set<String> pairs = new HashSet<>();
        for (DuplicateDetector.ScoredPair pair : found) {
            pairs.add(pair.first() + "-" + pair.second() + ":" + pair.similarity().score());
        }
        return pairs;
    }

    private static Set<String> bruteForce(List<DuplicateCandidate> candidates, int minScore) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                int score = DuplicateScorer.score(candidates.get(i), candidates.get(j)).score();
                if (score >= minScore) {
                    pairs.add(i + "-" + j + ":" + score);
                }
            }
        }
        return pairs;
    }
}

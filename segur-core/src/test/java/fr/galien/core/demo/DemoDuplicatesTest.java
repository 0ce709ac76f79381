package fr.galien.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.Patient;
import fr.galien.core.patient.duplicates.DuplicateCandidate;
import fr.galien.core.patient.duplicates.DuplicateDetector;
import fr.galien.core.patient.duplicates.DuplicateScorer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDuplicatesTest {

    @Test
    void eachDemoDuplicateIsFoundWithItsOriginalAndNothingElseIsFlagged() {
        List<Patient> demo = new ArrayList<>(DemoPatients.generate(2026L, 240));
        demo.addAll(DemoDuplicates.generate(2026L));

        List<DuplicateDetector.ScoredPair> pairs = DuplicateDetector.find(
                demo.stream().map(DuplicateCandidate::of).toList(), DuplicateScorer.DEFAULT_THRESHOLD);

        assertThat(pairs).hasSize(3);
        assertThat(pairs).extracting(DuplicateDetector.ScoredPair::second).containsExactlyInAnyOrder(240, 241, 242);
    }

    @Test
    void theSameSeedGivesTheSameFiles() {
        assertThat(DemoDuplicates.generate(2026L)).isEqualTo(DemoDuplicates.generate(2026L));
    }
}

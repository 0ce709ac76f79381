package fr.galien.sandbox.psc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TestProfessionalsTest {

    private static final List<TestProfessional> ALL = TestProfessionals.all();

    @Test
    void everyIdIsAnObviouslyFakeTwelveDigitRppsLikeNumber() {
        assertThat(ALL).allSatisfy(p -> assertThat(p.nationalId()).matches("8999\\d{8}"));
        assertThat(ALL.stream().map(TestProfessional::nationalId).distinct()).hasSize(ALL.size());
    }

    @Test
    void directoryCoversTheProfessionsTheIssueAsksFor() {
        assertThat(ALL).anyMatch(exercising("21", "A"));
        assertThat(ALL).anyMatch(exercising("21", "D"));
        assertThat(ALL).anyMatch(p -> p.exercises().get(0).skillCode().equals("SM54"));
        assertThat(ALL).anyMatch(p -> p.exercises().get(0).professionCode().equals("10")
                && !p.exercises().get(0).skillCode().equals("SM54"));
        assertThat(ALL).anyMatch(exercising("50", ""));
        assertThat(ALL).anyMatch(exercising("60", ""));
    }

    @Test
    void oneProfessionalHasTwoExercisesAndOneABlockedEcps() {
        assertThat(ALL).filteredOn(p -> p.exercises().size() == 2).containsExactly(TestProfessionals.DEUX_EXERCICES);
        assertThat(ALL).filteredOn(TestProfessional::ecpsBlocked).containsExactly(TestProfessionals.ECPS_BLOQUEE);
    }

    @Test
    void titulaireWorksInAnOfficineWithAFiness() {
        var activity = TestProfessionals.PHARMACIEN_TITULAIRE.exercises().get(0).activities().get(0);

        assertThat(activity.sectorCode()).isEqualTo("SA33");
        assertThat(activity.finessSite()).matches("\\d{9}");
    }

    @Test
    void subjectIsPscShapedAndStable() {
        TestProfessional p = TestProfessionals.SAGE_FEMME;

        assertThat(p.subject()).matches("f:[0-9a-f-]{36}:" + p.nationalId()).isEqualTo(p.subject());
    }

    private static Predicate<TestProfessional> exercising(String profession, String section) {
        return p -> p.exercises().stream().anyMatch(e -> e.professionCode().equals(profession)
                && e.activities().stream().anyMatch(a -> a.pharmacistSection().equals(section)));
    }
}

package fr.galien.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.security.Role;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private static ShellViewModel shell(PracticeProfile profile, boolean demo, boolean sandbox) {
        return new ShellViewModel(new Practice("Établissement Test", profile, null, null, demo), sandbox,
                "Camille", "Comptoir 1");
    }

    @Test
    void aPharmacyHasTheCounter() {
        assertThat(shell(PracticeProfile.OFFICINE, false, false).areas())
                .containsExactly(NavArea.PATIENTS, NavArea.DUPLICATES, NavArea.COUNTER, NavArea.MESSAGING,
                        NavArea.SERVICES);
    }

    @Test
    void aMedicalCabinetHasTheConsultation() {
        assertThat(shell(PracticeProfile.CABINET_MEDICAL, false, false).areas())
                .containsExactly(NavArea.PATIENTS, NavArea.DUPLICATES, NavArea.CONSULTATION,
                        NavArea.MESSAGING, NavArea.SERVICES);
    }

    @Test
    void duplicatesAreShownOnlyToRolesThatMayMerge() {
        Practice pharmacy = new Practice("Établissement Test", PracticeProfile.OFFICINE, null, null, false);

        assertThat(new ShellViewModel(pharmacy, false, "Léo", "Comptoir 1", Role.PREPARATEUR).areas())
                .doesNotContain(NavArea.DUPLICATES);
        assertThat(new ShellViewModel(pharmacy, false, "Inès", "Accueil", Role.SECRETAIRE).areas())
                .contains(NavArea.DUPLICATES);
    }

    @Test
    void aVetCabinetHasOwnersAndAnimalsInsteadOfPatients() {
        assertThat(shell(PracticeProfile.CABINET_VETERINAIRE, false, false).areas())
                .containsExactly(NavArea.OWNERS_ANIMALS, NavArea.CONSULTATION, NavArea.SERVICES);
    }

    @Test
    void aDemoPracticeAlwaysShowsTheSandboxBadge() {
        assertThat(shell(PracticeProfile.OFFICINE, true, false).badgeText()).isEqualTo("Mode bac à sable");
    }

    @Test
    void aRealPracticeOutsideTheSandboxShowsProduction() {
        assertThat(shell(PracticeProfile.OFFICINE, false, false).badgeText()).isEqualTo("Production");
    }

    @Test
    void theWindowTitleNamesThePractice() {
        assertThat(shell(PracticeProfile.OFFICINE, false, false).windowTitle()).isEqualTo("Galien — Établissement Test");
    }
}

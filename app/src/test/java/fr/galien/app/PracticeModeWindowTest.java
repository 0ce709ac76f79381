package fr.galien.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.app.ui.shell.ShellViewModel;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.spi.Health;
import fr.galien.core.storage.DatabaseSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's path (GuiCommand: startSandbox, then the modules with its overrides) for each practice mode (ADR
 * 0023): a real practice starts no simulator and shows no « Mode bac à sable »; demo and training practices do.
 */
class PracticeModeWindowTest {

    @TempDir
    Path dataDir;

    private void withWindowContext(Practice practice, boolean expectSimulators) {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir))) {
            runtime.practices().save(practice);
            try (GalienUiContext context = new GalienUiContext(runtime, new FxTaskExecutor())) {
                context.startSandbox();
                assertThat(context.moduleOverrides().isEmpty()).isEqualTo(!expectSimulators);
                assertThat(context.sandboxMode()).isEqualTo(expectSimulators);
                assertThat(new ShellViewModel(practice, context.sandboxMode(), "Claire", "poste-1").sandbox())
                        .isEqualTo(expectSimulators);
                context.tasks().close();
            }
        }
    }

    @Test
    void aRealPracticeStartsNoSimulatorAndShowsNoSandboxBadge() {
        withWindowContext(new Practice("Pharmacie réelle inventée", PracticeProfile.OFFICINE, null, null,
                PracticeMode.REAL), false);
    }

    @Test
    void aTrainingPracticeRunsOnTheSimulatorsWithTheBadge() {
        withWindowContext(new Practice("Cabinet école", PracticeProfile.CABINET_MEDICAL, null, null,
                PracticeMode.TRAINING), true);
    }

    @Test
    void aRealPracticeCreatedOnTheFirstRunScreenStopsTheSimulatorsStartedForTheDemoOffer() {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
             GalienUiContext context = new GalienUiContext(runtime, new FxTaskExecutor())) {
            context.startSandbox(); // no practice yet: the first-run screen offers the demo
            assertThat(sandboxHealth(context).state()).isEqualTo(Health.State.DISPONIBLE);

            Practice created = context.practiceSetup().create("Pharmacie réelle inventée", PracticeProfile.OFFICINE);

            assertThat(created.mode()).isEqualTo(PracticeMode.REAL);
            assertThat(sandboxHealth(context).state()).isEqualTo(Health.State.NON_DEMARRE);
            assertThat(context.moduleOverrides()).isEmpty();
            assertThat(context.sandboxMode()).isFalse();
            context.tasks().close();
        }
    }

    private static Health sandboxHealth(GalienUiContext context) {
        return context.infrastructureProbes().stream().filter(probe -> probe.id().equals("sandbox")).findFirst()
                .orElseThrow().check().get();
    }

    @Test
    void theDemoFlagMapsToTheMode() {
        assertThat(new Practice("Démo", PracticeProfile.OFFICINE, null, null, true).mode())
                .isEqualTo(PracticeMode.DEMO);
        assertThat(new Practice("Réelle", PracticeProfile.OFFICINE, null, null, false).mode())
                .isEqualTo(PracticeMode.REAL);
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir))) {
            DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
            assertThat(runtime.requirePractice().mode()).isEqualTo(PracticeMode.DEMO);
        }
    }
}

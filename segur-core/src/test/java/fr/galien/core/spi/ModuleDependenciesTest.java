package fr.galien.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.patient.PracticeRepository;
import fr.galien.core.port.ApCvPort;
import fr.galien.core.port.DmpPort;
import fr.galien.core.port.InsiPort;
import fr.galien.core.port.MssantePort;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.core.testsupport.TestModule;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed ports, start order from declared needs, clear errors for cycles and missing modules. */
class ModuleDependenciesTest {

    @TempDir
    Path dataDir;

    private Database database;
    private ModuleHost.Shared shared;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.forDataDirectory(dataDir));
        shared = new ModuleHost.Shared(database, new PracticeRepository(database), new Outbox(Clock.systemUTC()),
                new CurrentThreadTaskExecutor(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aModuleStartsAfterTheModulesItRequiresWhateverTheirIds() {
        TestModule<DmpPort> dmp = TestModule.unused("dmp", DmpPort.class, ProSanteConnectPort.class);
        TestModule<ProSanteConnectPort> psc = TestModule.unused("psc", ProSanteConnectPort.class);
        TestModule<ApCvPort> apcv = TestModule.unused("apcv", ApCvPort.class);

        SegurServices services = SegurServices.of(List.of(dmp, psc, apcv));

        assertThat(services.all()).containsExactly(apcv, psc, dmp);
    }

    @Test
    void aModuleGetsTheLivePortOfAModuleItRequired() {
        TestModule<ProSanteConnectPort> psc = TestModule.unused("psc", ProSanteConnectPort.class);
        TestModule<DmpPort> dmp = TestModule.unused("dmp", DmpPort.class, ProSanteConnectPort.class);

        try (ModuleHost host = ModuleHost.start(SegurServices.of(List.of(dmp, psc)), shared)) {
            assertThat(host.started()).containsExactly(psc, dmp);
            assertThat(dmp.context().port(ProSanteConnectPort.class)).isSameAs(psc.port());
            assertThat(host.port(DmpPort.class)).containsSame(dmp.port());
        }
    }

    @Test
    void aPortNotDeclaredIsRefusedToTheModule() {
        TestModule<ProSanteConnectPort> psc = TestModule.unused("psc", ProSanteConnectPort.class);
        TestModule<DmpPort> dmp = TestModule.unused("dmp", DmpPort.class);

        try (ModuleHost host = ModuleHost.start(SegurServices.of(List.of(dmp, psc)), shared)) {
            assertThatThrownBy(() -> dmp.context().port(ProSanteConnectPort.class))
                    .isInstanceOf(SegurException.class).hasMessageContaining("MOD-0006")
                    .hasMessageContaining("dmp");
        }
    }

    @Test
    void aMissingModuleIsAClearStartErrorOfTheModuleThatNeedsIt() {
        TestModule<DmpPort> dmp = TestModule.unused("dmp", DmpPort.class, ProSanteConnectPort.class);
        TestModule<InsiPort> ins = TestModule.unused("ins", InsiPort.class);

        try (ModuleHost host = ModuleHost.start(SegurServices.of(List.of(dmp, ins)), shared)) {
            assertThat(host.started()).containsExactly(ins);
            assertThat(host.failures()).containsOnlyKeys("dmp");
            assertThat(host.failures().get("dmp")).hasMessageContaining("MOD-0003")
                    .hasMessageContaining("ProSanteConnectPort");
            assertThat(dmp.started()).isFalse();
        }
    }

    @Test
    void aModuleWhoseRequirementFailedToStartIsLeftOutWithItsOwnReason() {
        TestModule<ProSanteConnectPort> psc = TestModule.unused("psc", ProSanteConnectPort.class)
                .onStart(context -> {
                    throw new IllegalStateException("émetteur absent");
                });
        TestModule<DmpPort> dmp = TestModule.unused("dmp", DmpPort.class, ProSanteConnectPort.class);

        try (ModuleHost host = ModuleHost.start(SegurServices.of(List.of(dmp, psc)), shared)) {
            assertThat(host.started()).isEmpty();
            assertThat(host.failures().get("psc")).hasMessage("émetteur absent");
            assertThat(host.failures().get("dmp")).hasMessageContaining("MOD-0004").hasMessageContaining("« Module psc »");
            assertThat(host.port(DmpPort.class)).isEmpty();
            // The Services view says why, in French with the code, not « Module arrêté ».
            assertThat(host.health(dmp).state()).isEqualTo(Health.State.INDISPONIBLE);
            assertThat(host.health(dmp).detail()).contains("MOD-0004").contains("« Module psc »");
            assertThat(host.health(psc).detail()).contains("erreur interne IllegalStateException");
        }
    }

    @Test
    void modulesRequiringEachOtherInACircleStopTheStart() {
        TestModule<DmpPort> dmp = TestModule.unused("dmp", DmpPort.class, MssantePort.class);
        TestModule<MssantePort> mss = TestModule.unused("mss", MssantePort.class, DmpPort.class);

        assertThatThrownBy(() -> SegurServices.of(List.of(dmp, mss)))
                .isInstanceOf(SegurException.class).hasMessageContaining("MOD-0002")
                .hasMessageContaining("dmp → mss → dmp");
    }

    @Test
    void twoModulesProvidingOnePortStopTheStart() {
        assertThatThrownBy(() -> SegurServices.of(List.of(TestModule.unused("ins", InsiPort.class),
                TestModule.unused("insbis", InsiPort.class))))
                .isInstanceOf(SegurException.class).hasMessageContaining("MOD-0007");
    }

    @Test
    void portsAreHadOnlyFromStartedModulesAndNotAfterTheyStopped() {
        TestModule<InsiPort> ins = TestModule.unused("ins", InsiPort.class);
        ModuleHost host = ModuleHost.start(SegurServices.of(List.of(ins)), shared, Map.of());
        assertThat(host.port(InsiPort.class)).isPresent();
        assertThat(host.port(ApCvPort.class)).isEmpty();

        host.close();

        assertThat(host.port(InsiPort.class)).isEmpty();
        assertThat(ins.stopped()).isTrue();
    }

    @Test
    void aVetClinicUsesNoSegurServiceByDefault() {
        SegurServices services = SegurServices.of(List.of(TestModule.unused("ins", InsiPort.class),
                TestModule.unused("psc", ProSanteConnectPort.class)));

        assertThat(services.serving(PracticeProfile.CABINET_VETERINAIRE)).isEmpty();
        assertThat(services.serving(PracticeProfile.OFFICINE)).hasSize(2);
        assertThat(services.serving(PracticeProfile.CABINET_MEDICAL)).hasSize(2);
    }

    @Test
    void oneIdRuleForSettingsMigrationsAndOutbox() {
        assertThat(ModuleId.check("eprescription")).isEqualTo("eprescription");
        for (String bad : List.of("dmp-connector", "DMP", "1dmp", "d", "mss_sante", "")) {
            assertThatThrownBy(() -> ModuleId.check(bad)).isInstanceOf(SegurException.class)
                    .hasMessageContaining("MOD-0001");
        }
        // Every valid id is a valid migration history name: the module's own migrations cannot be refused for it.
        database.migrate("eprescription", "classpath:db/migration/none-here");
    }
}

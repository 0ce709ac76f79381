package fr.galien.app.ui.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.DemoPractice;
import fr.galien.app.GalienRuntime;
import fr.galien.app.InProcessSandbox;
import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.mssante.Correspondent;
import fr.galien.sandbox.mssante.MssSimulator;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The « Messagerie » model over the real core services and the in-process MSSanté simulator (no window). */
class MessagingViewModelTest {

    private static final String PHARMACIST = "899900000001";
    private static final String BOX = "claire.titulairetest@pharmacien.mssante.fr";

    @TempDir
    Path dataDir;

    private GalienRuntime runtime;
    private InProcessSandbox sandbox;
    private MessagingViewModel model;
    private final FakeDialogService dialogs = new FakeDialogService();
    private Caller caller;

    @BeforeEach
    void setUp() {
        runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
        sandbox = InProcessSandbox.start(SandboxOptions.defaults());
        DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
        runtime.startModules(new CurrentThreadTaskExecutor(), sandbox.moduleOverrides(runtime));
        runtime.pscPort().orElseThrow().authenticateWithCiba(PHARMACIST, ProSanteConnectPort.Progress.NONE);
        caller = Caller.pscProfessional(PHARMACIST, "Claire TITULAIRETEST", Role.PHARMACIEN_TITULAIRE, "poste-1");
        fr.galien.core.mssante.MailFiling filing = runtime.mailFiling();
        model = new MessagingViewModel(new MessagingContext(runtime.secureMail(), filing,
                new fr.galien.core.mssante.MailboxAccess(runtime.database(), runtime.auditTrail(), filing,
                        runtime::mssPort)), caller, new CurrentThreadTaskExecutor(), dialogs,
                ZoneId.of("Europe/Paris"));
    }

    @AfterEach
    void tearDown() {
        sandbox.close();
        runtime.close();
    }

    @Test
    void composeSendsReadsTheAnswerAndFilesTheReceivedDocuments() {
        model.refresh();
        assertThat(model.mailboxes()).contains(BOX);
        model.mailboxProperty().set(BOX);

        model.toProperty().set("dr.correspondant@hopital-sim.mssante.fr");
        model.subjectProperty().set("Question sur une ordonnance");
        model.bodyProperty().set("Bonjour Docteur,");
        model.send();
        runtime.startModules(new CurrentThreadTaskExecutor()).dispatcher().dispatchDue();
        MssSimulator simulator = sandbox.simulator(MssSimulator.class).orElseThrow();
        simulator.sendDocument(BOX, Correspondent.Scenario.QUALIFIED);
        simulator.sendDocument(BOX, Correspondent.Scenario.AMBIGUOUS);
        model.fetch();

        assertThat(dialogs.errors).isEmpty();
        assertThat(model.sent()).anySatisfy(row -> {
            assertThat(row.subject()).isEqualTo("Question sur une ordonnance");
            assertThat(row.state()).isIn("Envoyé", "Remis", "Lu");
        });
        assertThat(model.worklist()).singleElement().satisfies(row -> {
            assertThat(row.identity()).startsWith("HOMONYME CLAUDE");
            assertThat(row.candidate()).isNotNull();
        });
        assertThat(model.badgeProperty().get()).endsWith("1 à classer");
        model.messages().stream().filter(m -> m.subject().startsWith("Re: Question")).findFirst()
                .ifPresent(model.selectedProperty()::set);
        assertThat(model.readingProperty().get()).contains("Bien reçu");

        model.selectedWorkProperty().set(model.worklist().get(0));
        model.confirmSelected();

        assertThat(model.worklist()).isEmpty();
        Patient homonyme = runtime.patients().search(caller, "HOMONYME", 5).get(0);
        assertThat(runtime.documents().list(caller, homonyme.id())).hasSize(1);
    }

    @Test
    void writingToAPatientWithoutQualifiedIdentityShowsTheReason() {
        model.refresh();
        Patient houilles = runtime.patients().search(caller, "HOUILLES", 5).get(0);
        model.writeToPatient(houilles.id());
        model.subjectProperty().set("Résultats");
        model.bodyProperty().set("Bonjour");

        model.send();

        assertThat(dialogs.errors).singleElement().asString().contains("MSS-0003");
    }
}

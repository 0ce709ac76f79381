package fr.galien.app.ui.dmp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The DMP tab: filters, opening a CDA through its human-readable part, adding to the file, sending, retrying. */
class DmpTabViewModelTest {

    private static final Caller DOCTOR = Caller.pscProfessional("899700000001", "Paul INVENTE", Role.MEDECIN, "p1");
    private static final UUID PATIENT = UUID.randomUUID();

    private final FakeDmpContext dmp = new FakeDmpContext();
    private DmpTabViewModel tab;

    @BeforeEach
    void setUp() {
        dmp.entries.add(FakeDmpContext.entry("1.2.3", "11502-2", "CR d'examens biologiques", "Biologie"));
        dmp.entries.add(FakeDmpContext.entry("1.2.4", "SYNTH", "Synthèse", "VSM"));
        tab = new DmpTabViewModel(dmp, DOCTOR, new CurrentThreadTaskExecutor(), new FakeDialogService());
        tab.show(PATIENT);
    }

    @Test
    void searchAppliesTheTypeFilterAndSaysHowMany() {
        tab.typeFilterProperty().set("SYNTH");
        tab.search();

        assertThat(dmp.queries.get(0).typeCodes()).containsExactly("SYNTH");
        assertThat(tab.rows()).extracting(row -> row.entry().uniqueId()).containsExactly("1.2.4");
        assertThat(tab.messageProperty().get()).isEqualTo("1 document(s) dans le DMP");
    }

    @Test
    void openingACdaShowsItsHumanReadablePartNeverItsMarkup() {
        dmp.content = ("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><id root=\"1.2.3\"/><code code=\"11502-2\"/>"
                + "<title>Biologie</title><component><structuredBody><component><section><title>Résultats</title>"
                + "<text><paragraph>Glycémie normale</paragraph></text></section></component></structuredBody>"
                + "</component></ClinicalDocument>").getBytes(StandardCharsets.UTF_8);
        tab.search();

        tab.open(tab.rows().get(0));

        assertThat(tab.viewedProperty().get().text()).contains("RÉSULTATS", "Glycémie normale")
                .doesNotContain("<paragraph>");
    }

    @Test
    void addingToTheFileMarksTheRowAndListsItLocally() {
        tab.search();

        tab.addToFile(tab.rows().get(0));

        assertThat(tab.rows().get(0).inFile()).isTrue();
        assertThat(tab.local()).extracting(row -> row.document().origin()).containsExactly(DocumentOrigin.DMP);
        assertThat(tab.messageProperty().get()).contains("ajouté au dossier");
    }

    @Test
    void sendingALocalDocumentQueuesItAndTheWaitingSendsCanBeRetried() {
        dmp.local.add(FakeDmpContext.document(PATIENT, "2.25.1", "Compte rendu", DocumentOrigin.LOCAL));
        tab.refreshLocal();

        tab.send(tab.local().get(0));

        assertThat(dmp.sent).containsExactly(dmp.local.get(0).id());
        assertThat(tab.local().get(0).state()).isEqualTo("En attente");
        assertThat(tab.sends()).hasSize(1);
        assertThat(tab.sendsSummaryProperty().get()).isEqualTo("1 en attente, 0 refusé(s), 0 envoyé(s)");
        tab.retry(tab.sends().get(0));
        assertThat(dmp.retried).containsExactly(tab.sends().get(0).outboxId());
    }
}

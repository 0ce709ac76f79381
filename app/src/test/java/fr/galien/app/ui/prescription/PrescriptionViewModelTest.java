package fr.galien.app.ui.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.core.demo.DemoOrdonnances;
import fr.galien.core.ordonnance.NonSubstitution;
import fr.galien.core.ordonnance.OrdonnanceDelivery;
import fr.galien.core.ordonnance.OrdonnanceLine;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrescriptionViewModelTest {

    private static final Caller DOCTOR = Caller.pscProfessional("899900000003", "Sophie Generalistetest",
            Role.MEDECIN, "poste-1");

    private FakePrescribing context;
    private FakeDialogService dialogs;
    private PrescriptionViewModel viewModel;

    @BeforeEach
    void setUp() {
        context = new FakePrescribing();
        dialogs = new FakeDialogService();
        viewModel = new PrescriptionViewModel(context, DOCTOR, new CurrentThreadTaskExecutor(), dialogs,
                Debouncer.immediate(), FakePrescribing.CLOCK);
    }

    private void typeDolipraneLine() {
        LineEditorViewModel editor = viewModel.editor();
        editor.drugQueryProperty().set("dolip");
        assertThat(editor.drugResults()).extracting(DrugChoice::label).containsExactly("DOLIPRANE 1000 mg, comprimé");
        editor.choose(editor.drugResults().get(0));
        editor.doseProperty().set("1");
        editor.unitProperty().set("comprimé");
        editor.timesProperty().set("3");
        editor.durationValueProperty().set("5");
        editor.quantityProperty().set("1 boîte");
        assertThat(viewModel.addLine()).isTrue();
    }

    @Test
    void drugSearchAsYouTypeFillsTheLineWithTheChosenPresentation() {
        viewModel.open(FakePrescribing.qualified());
        typeDolipraneLine();
        OrdonnanceLine line = viewModel.lines().get(0);
        assertThat(line.drugLabel()).isEqualTo("DOLIPRANE 1000 mg, comprimé");
        assertThat(line.cip13()).isEqualTo("3400935955838");
        assertThat(line.instructionsFrench()).isEqualTo("1 comprimé 3 fois par jour pendant 5 jours");
        assertThat(viewModel.editor().drugQueryProperty().get()).isEmpty();
    }

    @Test
    void addingALineRefreshesThePreview() {
        viewModel.open(FakePrescribing.qualified());
        assertThat(viewModel.previewProperty().get()).isEmpty();
        typeDolipraneLine();
        assertThat(viewModel.previewProperty().get()).hasSize(1);
    }

    @Test
    void validateAndSendRegistersPrintsWithTheIdentifierAndFilesThePdf() {
        viewModel.open(FakePrescribing.qualified());
        typeDolipraneLine();
        assertThat(viewModel.canSendProperty().get()).isTrue();
        viewModel.validateAndSend();
        assertThat(context.registered).hasSize(1);
        assertThat(context.issued).singleElement().satisfies(o -> assertThat(o.delivery())
                .isEqualTo(new OrdonnanceDelivery.Electronic(DemoOrdonnances.SAMPLE_IDENTIFIER)));
        assertThat(context.filed).containsExactly("Ordonnance numérique " + DemoOrdonnances.SAMPLE_IDENTIFIER);
        assertThat(viewModel.identifierProperty().get()).isEqualTo(DemoOrdonnances.SAMPLE_IDENTIFIER);
        assertThat(viewModel.stageProperty().get()).isEqualTo(PrescriptionViewModel.Stage.SENT);
        assertThat(viewModel.canSendProperty().get()).isFalse();
    }

    @Test
    void anUnqualifiedPatientCannotBeSentButGetsAPaperOrdonnance() {
        viewModel.open(FakePrescribing.provisional());
        typeDolipraneLine();
        assertThat(viewModel.canSendProperty().get()).isFalse();
        assertThat(viewModel.paperOfferedProperty().get()).isTrue();
        assertThat(viewModel.identityNoticeProperty().get()).contains("identité qualifiée");
        viewModel.validateAndSend();
        assertThat(context.registered).isEmpty();
        viewModel.printOnPaper();
        assertThat(context.issued).singleElement().satisfies(o -> assertThat(o.delivery()).isEqualTo(
                new OrdonnanceDelivery.PaperOnly(OrdonnanceDelivery.PaperReason.IDENTITY_NOT_QUALIFIED)));
        assertThat(context.filed).containsExactly("Ordonnance papier");
        assertThat(viewModel.stageProperty().get()).isEqualTo(PrescriptionViewModel.Stage.PRINTED_ON_PAPER);
    }

    @Test
    void aServiceDownQueuesThePrescriptionAndOffersPaperForTheServiceReason() {
        context.serviceDown = true;
        viewModel.open(FakePrescribing.qualified());
        typeDolipraneLine();
        viewModel.validateAndSend();
        assertThat(viewModel.stageProperty().get()).isEqualTo(PrescriptionViewModel.Stage.QUEUED);
        assertThat(viewModel.messageProperty().get()).contains("ne répond pas");
        viewModel.printOnPaper();
        assertThat(context.issued).singleElement().satisfies(o -> assertThat(o.delivery()).isEqualTo(
                new OrdonnanceDelivery.PaperOnly(OrdonnanceDelivery.PaperReason.SERVICE_UNAVAILABLE)));
    }

    @Test
    void aRefusalKeepsTheLinesAndSaysWhy() {
        context.refusal = new IllegalStateException("refused");
        viewModel.open(FakePrescribing.qualified());
        typeDolipraneLine();
        viewModel.validateAndSend();
        assertThat(viewModel.lines()).hasSize(1);
        assertThat(viewModel.stageProperty().get()).isEqualTo(PrescriptionViewModel.Stage.EDITING);
        assertThat(viewModel.paperOfferedProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).startsWith("L'ordonnance n'a pas pu être enregistrée");
    }

    @Test
    void badRenewalsAreRefusedWithACodedFrenchMessage() {
        viewModel.open(FakePrescribing.qualified());
        viewModel.editor().drugQueryProperty().set("Sirop maison");
        viewModel.editor().renewalsProperty().set("12");
        assertThat(viewModel.addLine()).isFalse();
        assertThat(viewModel.lines()).isEmpty();
        assertThat(viewModel.editor().errorProperty().get()).startsWith("ORD-0003 : La ligne 1 demande 12");
    }

    @Test
    void nonSubstitutableAldAndFreeTextPosologyAreKeptOnTheLine() {
        viewModel.open(FakePrescribing.qualified());
        LineEditorViewModel editor = viewModel.editor();
        editor.drugQueryProperty().set("lévothyrox");
        editor.choose(editor.drugResults().get(0));
        editor.freeTextProperty().set(true);
        editor.posologyTextProperty().set("1 comprimé le matin à jeun");
        editor.nonSubstitutableProperty().set(NonSubstitution.MTE);
        editor.aldProperty().set(true);
        editor.renewalsProperty().set("2");
        assertThat(viewModel.addLine()).isTrue();
        OrdonnanceLine line = viewModel.lines().get(0);
        assertThat(line.posology().isStructured()).isFalse();
        assertThat(line.nonSubstitutable()).isEqualTo(NonSubstitution.MTE);
        assertThat(line.ald()).isTrue();
        assertThat(line.renewals()).isEqualTo(2);
    }

    @Test
    void vetOrdonnanceIsNumberedAndSaysNoNationalServiceExists() {
        VetOrdonnanceViewModel vet = new VetOrdonnanceViewModel(context, DOCTOR, new CurrentThreadTaskExecutor(),
                dialogs, Debouncer.immediate(), FakePrescribing.CLOCK);
        var sample = DemoOrdonnances.vet(1);
        vet.open(sample.owner(), sample.animal());
        assertThat(vet.messageProperty().get()).contains("Aucun service national");
        vet.editor().drugQueryProperty().set("Méloxicam 1,5 mg/mL");
        vet.editor().freeTextProperty().set(true);
        vet.editor().posologyTextProperty().set("0,1 mg/kg une fois par jour");
        vet.editor().withdrawalProperty().set("sans objet");
        assertThat(vet.addLine()).isTrue();
        vet.print();
        vet.print();
        assertThat(context.vetIssued).extracting(v -> v.number()).containsExactly(1L, 2L);
        assertThat(vet.numberProperty().get()).isEqualTo(2);
        assertThat(vet.messageProperty().get()).contains("2026-000002");
        assertThat(vet.previewProperty().get()).hasSize(1);
    }
}

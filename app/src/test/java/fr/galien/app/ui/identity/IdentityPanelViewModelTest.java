package fr.galien.app.ui.identity;

import static fr.galien.core.testsupport.TestIdentities.insi;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.FakeIdentityDialogs;
import fr.galien.app.ui.fake.IdentityTestBed;
import fr.galien.app.ui.identity.IdentityDialogs.DatamatrixInput;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.DatamatrixIdentity;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.identity.InsDatamatrix;
import fr.galien.core.identity.InsOid;
import fr.galien.core.identity.TraitsComparison.Trait;
import fr.galien.core.port.ApCvPort.ApCvStatus;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.core.testsupport.TestIdentities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity panel's flows over the real core (H2) with fake INSi and ApCV ports, no JavaFX: each action ends in
 * the status the RNIV rules give, or leaves the patient as it was with a message saying why.
 */
class IdentityPanelViewModelTest {

    /** ADRTROIS DOMINIQUE F 1997-02-26 2A020 (Corse-du-Sud), as the INSi simulator knows her. */
    private static final InsIdentity ADRTROIS = insi("ADRTROIS", List.of("DOMINIQUE"), Sex.F, "1997-02-26", "2A020",
            "297022A02077878", InsOid.NIR);
    private static final InsIdentity HOMONYME_PARIS = insi("HOMONYME", List.of("CLAUDE"), Sex.F, "1950-05-05",
            "75056", "250057505610129", InsOid.NIR);

    @TempDir
    Path directory;

    private IdentityTestBed bed;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeIdentityDialogs identityDialogs = new FakeIdentityDialogs();
    private final List<Patient> changes = new ArrayList<>();
    private IdentityPanelViewModel panel;

    @BeforeEach
    void open() {
        bed = new IdentityTestBed(directory);
        panel = panel();
    }

    private IdentityPanelViewModel panel() {
        IdentityPanelViewModel viewModel = new IdentityPanelViewModel(bed, IdentityTestBed.CALLER,
                new CurrentThreadTaskExecutor(), dialogs, identityDialogs, Delay.immediate(), IdentityTestBed.CLOCK);
        viewModel.setOnChanged(changes::add);
        return viewModel;
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private Patient adrtrois() {
        return bed.patient("ADRTROIS", List.of("Dominique"), Sex.F, "1997-02-26", "2A020");
    }

    // --- search by traits ----------------------------------------------------------------------------------------

    @Test
    void acceptingAnIdentityWhoseTraitsAreEqualMakesItRecuperee() {
        bed.insi.found("ADRTROIS", "DOMINIQUE", "2A020", ADRTROIS);
        panel.show(adrtrois());

        panel.searchIns();

        assertThat(identityDialogs.lastProposal().allEqual()).isTrue();
        assertThat(identityDialogs.lastProposal().method()).isEqualTo(IdentificationMethod.INSI_TRAITS);
        assertThat(panel.statusProperty().get()).isEqualTo(IdentityStatus.RECUPEREE);
        assertThat(panel.matriculeProperty().get()).isEqualTo("2 97 02 2A 020 778 78");
        assertThat(panel.natureProperty().get()).isEqualTo("INS-NIR");
        assertThat(panel.messageKindProperty().get()).isEqualTo(MessageKind.SUCCESS);
        assertThat(panel.methodProperty().get()).isEqualTo(IdentificationMethod.INSI_TRAITS.label());
        assertThat(panel.history()).hasSize(1);
        assertThat(changes).singleElement().extracting(Patient::identityStatus).isEqualTo(IdentityStatus.RECUPEREE);
    }

    @Test
    void crNoneSaysSoAndLeavesThePatientProvisoire() {
        Patient houilles = bed.patient("HOUILLES", List.of("Pierre"), Sex.M, "1993-01-27", null);
        panel.show(houilles);

        panel.searchIns();

        assertThat(panel.messageProperty().get()).contains("CR 01");
        assertThat(identityDialogs.proposals).isEmpty();
        assertThat(bed.reread(houilles).identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
        assertThat(panel.busyProperty().get()).isFalse();
    }

    @Test
    void crSeveralWithoutBirthPlaceAsksForItAndSearchesAgain() {
        bed.insi.several("HOMONYME", "CLAUDE", null).found("HOMONYME", "CLAUDE", "75056", HOMONYME_PARIS);
        identityDialogs.birthPlace = Optional.of("75056");
        identityDialogs.decision = ProposalDecision.ACCEPT;
        Patient homonyme = bed.patient("HOMONYME", List.of("Claude"), Sex.F, "1950-05-05", null);
        panel.show(homonyme);

        panel.searchIns();

        assertThat(identityDialogs.birthPlaceAsked).isEqualTo(1);
        assertThat(bed.insi.traitsCalls()).extracting(IdentityTraits::birthPlaceCode).containsExactly(null, "75056");
        // The place read on the document completed the file: INSi's same code is not « différent ».
        assertThat(identityDialogs.lastProposal().comparison().different()).isEmpty();
        Patient after = bed.reread(homonyme);
        assertThat(after.identityStatus()).isEqualTo(IdentityStatus.RECUPEREE);
        assertThat(after.birthPlaceCode()).isEqualTo("75056");
    }

    @Test
    void crSeveralWithTheBirthPlaceNotGivenPicksNobody() {
        bed.insi.several("HOMONYME", "CLAUDE", null);
        Patient homonyme = bed.patient("HOMONYME", List.of("Claude"), Sex.F, "1950-05-05", null);
        panel.show(homonyme);

        panel.searchIns();

        assertThat(panel.messageProperty().get()).contains("CR 02");
        assertThat(identityDialogs.proposals).isEmpty();
        assertThat(bed.reread(homonyme).identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
    }

    @Test
    void anInsiFailureShowsItsCodeAndChangesNothing() {
        bed.insi.failing();
        Patient patient = adrtrois();
        panel.show(patient);

        panel.searchIns();

        assertThat(panel.messageProperty().get()).startsWith("TEST-0101 : ").contains("n'a pas changé");
        assertThat(panel.messageKindProperty().get()).isEqualTo(MessageKind.ERROR);
        assertThat(panel.busyProperty().get()).isFalse();
        assertThat(panel.canSearchProperty().get()).isTrue();
        assertThat(bed.reread(patient)).isEqualTo(patient);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void differingTraitsAreShownSideBySideAndNothingChangesWithoutAChoice() {
        bed.insi.found("TCHITCHI", "CATARINA", null, TestIdentities.tchitchi());
        identityDialogs.decision = ProposalDecision.NOTHING;
        Patient tchitchi = bed.patient("TCHITCHI", List.of("Catarina"), Sex.F, "1936-06-21", null);
        panel.show(tchitchi);

        panel.searchIns();

        IdentityProposal proposal = identityDialogs.lastProposal();
        assertThat(proposal.allEqual()).isFalse();
        assertThat(proposal.comparison().different()).containsExactly(Trait.FIRST_NAMES, Trait.BIRTH_PLACE);
        assertThat(proposal.comparison().row(Trait.FIRST_NAMES).insi()).isEqualTo("CATARINA BELLA");
        assertThat(bed.reread(tchitchi).identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
        assertThat(panel.messageProperty().get()).contains("Rien n'a changé");
    }

    @Test
    void replacingTheLocalTraitsTakesInsisTraits() {
        bed.insi.found("TCHITCHI", "CATARINA", null, TestIdentities.tchitchi());
        identityDialogs.decision = ProposalDecision.REPLACE_WITH_INSI;
        Patient tchitchi = bed.patient("TCHITCHI", List.of("Catarina"), Sex.F, "1936-06-21", null);
        panel.show(tchitchi);

        panel.searchIns();

        Patient after = bed.reread(tchitchi);
        assertThat(after.identityStatus()).isEqualTo(IdentityStatus.RECUPEREE);
        assertThat(after.firstNames()).containsExactly("CATARINA", "BELLA");
        assertThat(after.birthPlaceCode()).isEqualTo("63220");
    }

    @Test
    void acceptWithDifferingTraitsIsRefusedOnScreenWithoutCallingTheCore() {
        bed.insi.found("TCHITCHI", "CATARINA", null, TestIdentities.tchitchi());
        identityDialogs.decision = ProposalDecision.ACCEPT;
        Patient tchitchi = bed.patient("TCHITCHI", List.of("Catarina"), Sex.F, "1936-06-21", null);
        panel.show(tchitchi);

        panel.searchIns();

        assertThat(panel.messageProperty().get()).startsWith("INS-0020");
        assertThat(bed.reread(tchitchi).identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
    }

    @Test
    void aMatriculeWhoseKeyDoesNotVerifyIsAcceptedAndFlagged() {
        bed.insi.found("HERMANN", "GATIEN", "63220", TestIdentities.hermann());
        panel.show(bed.patient("HERMANN", List.of("Gatien"), Sex.M, "1981-03-24", "63220"));

        panel.searchIns();

        assertThat(identityDialogs.lastProposal().keyVerifies()).isFalse();
        assertThat(panel.statusProperty().get()).isEqualTo(IdentityStatus.RECUPEREE);
        assertThat(panel.keyNotVerifiedProperty().get()).isTrue();
        assertThat(panel.messageProperty().get()).contains("clé du matricule ne se vérifie pas");
    }

    // --- appli carte Vitale and the card ---------------------------------------------------------------------

    @Test
    void anApprovedApCvReadingQualifiesTheIdentityDirectly() {
        bed.apCv.beneficiary(ADRTROIS).answers(ApCvStatus.EN_ATTENTE, ApCvStatus.EN_ATTENTE, ApCvStatus.APPROUVEE);
        bed.insi.vitaleFinds(ADRTROIS);
        identityDialogs.apCvCode = Optional.of("  APCV1:TEST-ADRTROIS \n");
        Patient patient = adrtrois();
        panel.show(patient);

        panel.readApCv();

        assertThat(bed.apCv.scanned()).containsExactly("APCV1:TEST-ADRTROIS");
        assertThat(bed.apCv.polls()).isEqualTo(3);
        assertThat(bed.insi.vitaleCalls()).singleElement()
                .satisfies(query -> assertThat(query.matriculeIndividu()).isEqualTo("297022A02077878"));
        assertThat(identityDialogs.lastProposal().method()).isEqualTo(IdentificationMethod.APCV);
        assertThat(bed.reread(patient).identityStatus()).isEqualTo(IdentityStatus.QUALIFIEE);
        assertThat(panel.messageProperty().get()).isEqualTo("Identité qualifiée par l'appli carte Vitale.");
        assertThat(panel.validationProperty().get()).isEqualTo(IdentityDocument.APCV.label());
    }

    @Test
    void aRefusedApCvReadingChangesNothing() {
        bed.apCv.beneficiary(ADRTROIS).answers(ApCvStatus.EN_ATTENTE, ApCvStatus.REFUSEE);
        Patient patient = adrtrois();
        panel.show(patient);

        panel.readApCv();

        assertThat(panel.messageProperty().get()).contains("refusé");
        assertThat(bed.insi.vitaleCalls()).isEmpty();
        assertThat(bed.reread(patient).identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
    }

    @Test
    void waitingForThePatientShowsProgressAndCanBeCancelled() {
        bed.apCv.beneficiary(ADRTROIS).answers(ApCvStatus.EN_ATTENTE, ApCvStatus.APPROUVEE);
        ManualDelay waiting = new ManualDelay();
        IdentityPanelViewModel held = new IdentityPanelViewModel(bed, IdentityTestBed.CALLER,
                new CurrentThreadTaskExecutor(), dialogs, identityDialogs, waiting, IdentityTestBed.CLOCK);
        Patient patient = adrtrois();
        held.show(patient);

        held.readApCv();
        assertThat(held.busyProperty().get()).isTrue();
        assertThat(held.busyTextProperty().get()).isEqualTo("En attente de la validation par le patient…");
        held.cancel();
        waiting.elapseAll();

        assertThat(held.busyProperty().get()).isFalse();
        assertThat(held.messageProperty().get()).contains("annulée");
        assertThat(bed.apCv.polls()).isZero();
        assertThat(bed.reread(patient).identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
    }

    @Test
    void theCardPathRecoversThenADocumentQualifies() {
        bed.apCv.beneficiary(ADRTROIS);
        bed.insi.vitaleFinds(ADRTROIS);
        identityDialogs.document = Optional.of(IdentityDocument.CARTE_IDENTITE);
        Patient patient = adrtrois();
        panel.show(patient);

        panel.readCard();
        assertThat(identityDialogs.lastProposal().method()).isEqualTo(IdentificationMethod.CARTE_VITALE);
        assertThat(panel.statusProperty().get()).isEqualTo(IdentityStatus.RECUPEREE);
        panel.validateDocument();

        assertThat(bed.reread(patient).identityStatus()).isEqualTo(IdentityStatus.QUALIFIEE);
        assertThat(panel.validationProperty().get()).isEqualTo(IdentityDocument.CARTE_IDENTITE.label());
        assertThat(panel.history()).hasSize(2);
    }

    @Test
    void anApCvServiceFailureShowsItsCode() {
        bed.apCv.failing();
        panel.show(adrtrois());

        panel.readApCv();

        assertThat(panel.messageProperty().get()).startsWith("TEST-0101");
        assertThat(panel.busyProperty().get()).isFalse();
    }

    // --- document, attributes, correction, verification --------------------------------------------------------

    @Test
    void aDocumentOnAProvisionalIdentityMakesItValidee() {
        identityDialogs.document = Optional.of(IdentityDocument.PASSEPORT);
        Patient patient = adrtrois();
        panel.show(patient);

        panel.validateDocument();

        assertThat(bed.reread(patient).identityStatus()).isEqualTo(IdentityStatus.VALIDEE);
        assertThat(panel.canValidateProperty().get()).isFalse();
    }

    @Test
    void theFamilyRecordBookIsOfferedOnlyForAMinor() {
        Patient adult = adrtrois();
        Patient minor = bed.patient("NESSI", List.of("Michelangelo"), Sex.M, "2010-08-07", "63220");

        assertThat(panel.offeredDocuments(adult)).doesNotContain(IdentityDocument.LIVRET_FAMILLE);
        assertThat(panel.offeredDocuments(minor)).contains(IdentityDocument.LIVRET_FAMILLE)
                .doesNotContain(IdentityDocument.APCV);
    }

    @Test
    void markingAQualifiedIdentityDoubtfulIsConfirmedAndRemovesItsIns() {
        Patient qualified = TestIdentities.qualified(bed.registry, bed.identities, IdentityTestBed.CALLER,
                TestIdentities.adrun());
        panel.show(qualified);

        panel.setAttribute(IdentityAttribute.DOUTEUSE, true);

        Patient after = bed.reread(qualified);
        assertThat(after.identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
        assertThat(after.matricule()).isNull();
        assertThat(panel.attributes()).containsExactly(IdentityAttribute.DOUTEUSE);
        assertThat(panel.canSearchProperty().get()).isFalse();
    }

    @Test
    void declinedConfirmationKeepsTheAttributesAsTheyWere() {
        dialogs.confirmAnswer = false;
        Patient qualified = TestIdentities.qualified(bed.registry, bed.identities, IdentityTestBed.CALLER,
                TestIdentities.adrun());
        panel.show(qualified);

        panel.setAttribute(IdentityAttribute.FICTIVE, true);

        assertThat(bed.reread(qualified)).isEqualTo(qualified);
    }

    @Test
    void attributesThatDoNotCombineAreRefusedWithTheRule() {
        Patient created = adrtrois();
        Patient patient = bed.identities.setAttributes(IdentityTestBed.CALLER, created.id(), created.version(),
                Set.of(IdentityAttribute.HOMONYME));
        panel.show(patient);

        panel.setAttribute(IdentityAttribute.FICTIVE, true);

        assertThat(panel.messageProperty().get()).startsWith("INS-0026");
        assertThat(bed.reread(patient).attributes()).containsExactly(IdentityAttribute.HOMONYME);
    }

    @Test
    void homonymeIsSetWithoutConfirmationAndKeepsTheStatus() {
        dialogs.confirmAnswer = false;
        Patient qualified = TestIdentities.qualified(bed.registry, bed.identities, IdentityTestBed.CALLER,
                TestIdentities.adrun());
        panel.show(qualified);

        panel.setAttribute(IdentityAttribute.HOMONYME, true);

        Patient after = bed.reread(qualified);
        assertThat(after.attributes()).containsExactly(IdentityAttribute.HOMONYME);
        assertThat(after.identityStatus()).isEqualTo(IdentityStatus.QUALIFIEE);
    }

    @Test
    void correctingAStrictTraitRemovesTheIns() {
        Patient qualified = TestIdentities.qualified(bed.registry, bed.identities, IdentityTestBed.CALLER,
                TestIdentities.adrun());
        identityDialogs.correction = Optional.of(new IdentityTraits("ADRUN", List.of("ZOE", "MARIE"), Sex.F,
                qualified.birthDate(), "63220"));
        panel.show(qualified);
        assertThat(panel.canCorrectProperty().get()).isTrue();

        panel.correctIdentity();

        Patient after = bed.reread(qualified);
        assertThat(after.identityStatus()).isEqualTo(IdentityStatus.VALIDEE);
        assertThat(after.matricule()).isNull();
        assertThat(panel.canCorrectProperty().get()).isFalse();
    }

    @Test
    void aConfirmedVerificationKeepsTheInsAndNotesTheDate() {
        Patient qualified = TestIdentities.qualified(bed.registry, bed.identities, IdentityTestBed.CALLER,
                TestIdentities.adrun());
        bed.insi.found("ADRUN", "ZOE", "63220", TestIdentities.adrun());
        panel.show(qualified);

        panel.verifyIns();

        assertThat(panel.messageProperty().get()).isEqualTo("INS confirmé par l'INSi.");
        assertThat(bed.reread(qualified).identityStatus()).isEqualTo(IdentityStatus.QUALIFIEE);
        assertThat(panel.history()).hasSize(3).first().extracting(IdentityDisplay.HistoryRow::what)
                .asString().startsWith("INS vérifié");
        assertThat(panel.lastVerificationProperty().get()).isEqualTo("23/11/2026 11:00");
    }

    @Test
    void aFailedVerificationRemovesTheIns() {
        Patient qualified = TestIdentities.qualified(bed.registry, bed.identities, IdentityTestBed.CALLER,
                TestIdentities.adrun());
        panel.show(qualified);

        panel.verifyIns();

        assertThat(panel.messageKindProperty().get()).isEqualTo(MessageKind.ERROR);
        assertThat(bed.reread(qualified).identityStatus()).isEqualTo(IdentityStatus.VALIDEE);
    }

    // --- datamatrix --------------------------------------------------------------------------------------------

    @Test
    void aScannedDatamatrixIsOnlyAProposalUntilInsiConfirmsIt() {
        bed.insi.found("ADRTROIS", "DOMINIQUE", "2A020", ADRTROIS);
        identityDialogs.datamatrix = Optional.of(DatamatrixInput.ofText(InsDatamatrix.encode(new DatamatrixIdentity(
                "297022A02077878", InsOid.NIR, List.of("DOMINIQUE"), "ADRTROIS", Sex.F,
                ADRTROIS.traits().birthDate(), "2A020"))));
        identityDialogs.searchDatamatrix = false;
        Patient patient = adrtrois();
        panel.show(patient);

        panel.scanDatamatrix();

        assertThat(identityDialogs.datamatrixProposals).singleElement()
                .satisfies(proposal -> assertThat(proposal.comparison().allEqual()).isTrue());
        assertThat(bed.insi.traitsCalls()).isEmpty();
        assertThat(bed.reread(patient).identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);

        identityDialogs.searchDatamatrix = true;
        panel.scanDatamatrix();

        assertThat(identityDialogs.lastProposal().method()).isEqualTo(IdentificationMethod.DATAMATRIX_INS);
        assertThat(bed.reread(patient).identityStatus()).isEqualTo(IdentityStatus.RECUPEREE);
    }

    @Test
    void anUnreadableDatamatrixShowsItsCode() {
        identityDialogs.datamatrix = Optional.of(DatamatrixInput.ofText("pas un datamatrix"));
        panel.show(adrtrois());

        panel.scanDatamatrix();

        assertThat(panel.messageProperty().get()).startsWith("INS-0061");
        assertThat(identityDialogs.datamatrixProposals).isEmpty();
    }

    // --- guards --------------------------------------------------------------------------------------------------

    @Test
    void unsavedEditsMustBeSavedBeforeAnIdentityAction() {
        panel.setUnsavedEdits(() -> true);
        panel.show(adrtrois());

        panel.searchIns();

        assertThat(panel.messageProperty().get()).contains("Enregistrez d'abord");
        assertThat(bed.insi.traitsCalls()).isEmpty();
    }

    @Test
    void withoutInsiTheSearchIsUnavailableAndSaysWhy() {
        bed.insiConfigured = false;
        IdentityPanelViewModel withoutInsi = panel();
        withoutInsi.show(adrtrois());

        assertThat(withoutInsi.canSearchProperty().get()).isFalse();
        assertThat(withoutInsi.canUseVitaleProperty().get()).isFalse();
        assertThat(withoutInsi.canValidateProperty().get()).isTrue();
        assertThat(withoutInsi.servicesNoteProperty().get()).startsWith("Téléservice INSi non configuré");
    }

    @Test
    void aQualifiedIdentityIsNotSearchedAgainButMayBeVerified() {
        Patient qualified = TestIdentities.qualified(bed.registry, bed.identities, IdentityTestBed.CALLER,
                TestIdentities.adrun());

        panel.show(qualified);

        assertThat(panel.canSearchProperty().get()).isFalse();
        assertThat(panel.canVerifyProperty().get()).isTrue();
        assertThat(panel.statusTextProperty().get()).isEqualTo("Identité qualifiée");
    }

    @Test
    void aNewFileHasNothingToActOn() {
        panel.clear();

        assertThat(panel.savedProperty().get()).isFalse();
        assertThat(panel.canValidateProperty().get()).isFalse();
        assertThat(panel.statusProperty().get()).isEqualTo(IdentityStatus.PROVISOIRE);
    }
}

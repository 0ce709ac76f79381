package fr.galien.app.ui.identity;

import static fr.galien.core.testsupport.TestIdentities.insi;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.FakeDialogService;
import fr.galien.app.ui.fake.FakeIdentityDialogs;
import fr.galien.app.ui.fake.IdentityTestBed;
import fr.galien.app.ui.identity.IdentityDialogs.LocalPatientChoice;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.InsOid;
import fr.galien.core.port.ApCvPort.ApCvStatus;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.core.testsupport.TestIdentities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counter's flow from the patient list (issue 4 "Done when"): the appli carte Vitale or the card, INSi, then the
 * local file found, picked or created, and the comparison in that file.
 */
class CounterIdentityViewModelTest {

    /** ADRTROIS TOUSSAINT M 1960-01-01 2B020, the sandbox's ApCV demo code; not a demo patient. */
    private static final InsIdentity TOUSSAINT = insi("ADRTROIS", List.of("TOUSSAINT"), Sex.M, "1960-01-01", "2B020",
            "160012B02077713", InsOid.NIR);

    @TempDir
    Path directory;

    private IdentityTestBed bed;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeIdentityDialogs identityDialogs = new FakeIdentityDialogs();
    private final List<Handed> handed = new ArrayList<>();
    private CounterIdentityViewModel counter;
    private IdentityPanelViewModel panel;

    private record Handed(Patient patient, InsIdentity identity, IdentificationMethod method) {
    }

    @BeforeEach
    void open() {
        bed = new IdentityTestBed(directory);
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        counter = new CounterIdentityViewModel(bed, bed.patients(), IdentityTestBed.CALLER, tasks, dialogs,
                identityDialogs, Delay.immediate());
        panel = new IdentityPanelViewModel(bed, IdentityTestBed.CALLER, tasks, dialogs, identityDialogs,
                Delay.immediate(), IdentityTestBed.CLOCK);
        counter.setHandoff((patient, identity, method) -> {
            handed.add(new Handed(patient, identity, method));
            panel.proposeFound(patient, identity, method);
        });
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void anApCvReadingForSomeoneUnknownCreatesThePatientWhoBecomesQualifiee() {
        bed.apCv.beneficiary(TOUSSAINT).answers(ApCvStatus.EN_ATTENTE, ApCvStatus.APPROUVEE);
        bed.insi.vitaleFinds(TOUSSAINT);

        counter.readApCv();

        assertThat(identityDialogs.candidatesShown).singleElement().asList().isEmpty();
        assertThat(handed).singleElement().satisfies(h -> {
            assertThat(h.method()).isEqualTo(IdentificationMethod.APCV);
            assertThat(h.patient().birthName()).isEqualTo("ADRTROIS");
        });
        assertThat(identityDialogs.lastProposal().allEqual()).isTrue();
        Patient created = bed.reread(handed.get(0).patient());
        assertThat(created.identityStatus()).isEqualTo(IdentityStatus.QUALIFIEE);
        assertThat(created.matricule()).isEqualTo("160012B02077713");
        assertThat(panel.messageProperty().get()).isEqualTo("Identité qualifiée par l'appli carte Vitale.");
        assertThat(counter.busyProperty().get()).isFalse();
    }

    @Test
    void aPatientFoundByNameAndBirthDateIsPickedByTheUser() {
        Patient local = bed.patient("Adrtrois", List.of("Toussaint"), Sex.M, "1960-01-01", "2B020");
        bed.patient("ADRTROIS", List.of("Dominique"), Sex.F, "1997-02-26", "2A020");
        bed.apCv.beneficiary(TOUSSAINT);
        bed.insi.vitaleFinds(TOUSSAINT);
        identityDialogs.localChoice = candidates -> LocalPatientChoice.open(candidates.get(0));

        counter.readCard();

        assertThat(identityDialogs.candidatesShown).singleElement().asList().extracting("id")
                .containsExactly(local.id());
        assertThat(handed).singleElement().satisfies(h -> {
            assertThat(h.patient().id()).isEqualTo(local.id());
            assertThat(h.method()).isEqualTo(IdentificationMethod.CARTE_VITALE);
        });
        assertThat(bed.reread(local).identityStatus()).isEqualTo(IdentityStatus.RECUPEREE);
    }

    @Test
    void aPatientHoldingTheMatriculeIsOpenedWithoutAsking() {
        Patient qualified = TestIdentities.qualified(bed.registry, bed.identities, IdentityTestBed.CALLER,
                TestIdentities.adrun());
        bed.apCv.beneficiary(TestIdentities.adrun()).answers(ApCvStatus.APPROUVEE);
        bed.insi.vitaleFinds(TestIdentities.adrun());

        counter.readApCv();

        assertThat(identityDialogs.candidatesShown).isEmpty();
        assertThat(handed).singleElement().extracting(h -> h.patient().id()).isEqualTo(qualified.id());
        assertThat(identityDialogs.proposals).isEmpty();
        assertThat(panel.messageProperty().get()).contains("déjà qualifié avec ce matricule");
    }

    @Test
    void cancellingTheChoiceOpensNothingAndCreatesNothing() {
        bed.apCv.beneficiary(TOUSSAINT).answers(ApCvStatus.APPROUVEE);
        bed.insi.vitaleFinds(TOUSSAINT);
        identityDialogs.localChoice = candidates -> LocalPatientChoice.cancel();

        counter.readApCv();

        assertThat(handed).isEmpty();
        assertThat(bed.registry.search(IdentityTestBed.CALLER, "ADRTROIS", 10)).isEmpty();
        assertThat(counter.messageProperty().get()).contains("rien n'a changé");
    }

    @Test
    void insiFindingNobodySaysSoAndOpensNothing() {
        bed.apCv.beneficiary(TOUSSAINT).answers(ApCvStatus.APPROUVEE);

        counter.readApCv();

        assertThat(handed).isEmpty();
        assertThat(counter.messageProperty().get()).contains("CR 01");
    }

    @Test
    void anExpiredReadingSaysSo() {
        bed.apCv.beneficiary(TOUSSAINT).answers(ApCvStatus.EN_ATTENTE, ApCvStatus.EXPIREE);

        counter.readApCv();

        assertThat(counter.messageProperty().get()).contains("expiré");
        assertThat(bed.insi.vitaleCalls()).isEmpty();
    }

    @Test
    void withoutTheApCvTheCounterSaysItIsNotConfigured() {
        bed.apCvConfigured = false;
        CounterIdentityViewModel without = new CounterIdentityViewModel(bed, bed.patients(), IdentityTestBed.CALLER,
                new CurrentThreadTaskExecutor(), dialogs, identityDialogs, Delay.immediate());

        without.readApCv();

        assertThat(without.availableProperty().get()).isFalse();
        assertThat(without.messageProperty().get()).contains("non configurés");
    }
}

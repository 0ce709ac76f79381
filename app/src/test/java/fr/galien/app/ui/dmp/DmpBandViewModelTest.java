package fr.galien.app.ui.dmp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.fake.ManualTaskExecutor;
import fr.galien.core.dmp.DmpBand;
import fr.galien.core.port.DmpPort.DmpAccess;
import fr.galien.core.port.DmpPort.DmpStatus;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The DMP band of the patient file: background, busy meanwhile, then the status and the new documents by type. */
class DmpBandViewModelTest {

    private static final Caller DOCTOR = Caller.pscProfessional("899700000001", "Paul INVENTE", Role.MEDECIN, "p1");
    private static final UUID PATIENT = UUID.randomUUID();

    private final FakeDmpContext dmp = new FakeDmpContext();

    @Test
    void theBandSaysARequestIsRunningThenFillsInWhenTheDmpAnswers() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        DmpBandViewModel band = new DmpBandViewModel(dmp, DOCTOR, tasks);
        dmp.band = new DmpBand(DmpBand.State.AUTHORISED, Optional.of(new DmpStatus(DmpAccess.AUTHORISED,
                Optional.empty(), true)), Map.of("11502-2", 2, "SYNTH", 1),
                Map.of("11502-2", "CR d'examens biologiques", "SYNTH", "Synthèse"), Optional.empty(), null);

        band.show(PATIENT);

        assertThat(band.busyProperty().get()).isTrue();
        assertThat(band.textProperty().get()).isEqualTo("DMP : interrogation en cours…");
        tasks.completeAll();
        assertThat(band.busyProperty().get()).isFalse();
        assertThat(band.stateProperty().get()).isEqualTo(DmpBand.State.AUTHORISED);
        assertThat(band.newDocumentsProperty().get()).isEqualTo(3);
        assertThat(band.textProperty().get()).startsWith("DMP ouvert, accès autorisé — 3 nouveau(x) document(s)")
                .contains("CR d'examens biologiques 2", "Synthèse 1");
    }

    @Test
    void eachCaseHasItsSentence() {
        DmpBandViewModel band = new DmpBandViewModel(dmp, DOCTOR, new CurrentThreadTaskExecutor());
        dmp.band = DmpBand.of(DmpBand.State.INS_NOT_QUALIFIED, null);
        band.show(PATIENT);
        assertThat(band.textProperty().get()).contains("INS non qualifiée");
        dmp.band = new DmpBand(DmpBand.State.PATIENT_OPPOSED, Optional.of(new DmpStatus(DmpAccess.PATIENT_OPPOSED,
                Optional.empty(), false)), Map.of(), Map.of(), Optional.empty(), null);
        band.show(PATIENT);
        assertThat(band.textProperty().get()).contains("opposé");
        dmp.band = new DmpBand(DmpBand.State.NO_DMP, Optional.of(new DmpStatus(DmpAccess.NO_DMP,
                Optional.of(LocalDate.of(2024, 6, 30)), false)), Map.of(), Map.of(), Optional.empty(), null);
        band.show(PATIENT);
        assertThat(band.textProperty().get()).isEqualTo("DMP fermé le 2024-06-30");
        dmp.band = DmpBand.of(DmpBand.State.SESSION_REQUIRED, "DMP-0001 : …");
        band.show(PATIENT);
        assertThat(band.textProperty().get()).contains("Pro Santé Connect");
    }

    @Test
    void anAnswerForAFileNoLongerShownIsDropped() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        DmpBandViewModel band = new DmpBandViewModel(dmp, DOCTOR, tasks);
        dmp.band = DmpBand.of(DmpBand.State.NO_DMP, null);
        band.show(PATIENT);
        band.show(UUID.randomUUID());
        tasks.complete(0); // the first file's answer, cancelled by the second: never shown
        assertThat(band.busyProperty().get()).isTrue();
        tasks.complete(0); // the second file's (the list shifted)
        assertThat(band.textProperty().get()).isEqualTo("Pas de DMP pour ce patient");
    }
}

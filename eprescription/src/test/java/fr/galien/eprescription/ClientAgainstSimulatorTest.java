package fr.galien.eprescription;

import static fr.galien.eprescription.ErxFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.EPrescriptionPort.Completeness;
import fr.galien.core.port.EPrescriptionPort.DispensationReceipt;
import fr.galien.core.port.EPrescriptionPort.EPrescription;
import fr.galien.core.port.EPrescriptionPort.NewPrescription;
import fr.galien.core.port.EPrescriptionPort.Registered;
import fr.galien.core.port.EPrescriptionPort.Status;
import fr.galien.core.port.EPrescriptionPort.Submission;
import fr.galien.sandbox.eprescription.EPrescriptionSimulator;
import fr.galien.sandbox.eprescription.ErxMode;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real client against the real simulator, in process, on loopback. */
class ClientAgainstSimulatorTest {

    private static EPrescriptionSimulator simulator;
    private static FhirEPrescriptionClient client;
    private final CallIdentity doctor = as(DOCTOR);
    private final CallIdentity pharmacist = as(PHARMACIST);

    static java.util.function.Consumer<Throwable> hasCode(String code) {
        return e -> assertThat(((SegurException) e).code()).as(e.getMessage()).isEqualTo(code);
    }

    @BeforeAll
    static void start() throws Exception {
        simulator = new EPrescriptionSimulator();
        simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = client(simulator.fhirBase());
    }

    @AfterAll
    static void stop() throws Exception {
        simulator.stop();
    }

    @BeforeEach
    void healthy() {
        simulator.modes().reset();
    }

    @Test
    void registersAndFetchesWithTheUniqueIdentifier() {
        NewPrescription rx = prescription(line(1, DOLIPRANE, "2", 0, false), line(2, AMOXICILLINE, "1", 0, true));
        Registered registered = client.register(DOCTOR_CALLER, doctor, rx);

        assertThat(registered.prescriptionId()).matches("[0-9A-Z]{18}");
        assertThat(registered.requestId()).isEqualTo(rx.requestId());
        EPrescription fetched = client.fetch(PHARMACIST_CALLER, pharmacist, registered.prescriptionId());
        assertThat(fetched.status()).isEqualTo(Status.ACTIVE);
        assertThat(fetched.patient().matricule()).isEqualTo("275126322074974");
        assertThat(fetched.patient().traits()).isEqualTo(adrun().traits());
        assertThat(fetched.prescriber().nationalId()).isEqualTo(DOCTOR);
        assertThat(fetched.prescriber().structureName()).isEqualTo("Cabinet du Parc");
        assertThat(fetched.lines()).hasSize(2);
        assertThat(fetched.lines().get(0).product()).isEqualTo(DOLIPRANE);
        assertThat(fetched.lines().get(0).quantity()).isEqualByComparingTo("2");
        assertThat(fetched.lines().get(0).posology().structured()).isPresent();
        assertThat(fetched.lines().get(1).nonSubstitutable()).isTrue();
        assertThat(fetched.authoredOn()).isEqualTo(rx.authoredOn());
    }

    @Test
    void aRegistrationSentTwiceGetsTheSameIdentifier() {
        NewPrescription rx = prescription(line(1, DOLIPRANE, "1", 0, false));
        Submission prepared = client.prepare(rx);

        String first = client.register(DOCTOR_CALLER, doctor, prepared).prescriptionId();
        String again = client.register(DOCTOR_CALLER, doctor, prepared).prescriptionId();

        assertThat(again).isEqualTo(first);
        assertThat(client.prepare(rx).body()).as("deterministic payload").isEqualTo(prepared.body());
    }

    @Test
    void partialThenCompleteDispensationThenUsedUp() {
        String id = client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "3", 0, false)))
                .prescriptionId();

        DispensationReceipt partial = client.record(PHARMACIST_CALLER, pharmacist,
                dispensation(id, given(1, "1", Completeness.PARTIAL)));
        assertThat(partial.status()).isEqualTo(Status.PARTIALLY_DISPENSED);
        DispensationReceipt rest = client.record(PHARMACIST_CALLER, pharmacist,
                dispensation(id, given(1, "2", Completeness.COMPLETE)));
        assertThat(rest.status()).isEqualTo(Status.COMPLETED);

        EPrescription after = client.fetch(PHARMACIST_CALLER, pharmacist, id);
        assertThat(after.dispensations()).hasSize(2);
        assertThat(after.dispensed(1)).isEqualByComparingTo("3");
        assertThat(after.dispensations().get(0).lines().get(0).completeness()).isEqualTo(Completeness.PARTIAL);
        assertThatThrownBy(() -> client.record(PHARMACIST_CALLER, pharmacist,
                dispensation(id, given(1, "1", Completeness.COMPLETE))))
                .isInstanceOf(SegurException.class).satisfies(hasCode("ERX-0117"));
    }

    @Test
    void aRenewablePrescriptionIsDispensedOncePerRenewalAndNoMore() {
        String id = client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "1", 2, false)))
                .prescriptionId();

        for (int i = 0; i < 3; i++) {
            client.record(PHARMACIST_CALLER, pharmacist, dispensation(id, given(1, "1", Completeness.COMPLETE)));
        }

        EPrescription after = client.fetch(PHARMACIST_CALLER, pharmacist, id);
        assertThat(after.dispensations()).hasSize(3);
        assertThat(after.status()).isEqualTo(Status.COMPLETED);
        assertThatThrownBy(() -> client.record(PHARMACIST_CALLER, pharmacist,
                dispensation(id, given(1, "1", Completeness.COMPLETE))))
                .isInstanceOf(SegurException.class).satisfies(hasCode("ERX-0117"));
    }

    @Test
    void oneDispensationCannotGiveMoreThanThePrescribedQuantity() {
        String id = client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "1", 2, false)))
                .prescriptionId();

        assertThatThrownBy(() -> client.record(PHARMACIST_CALLER, pharmacist,
                dispensation(id, given(1, "2", Completeness.COMPLETE))))
                .isInstanceOf(SegurException.class).satisfies(hasCode("ERX-0109"));
    }

    @Test
    void theSameDispensationSentTwiceIsRecordedOnce() {
        String id = client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "2", 0, false)))
                .prescriptionId();
        Submission prepared = client.prepare(dispensation(id, given(1, "1", Completeness.PARTIAL)));

        client.record(PHARMACIST_CALLER, pharmacist, prepared);
        client.record(PHARMACIST_CALLER, pharmacist, prepared);

        assertThat(client.fetch(PHARMACIST_CALLER, pharmacist, id).dispensations()).hasSize(1);
    }

    @Test
    void cancelWhileNothingDispensedThenNothingCanBeDispensed() {
        String id = client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "1", 0, false)))
                .prescriptionId();

        EPrescription cancelled = client.cancel(DOCTOR_CALLER, doctor, id);

        assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
        assertThatThrownBy(() -> client.record(PHARMACIST_CALLER, pharmacist,
                dispensation(id, given(1, "1", Completeness.COMPLETE))))
                .isInstanceOf(SegurException.class).satisfies(hasCode("ERX-0113"));
    }

    @Test
    void cancelOrModifyAfterADispensationIsRefused() {
        NewPrescription rx = prescription(line(1, DOLIPRANE, "2", 0, false));
        String id = client.register(DOCTOR_CALLER, doctor, rx).prescriptionId();
        client.record(PHARMACIST_CALLER, pharmacist, dispensation(id, given(1, "1", Completeness.PARTIAL)));

        assertThatThrownBy(() -> client.cancel(DOCTOR_CALLER, doctor, id))
                .isInstanceOf(SegurException.class).satisfies(hasCode("ERX-0114"));
        assertThatThrownBy(() -> client.modify(DOCTOR_CALLER, doctor, id, rx))
                .isInstanceOf(SegurException.class).satisfies(hasCode("ERX-0114"));
    }

    @Test
    void modifyKeepsTheIdentifierAndReplacesTheLines() {
        NewPrescription rx = prescription(line(1, DOLIPRANE, "2", 0, false));
        String id = client.register(DOCTOR_CALLER, doctor, rx).prescriptionId();
        NewPrescription replacement = new NewPrescription(rx.requestId(), rx.patient(), rx.prescriber(),
                rx.authoredOn(), List.of(line(1, AMOXICILLINE, "1", 1, false), line(2, DOLIPRANE, "1", 0, false)));

        assertThat(client.modify(DOCTOR_CALLER, doctor, id, replacement).prescriptionId()).isEqualTo(id);

        EPrescription fetched = client.fetch(PHARMACIST_CALLER, pharmacist, id);
        assertThat(fetched.lines()).extracting(l -> l.product().code())
                .containsExactly(AMOXICILLINE.code(), DOLIPRANE.code());
    }

    @Test
    void twoCountersAtTheSameMomentOneWinsTheOtherIsRefused() throws Exception {
        String id = client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "2", 0, false)))
                .prescriptionId();
        ExecutorService counters = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<DispensationReceipt>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(counters.submit(() -> {
                go.await();
                return client.record(PHARMACIST_CALLER, pharmacist,
                        dispensation(id, given(1, "2", Completeness.COMPLETE)));
            }));
        }
        go.countDown();
        int won = 0;
        List<String> refused = new ArrayList<>();
        for (Future<DispensationReceipt> result : results) {
            try {
                result.get(20, TimeUnit.SECONDS);
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                refused.add(((SegurException) e.getCause()).code());
            }
        }
        counters.shutdownNow();

        assertThat(won).isEqualTo(1);
        assertThat(refused).singleElement().isIn("ERX-0109", "ERX-0117");
        assertThat(client.fetch(PHARMACIST_CALLER, pharmacist, id).dispensed(1)).isEqualByComparingTo("2");
    }

    @Test
    void aNonConformantPrescriptionIsRefusedWithTheElementNamed() {
        String id = client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "1", 0, false)))
                .prescriptionId();
        Submission good = client.prepare(prescription(line(1, DOLIPRANE, "1", 0, false)));
        Submission withoutIns = new Submission(good.key(), good.operation(), good.mediaType(),
                good.body().replace("urn:oid:1.2.250.1.213.1.4.10", "urn:oid:1.2.3.4"));

        assertThatThrownBy(() -> client.register(DOCTOR_CALLER, doctor, withoutIns))
                .isInstanceOf(SegurException.class)
                .satisfies(e -> {
                    assertThat(((SegurException) e).code()).isEqualTo("ERX-0103");
                    assertThat(e.getMessage()).contains("INS").contains("Patient.identifier");
                });
        assertThat(id).isNotNull();
    }

    @Test
    void anUnknownIdentifierIsSaidSo() {
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .isInstanceOf(SegurException.class).satisfies(hasCode("ERX-0108"));
    }

    @Test
    void aTokenTheServiceCannotReadIsRefused() {
        CallIdentity garbage = CallIdentity.professional(new fr.galien.core.port.ProSanteConnectPort.AccessToken(
                "pas-un-jwt", java.time.Instant.now().plusSeconds(600), DOCTOR));

        assertThatThrownBy(() -> client.register(DOCTOR_CALLER, garbage, prescription(line(1, DOLIPRANE, "1", 0,
                false)))).isInstanceOf(SegurException.class).satisfies(hasCode("ERX-0115"));
    }

    @Test
    void theOrganisationCertificateIsNeverUsedForEPrescription() {
        assertThatThrownBy(() -> client.fetch(PHARMACIST_CALLER, CallIdentity.organisationCertificate(),
                "01AAAAAAAAAAAAAAAA")).isInstanceOf(SegurException.class).satisfies(hasCode("ERX-0112"));
    }

    @Test
    void serviceDownOrFailingIsWorthARetry() {
        simulator.modes().setMode(ErxMode.PANNE);
        assertThatThrownBy(() -> client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "1", 0,
                false)))).isInstanceOf(EPrescriptionPort.Unavailable.class).satisfies(hasCode("ERX-0101"));
        simulator.modes().setMode(ErxMode.ERREUR);
        assertThatThrownBy(() -> client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "1", 0,
                false)))).isInstanceOf(EPrescriptionPort.Unavailable.class).satisfies(hasCode("ERX-0116"));
    }

    @Test
    void aSlowServiceHitsTheTimeout() {
        simulator.modes().setMode(ErxMode.LENT);
        simulator.modes().setDelay(java.time.Duration.ofSeconds(2));
        FhirEPrescriptionClient impatient = new FhirEPrescriptionClient(
                ErxSettings.forEndpoint(simulator.fhirBase()).withTimeout(java.time.Duration.ofMillis(300)),
                java.time.Clock.systemUTC());

        assertThatThrownBy(() -> impatient.fetch(PHARMACIST_CALLER, pharmacist, "01AAAAAAAAAAAAAAAA"))
                .isInstanceOf(EPrescriptionPort.Unavailable.class).satisfies(hasCode("ERX-0101"));
    }

    @Test
    void notDispensedLinesCarryTheirReason() {
        String id = client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "1", 0, false),
                line(2, AMOXICILLINE, "1", 0, false))).prescriptionId();
        client.record(PHARMACIST_CALLER, pharmacist, dispensation(id, given(1, "1", Completeness.COMPLETE),
                new EPrescriptionPort.DispensedLine(2, BigDecimal.ZERO, Completeness.NOT_DISPENSED, null,
                        EPrescriptionPort.NotDispensedReason.RUPTURE)));

        EPrescription after = client.fetch(PHARMACIST_CALLER, pharmacist, id);
        assertThat(after.dispensations().get(0).lines().get(1).reason())
                .isEqualTo(EPrescriptionPort.NotDispensedReason.RUPTURE);
        assertThat(after.status()).isEqualTo(Status.PARTIALLY_DISPENSED);
    }

    @Test
    void aSubstitutionByAGenericIsRecordedWithTheGenericCode() {
        String id = client.register(DOCTOR_CALLER, doctor, prescription(line(1, DOLIPRANE, "1", 0, false)))
                .prescriptionId();
        client.record(PHARMACIST_CALLER, pharmacist, dispensation(id, new EPrescriptionPort.DispensedLine(1,
                BigDecimal.ONE, Completeness.COMPLETE, new EPrescriptionPort.Product(
                        EPrescriptionPort.CodeSystem.CIP13, GENERIC_CIP13, "PARACETAMOL 1000 mg"), null)));

        EPrescription after = client.fetch(PHARMACIST_CALLER, pharmacist, id);
        assertThat(after.dispensations().get(0).lines().get(0).substitute().code()).isEqualTo(GENERIC_CIP13);
    }
}

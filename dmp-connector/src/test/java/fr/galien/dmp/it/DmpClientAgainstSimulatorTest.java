package fr.galien.dmp.it;

import static fr.galien.dmp.DmpTestData.ADRTROIS;
import static fr.galien.dmp.DmpTestData.ADRUN;
import static fr.galien.dmp.DmpTestData.CORSE;
import static fr.galien.dmp.DmpTestData.DOCTOR;
import static fr.galien.dmp.DmpTestData.NESSI;
import static fr.galien.dmp.DmpTestData.NO_DMP;
import static fr.galien.dmp.DmpTestData.TCHITCHI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.domain.Sex;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.DmpException;
import fr.galien.core.port.DmpPort.DmpAccess;
import fr.galien.core.port.DmpPort.DmpDocument;
import fr.galien.core.port.DmpPort.DmpEntry;
import fr.galien.core.port.DmpPort.DmpQuery;
import fr.galien.core.port.DmpPort.DmpStatus;
import fr.galien.core.port.DmpPort.RetrievedDocument;
import fr.galien.core.port.DmpPort.SubmissionReceipt;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.port.QualifiedIns;
import fr.galien.dmp.DmpFhirClient;
import fr.galien.dmp.DmpSettings;
import fr.galien.dmp.DmpTestData;
import fr.galien.sandbox.dmp.DmpMode;
import fr.galien.sandbox.dmp.DmpSimulator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real DMP client against the DMP simulator: each operation and each refusal (issue 12, tests). */
class DmpClientAgainstSimulatorTest {

    private static DmpSimulator simulator;
    private static DmpFhirClient client;
    private static CallIdentity session;

    @BeforeAll
    static void start() throws Exception {
        simulator = new DmpSimulator();
        simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = new DmpFhirClient(DmpSettings.forEndpoint(simulator.fhirUrl()), Clock.systemUTC());
        session = DmpTestData.doctorSession(Instant.now());
    }

    @AfterAll
    static void stop() throws Exception {
        simulator.stop();
    }

    @BeforeEach
    void normal() {
        simulator.modes().reset();
    }

    @Test
    void statusTellsEachCaseOfTheCast() {
        assertThat(client.status(DOCTOR, session, ADRUN).access()).isEqualTo(DmpAccess.AUTHORISED);
        assertThat(client.status(DOCTOR, session, CORSE).access()).isEqualTo(DmpAccess.PATIENT_OPPOSED);
        assertThat(client.status(DOCTOR, session, NESSI).access()).isEqualTo(DmpAccess.CONSENT_REQUIRED);
        DmpStatus closed = client.status(DOCTOR, session, TCHITCHI);
        assertThat(closed.access()).isEqualTo(DmpAccess.NO_DMP);
        assertThat(closed.closedOn()).contains(LocalDate.of(2024, 6, 30));
        assertThat(client.status(DOCTOR, session, NO_DMP).exists()).isFalse();
        assertThat(simulator.journal().lastIdentity()).isEqualTo("psc:" + DmpTestData.DOCTOR_ID);
    }

    @Test
    void findListsTheSeededDocumentsNewestFirstAndFiltersByTypeAndDate() {
        List<DmpEntry> all = client.find(DOCTOR, session, ADRUN, DmpQuery.ALL);
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all).isSortedAccordingTo((a, b) -> b.creation().compareTo(a.creation()));
        assertThat(all).extracting(DmpEntry::typeCode).contains("11502-2", "11488-4", "SYNTH");
        DmpEntry biology = all.stream().filter(e -> e.typeCode().equals("11502-2")).findFirst().orElseThrow();
        assertThat(biology.authorId()).isEqualTo("810000000101");
        assertThat(biology.organisationName()).isEqualTo("Laboratoire Fictif de Biologie");

        assertThat(client.find(DOCTOR, session, ADRUN, new DmpQuery(Set.of("11502-2"), null, null, null)))
                .extracting(DmpEntry::typeCode).containsOnly("11502-2");
        LocalDate tenDaysAgo = LocalDate.now().minusDays(10);
        assertThat(client.find(DOCTOR, session, ADRUN, new DmpQuery(Set.of(), tenDaysAgo, null, null)))
                .extracting(DmpEntry::typeCode).contains("11502-2").doesNotContain("SYNTH");
        assertThat(client.find(DOCTOR, session, ADRUN, new DmpQuery(Set.of(), null, null, "810000000103")))
                .extracting(DmpEntry::typeCode).containsOnly("SYNTH");
    }

    @Test
    void retrieveGivesTheCdaBytes() {
        DmpEntry entry = client.find(DOCTOR, session, ADRUN, new DmpQuery(Set.of("11502-2"), null, null, null))
                .get(0);
        RetrievedDocument document = client.retrieve(DOCTOR, session, ADRUN, entry);
        assertThat(document.mimeType()).isEqualTo("text/xml");
        assertThat(new String(document.content(), StandardCharsets.UTF_8)).contains("<ClinicalDocument",
                entry.uniqueId());
    }

    @Test
    void submitStoresOnceAndAResendIsAnsweredAlreadyPresent() {
        String uniqueId = "2.25." + Math.abs(UUID.randomUUID().getMostSignificantBits());
        DmpDocument document = DmpTestData.consultation(ADRTROIS, uniqueId, "premier");
        long stored = simulator.journal().storedCount();

        SubmissionReceipt first = client.submit(DOCTOR, session, document);
        SubmissionReceipt again = client.submit(DOCTOR, session, document);

        assertThat(first.alreadyPresent()).isFalse();
        assertThat(again.alreadyPresent()).isTrue();
        assertThat(simulator.journal().storedCount()).isEqualTo(stored + 1);
        assertThat(simulator.documents()).filteredOn(d -> d.uniqueId().equals(uniqueId)).hasSize(1);
        assertThat(client.find(DOCTOR, session, ADRTROIS, DmpQuery.ALL)).extracting(DmpEntry::uniqueId)
                .contains(uniqueId);
    }

    @Test
    void theSameUniqueIdWithAnotherContentIsRefusedForGood() {
        String uniqueId = "2.25." + Math.abs(UUID.randomUUID().getMostSignificantBits());
        client.submit(DOCTOR, session, DmpTestData.consultation(ADRTROIS, uniqueId, "un"));

        assertRefused(() -> client.submit(DOCTOR, session, DmpTestData.consultation(ADRTROIS, uniqueId, "deux")),
                "DMP-0108", true);
    }

    @Test
    void metadataThatDisagreesWithTheCdaHeaderIsRefused() {
        DmpDocument good = DmpTestData.consultation(ADRTROIS, "2.25.4242" + System.nanoTime(), "x");
        DmpDocument wrongType = new DmpDocument(good.submissionId(), good.ins(), good.uniqueId(), "10", "11502-2",
                good.typeSystem(), good.typeDisplay(), good.formatCode(), good.title(), good.creation(),
                good.serviceStart(), good.author(), good.organisation(), good.confidentiality(), null, good.cda());

        assertRefused(() -> client.submit(DOCTOR, session, wrongType), "DMP-0105", true);
        assertThat(messageOf(() -> client.submit(DOCTOR, session, wrongType))).contains("type de document");
    }

    @Test
    void aClassTypePairOutsideAssX04IsRefused() {
        DmpDocument document = DmpTestData.document(ADRTROIS, "2.25.99" + System.nanoTime(), "11488-4",
                "CR de consultation", "43", 1, null, "x");
        assertThat(messageOf(() -> client.submit(DOCTOR, session, document))).contains("ASS_X04");
    }

    @Test
    void anInsWithAnotherOidIsRefused() {
        QualifiedIns demoOid = DmpTestData.ins("297022A02077878", "1.2.250.1.213.1.4.11", "ADRTROIS", "DOMINIQUE",
                Sex.F, LocalDate.of(1997, 2, 26));
        DmpDocument document = DmpTestData.consultation(demoOid, "2.25.98" + System.nanoTime(), "x");
        assertRefused(() -> client.submit(DOCTOR, session, document), "DMP-0105", true);
        assertThat(messageOf(() -> client.submit(DOCTOR, session, document))).contains("OID");
    }

    @Test
    void aPatientWithoutDmpIsRefused() {
        assertRefused(() -> client.submit(DOCTOR, session, DmpTestData.consultation(NO_DMP, "2.25.97"
                + System.nanoTime(), "x")), "DMP-0109", true);
    }

    @Test
    void replacementSupersedesThePreviousVersion() {
        String v1 = "2.25.501" + System.nanoTime();
        String v2 = "2.25.502" + System.nanoTime();
        client.submit(DOCTOR, session, DmpTestData.consultation(ADRTROIS, v1, "v1"));

        client.submit(DOCTOR, session, DmpTestData.document(ADRTROIS, v2, "11488-4", "CR de consultation", "10", 2,
                v1, "v2"));

        List<String> current = client.find(DOCTOR, session, ADRTROIS, DmpQuery.ALL).stream()
                .map(DmpEntry::uniqueId).toList();
        assertThat(current).contains(v2).doesNotContain(v1);
    }

    @Test
    void aReplacementOfAnUnknownDocumentIsRefused() {
        assertRefused(() -> client.submit(DOCTOR, session, DmpTestData.document(ADRTROIS, "2.25.503"
                + System.nanoTime(), "11488-4", "CR de consultation", "10", 2, "2.25.404", "v2")), "DMP-0105", true);
    }

    @Test
    void withdrawRemovesTheDocumentFromTheSearch() {
        String uniqueId = "2.25.601" + System.nanoTime();
        client.submit(DOCTOR, session, DmpTestData.consultation(ADRTROIS, uniqueId, "retirer"));

        client.withdraw(DOCTOR, session, ADRTROIS, uniqueId);

        assertThat(client.find(DOCTOR, session, ADRTROIS, DmpQuery.ALL)).extracting(DmpEntry::uniqueId)
                .doesNotContain(uniqueId);
        assertRefused(() -> client.withdraw(DOCTOR, session, ADRTROIS, "2.25.404404"), "DMP-0115", true);
    }

    @Test
    void anOpposedPatientsDocumentsAreNotReadButMayBeFed() {
        assertRefused(() -> client.find(DOCTOR, session, CORSE, DmpQuery.ALL), "DMP-0107", true);
        assertRefused(() -> client.find(DOCTOR, session, NESSI, DmpQuery.ALL), "DMP-0107", true);
        assertThat(client.submit(DOCTOR, session, DmpTestData.consultation(CORSE, "2.25.701" + System.nanoTime(),
                "x")).alreadyPresent()).isFalse();
    }

    @Test
    void aTokenTheServiceCannotReadIsRefusedAndTheSendWaits() {
        CallIdentity garbage = CallIdentity.professional(new AccessToken("pas-un-jwt",
                Instant.now().plusSeconds(60), DmpTestData.DOCTOR_ID));
        assertRefused(() -> client.status(DOCTOR, garbage, ADRUN), "DMP-0106", false);
    }

    @Test
    void anExpiredTokenIsNotSent() {
        CallIdentity expired = CallIdentity.professional(new AccessToken(DmpTestData.jwt(DmpTestData.DOCTOR_ID,
                Instant.now().minusSeconds(60)), Instant.now().minusSeconds(60), DmpTestData.DOCTOR_ID));
        long before = simulator.journal().statusCount();
        assertRefused(() -> client.status(DOCTOR, expired, ADRUN), "KIT-0010", false);
        assertThat(simulator.journal().statusCount()).isEqualTo(before);
    }

    @Test
    void theOrganisationCertificateIsRefusedWithoutACertificate() {
        assertRefused(() -> client.status(DOCTOR, CallIdentity.organisationCertificate(), ADRUN), "DMP-0110", false);
    }

    @Test
    void outageAndErrorModesAreTransient() {
        simulator.modes().setMode(DmpMode.PANNE);
        assertRefused(() -> client.submit(DOCTOR, session, DmpTestData.consultation(ADRTROIS, "2.25.801"
                + System.nanoTime(), "x")), "DMP-0101", false);
        simulator.modes().setMode(DmpMode.ERREUR);
        assertRefused(() -> client.status(DOCTOR, session, ADRUN), "DMP-0101", false);
    }

    @Test
    void theSlowModeEndsInTheClientsTimeout() {
        simulator.modes().setMode(DmpMode.LENT);
        simulator.modes().setDelay(Duration.ofSeconds(3));
        DmpFhirClient impatient = new DmpFhirClient(DmpSettings.forEndpoint(simulator.fhirUrl())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500)), Clock.systemUTC());
        assertRefused(() -> impatient.status(DOCTOR, session, ADRUN), "DMP-0101", false);
    }

    @Test
    void theLatencyModeAnswersAfterThreeSeconds() {
        simulator.modes().setMode(DmpMode.LATENCE);
        long start = System.nanoTime();
        assertThat(client.status(DOCTOR, session, ADRUN).readable()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
    }

    private static void assertRefused(Runnable call, String code, boolean permanent) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DmpException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.permanent()).as("permanent").isEqualTo(permanent);
        });
    }

    private static String messageOf(Runnable call) {
        try {
            call.run();
        } catch (DmpException e) {
            return e.getMessage();
        }
        throw new AssertionError("no refusal");
    }
}

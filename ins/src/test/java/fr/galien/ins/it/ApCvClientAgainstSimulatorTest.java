package fr.galien.ins.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ApCvPort.ApCvPoll;
import fr.galien.core.port.ApCvPort.ApCvSession;
import fr.galien.core.port.ApCvPort.ApCvStatus;
import fr.galien.core.port.ApCvPort.VitaleReading;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.testsupport.MutableClock;
import fr.galien.ins.ApCvHttpClient;
import fr.galien.ins.ApCvSettings;
import fr.galien.ins.InsiSettings;
import fr.galien.ins.InsiSoapClient;
import fr.galien.sandbox.apcv.ApCvMode;
import fr.galien.sandbox.apcv.ApCvSimulator;
import fr.galien.sandbox.apcv.ApCvTestCodes;
import fr.galien.sandbox.insi.InsiSimulator;
import fr.galien.sandbox.insi.TestIdentities;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real ApCV client against the ApCV simulator (our own contract, docs/sandbox.md), then the reading fed to the
 * real INSi client against the INSi simulator: the counter's "scan the QR, get the INS" path end to end. The
 * simulator runs on a movable clock, so the patient's approval needs no sleeping.
 */
class ApCvClientAgainstSimulatorTest {

    private static final Caller CALLER = Caller.pscProfessional("899900000001", "Pharmacien Test",
            Role.PHARMACIEN_TITULAIRE, "poste-1");
    private static final Duration APPROVAL = Duration.ofSeconds(2);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private ApCvSimulator simulator;
    private ApCvHttpClient client;

    @BeforeEach
    void start() throws Exception {
        simulator = new ApCvSimulator(new fr.galien.sandbox.apcv.ApCvSettings(APPROVAL, Duration.ofMinutes(2),
                Duration.ofMillis(500), clock));
        simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = new ApCvHttpClient(ApCvSettings.forEndpoint(endpoint()), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        simulator.stop();
    }

    @Test
    void scannedCodeOpensAReadingThatWaitsForThePatient() {
        ApCvSession session = client.startApCv(CALLER, ApCvTestCodes.ADRUN_ZOE.content());

        assertThat(session.pollEvery()).isEqualTo(Duration.ofMillis(500));
        assertThat(client.poll(CALLER, session)).isEqualTo(new ApCvPoll(ApCvStatus.EN_ATTENTE, null));
    }

    @Test
    void approvedReadingGivesTheBeneficiary() {
        ApCvSession session = client.startApCv(CALLER, ApCvTestCodes.ADRUN_ZOE.content());
        clock.advance(APPROVAL.plusSeconds(1));

        ApCvPoll poll = client.poll(CALLER, session);

        assertThat(poll.status()).isEqualTo(ApCvStatus.APPROUVEE);
        assertThat(poll.reading()).isEqualTo(new VitaleReading("275126322074974", "275126322074974", "ADRUN", null,
                List.of("ZOE"), Sex.F, new BirthDate(1975, 12, 31), "63220", "1"));
    }

    @Test
    void approvedReadingThenInsiWithVitaleGivesTheIns() throws Exception {
        ApCvSession session = client.startApCv(CALLER, ApCvTestCodes.ECETINSI_PIERRE_ALAIN.content());
        clock.advance(APPROVAL.plusSeconds(1));
        VitaleReading reading = client.poll(CALLER, session).reading();
        InsiSimulator insi = new InsiSimulator();
        insi.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        try {
            InsiSoapClient insiClient = new InsiSoapClient(InsiSettings.forEndpoint(insi.lpsUrl()),
                    Clock.systemUTC());

            InsiResult result = insiClient.searchWithVitale(CALLER, reading.toQuery());

            assertThat(result.cr()).isEqualTo(CodeCr.UNE_IDENTITE);
            assertThat(result.identity().orElseThrow().active().matricule())
                    .isEqualTo(TestIdentities.ECETINSI_PIERRE_ALAIN.matricule15());
        } finally {
            insi.stop();
        }
    }

    @Test
    void childOnAParentsCardComesWithoutItsOwnMatricule() {
        ApCvSession session = client.startApCv(CALLER, ApCvTestCodes.NESSI_MICHELANGELO.content());
        clock.advance(APPROVAL.plusSeconds(1));

        VitaleReading reading = client.poll(CALLER, session).reading();

        assertThat(reading.matriculeIndividu()).isNull();
        assertThat(reading.matriculeOuvrantDroit()).isNotNull();
        assertThat(reading.rangNaissance()).isEqualTo("1");
    }

    @Test
    void usedNameOnTheCardIsKeptApartFromTheBirthName() {
        ApCvSession session = client.startApCv(CALLER, ApCvTestCodes.ECART_ESSAI_CAMILLE.content());
        clock.advance(APPROVAL.plusSeconds(1));

        VitaleReading reading = client.poll(CALLER, session).reading();

        assertThat(reading.birthName()).isEqualTo("ECART-ESSAI");
        assertThat(reading.usedName()).isEqualTo("MOREAU-ESSAI");
    }

    @Test
    void patientWhoRefusesGivesNoReading() {
        ApCvSession session = client.startApCv(CALLER, ApCvTestCodes.REFUS.content());
        clock.advance(APPROVAL.plusSeconds(1));

        assertThat(client.poll(CALLER, session)).isEqualTo(new ApCvPoll(ApCvStatus.REFUSEE, null));
    }

    @Test
    void unansweredReadingExpires() {
        ApCvSession session = client.startApCv(CALLER, ApCvTestCodes.SANS_REPONSE.content());
        clock.advance(Duration.ofMinutes(3));

        assertThat(client.poll(CALLER, session)).isEqualTo(new ApCvPoll(ApCvStatus.EXPIREE, null));
    }

    @Test
    void expiredQrIsRefusedAtTheScan() {
        SegurException error = catchThrowableOfType(SegurException.class,
                () -> client.startApCv(CALLER, ApCvTestCodes.PERIME.content()));

        assertThat(error.code()).isEqualTo("INS-0153");
    }

    @Test
    void somethingThatIsNotAnApCvCodeIsRefused() {
        SegurException error = catchThrowableOfType(SegurException.class,
                () -> client.startApCv(CALLER, "https://example.org/not-a-vitale-code"));

        assertThat(error.code()).isEqualTo("INS-0152");
    }

    @Test
    void unknownReadingIsSaidSo() {
        SegurException error = catchThrowableOfType(SegurException.class,
                () -> client.poll(CALLER, new ApCvSession("inconnue", Duration.ofMillis(500))));

        assertThat(error.code()).isEqualTo("INS-0154");
    }

    @Test
    void cardInTheReaderIsRead() {
        simulator.modes().insertCard(ApCvTestCodes.ADRTROIS_TOUSSAINT);

        VitaleReading reading = client.readCard(CALLER);

        assertThat(reading.matriculeIndividu()).isEqualTo(TestIdentities.ADRTROIS_TOUSSAINT.matricule15());
        assertThat(reading.birthPlaceCode()).isEqualTo("2B020");
    }

    @Test
    void emptyReaderIsSaidSo() {
        simulator.modes().insertCard(null);

        SegurException error = catchThrowableOfType(SegurException.class, () -> client.readCard(CALLER));

        assertThat(error.code()).isEqualTo("INS-0155");
    }

    @Test
    void serviceDownIsUnavailable() {
        simulator.modes().setMode(ApCvMode.PANNE);

        SegurException error = catchThrowableOfType(SegurException.class,
                () -> client.startApCv(CALLER, ApCvTestCodes.ADRUN_ZOE.content()));

        assertThat(error.code()).isEqualTo("INS-0151");
    }

    @Test
    void slowServiceBeyondTheClientsPatienceIsUnavailable() {
        simulator.modes().setMode(ApCvMode.LENT);
        simulator.modes().setSlowDelay(Duration.ofMillis(1_500));
        ApCvHttpClient impatient = new ApCvHttpClient(ApCvSettings.forEndpoint(endpoint())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)), Clock.systemUTC());

        SegurException error = catchThrowableOfType(SegurException.class,
                () -> impatient.startApCv(CALLER, ApCvTestCodes.ADRUN_ZOE.content()));

        assertThat(error.code()).isEqualTo("INS-0151");
        assertThat(error.userMessage()).contains("délai de réponse dépassé");
    }

    @Test
    void stoppedServiceIsUnavailable() throws Exception {
        URI endpoint = endpoint();
        simulator.stop();
        ApCvHttpClient orphan = new ApCvHttpClient(ApCvSettings.forEndpoint(endpoint), Clock.systemUTC());

        SegurException error = catchThrowableOfType(SegurException.class, () -> orphan.readCard(CALLER));

        assertThat(error.code()).isEqualTo("INS-0151");
        assertThat(error.userMessage()).contains("connexion refusée");
    }

    private URI endpoint() {
        return simulator.baseUrl().resolve("/apcv");
    }
}

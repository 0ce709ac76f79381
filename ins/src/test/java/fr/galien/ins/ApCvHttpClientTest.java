package fr.galien.ins;

import static fr.galien.ins.InsiSoapClientTest.CALLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ApCvPort.ApCvPoll;
import fr.galien.core.port.ApCvPort.ApCvSession;
import fr.galien.core.port.ApCvPort.ApCvStatus;
import fr.galien.core.port.ApCvPort.VitaleReading;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ApCV client against a scripted loopback server speaking the sandbox contract (docs/sandbox.md). */
class ApCvHttpClientTest {

    private static final String BENEFICIAIRE = """
            {"matriculeIndividu":"297022A02077878","matriculeOuvrantDroit":"175126322074974",\
            "nomNaissance":"ADRTROIS","nomUsuel":null,"prenoms":["DOMINIQUE"],"sexe":"F",\
            "dateNaissance":"1997-02-26","lieuNaissance":"2A020","rangNaissance":"1"}""";

    private StubServer server;
    private ApCvHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = new StubServer().contentType("application/json");
        client = new ApCvHttpClient(ApCvSettings.forEndpoint(server.url("/apcv/"))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void startPostsTheScannedTextAndOpensASession() {
        server.answer(201, "{\"id\":\"lec-1\",\"statut\":\"EN_ATTENTE\",\"interrogerDansMs\":500}");

        ApCvSession session = client.startApCv(CALLER, "APCV1:abc");

        assertThat(session).isEqualTo(new ApCvSession("lec-1", Duration.ofMillis(500)));
        assertThat(server.lastRequest().method()).isEqualTo("POST");
        assertThat(server.lastRequest().path()).isEqualTo("/apcv/v1/lectures");
        assertThat(server.lastRequest().bodyText()).isEqualTo("{\"qr\":\"APCV1:abc\"}");
    }

    @Test
    void absurdPollHintsAreBounded() {
        server.answer(201, "{\"id\":\"lec-1\",\"statut\":\"EN_ATTENTE\",\"interrogerDansMs\":1}");

        assertThat(client.startApCv(CALLER, "APCV1:abc").pollEvery()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void invalidQrIsSaidSo() {
        server.answer(400, "{\"erreur\":\"QR_INVALIDE\",\"message\":\"Code inconnu\"}");

        assertThat(error(() -> client.startApCv(CALLER, "hello")).code()).isEqualTo("INS-0152");
    }

    @Test
    void blankQrIsRefusedWithoutCalling() {
        assertThat(error(() -> client.startApCv(CALLER, " ")).code()).isEqualTo("INS-0152");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void expiredQrIsSaidSo() {
        server.answer(410, "{\"erreur\":\"QR_EXPIRE\",\"message\":\"Expiré\"}");

        assertThat(error(() -> client.startApCv(CALLER, "APCV1:old")).code()).isEqualTo("INS-0153");
    }

    @Test
    void serviceDownIsUnavailable() {
        server.answer(503, "{\"erreur\":\"SERVICE_INDISPONIBLE\"}");

        assertThat(error(() -> client.startApCv(CALLER, "APCV1:abc")).code()).isEqualTo("INS-0151");
        assertThat(client.lastCall().outcome()).isEqualTo(CallStatus.Outcome.UNAVAILABLE);
    }

    @Test
    void pollingWhileThePatientHasNotAnsweredGivesNoReading() {
        server.answer(200, "{\"id\":\"lec-1\",\"statut\":\"EN_ATTENTE\",\"beneficiaire\":null}");

        ApCvPoll poll = client.poll(CALLER, new ApCvSession("lec-1", Duration.ofMillis(500)));

        assertThat(poll).isEqualTo(new ApCvPoll(ApCvStatus.EN_ATTENTE, null));
        assertThat(server.lastRequest().path()).isEqualTo("/apcv/v1/lectures/lec-1");
    }

    @Test
    void approvedSessionCarriesTheBeneficiary() {
        server.answer(200, "{\"id\":\"lec-1\",\"statut\":\"APPROUVEE\",\"beneficiaire\":" + BENEFICIAIRE + "}");

        ApCvPoll poll = client.poll(CALLER, new ApCvSession("lec-1", Duration.ofMillis(500)));

        assertThat(poll.reading()).isEqualTo(new VitaleReading("297022A02077878", "175126322074974", "ADRTROIS", null,
                List.of("DOMINIQUE"), Sex.F, new BirthDate(1997, 2, 26), "2A020", "1"));
    }

    @Test
    void refusedAndExpiredSessionsCarryNoReading() {
        server.answer(200, "{\"id\":\"lec-1\",\"statut\":\"REFUSEE\",\"beneficiaire\":null}");
        assertThat(client.poll(CALLER, new ApCvSession("lec-1", Duration.ofMillis(500))).status())
                .isEqualTo(ApCvStatus.REFUSEE);

        server.answer(200, "{\"id\":\"lec-1\",\"statut\":\"EXPIREE\",\"beneficiaire\":null}");
        assertThat(client.poll(CALLER, new ApCvSession("lec-1", Duration.ofMillis(500))).status())
                .isEqualTo(ApCvStatus.EXPIREE);
    }

    @Test
    void approvedWithoutBeneficiaryIsUnreadable() {
        server.answer(200, "{\"id\":\"lec-1\",\"statut\":\"APPROUVEE\",\"beneficiaire\":null}");

        assertThat(error(() -> client.poll(CALLER, new ApCvSession("lec-1", Duration.ofMillis(500)))).code())
                .isEqualTo("INS-0156");
    }

    @Test
    void unknownStatusIsUnreadable() {
        server.answer(200, "{\"id\":\"lec-1\",\"statut\":\"PEUT_ETRE\"}");

        assertThat(error(() -> client.poll(CALLER, new ApCvSession("lec-1", Duration.ofMillis(500)))).code())
                .isEqualTo("INS-0156");
    }

    @Test
    void unknownSessionIsSaidSo() {
        server.answer(404, "{\"erreur\":\"INCONNUE\"}");

        assertThat(error(() -> client.poll(CALLER, new ApCvSession("nope", Duration.ofMillis(500)))).code())
                .isEqualTo("INS-0154");
    }

    @Test
    void sessionIdsAreEncodedInThePath() {
        server.answer(404, "");

        error(() -> client.poll(CALLER, new ApCvSession("../lecteur/carte", Duration.ofMillis(500))));

        assertThat(server.lastRequest().path()).isEqualTo("/apcv/v1/lectures/..%2Flecteur%2Fcarte");
    }

    @Test
    void cardInTheReaderIsRead() {
        server.answer(200, BENEFICIAIRE);

        VitaleReading reading = client.readCard(CALLER);

        assertThat(reading.matriculeOuvrantDroit()).isEqualTo("175126322074974");
        assertThat(server.lastRequest().path()).isEqualTo("/apcv/v1/lecteur/carte");
    }

    @Test
    void noCardIsSaidSo() {
        server.answer(404, "{\"erreur\":\"AUCUNE_CARTE\"}");

        assertThat(error(() -> client.readCard(CALLER)).code()).isEqualTo("INS-0155");
    }

    @Test
    void lunarBirthDateAndChildWithoutOwnMatriculeAreRead() {
        server.answer(200, BENEFICIAIRE.replace("\"297022A02077878\"", "null").replace("1997-02-26", "2019-00-00"));

        VitaleReading reading = client.readCard(CALLER);

        assertThat(reading.matriculeIndividu()).isNull();
        assertThat(reading.birthDate()).isEqualTo(new BirthDate(2019, 0, 0));
    }

    @Test
    void malformedBeneficiaryFieldsAreUnreadable() {
        for (String broken : List.of(BENEFICIAIRE.replace("\"F\"", "\"X\""),
                BENEFICIAIRE.replace("1997-02-26", "26/02/1997"),
                BENEFICIAIRE.replace("175126322074974", "17512"),
                BENEFICIAIRE.replace("[\"DOMINIQUE\"]", "\"DOMINIQUE\""),
                BENEFICIAIRE.replace("\"nomNaissance\":\"ADRTROIS\",", ""),
                "[1,2]", "{\"a\":", "not json", "{\"a\":1}{\"b\":2}", "[".repeat(100))) {
            server.answer(200, broken);
            assertThat(error(() -> client.readCard(CALLER)).code()).as(broken).isEqualTo("INS-0156");
        }
    }

    @Test
    void aBadKeyInTheCardsMatriculeIsNotRejected() {
        server.answer(200, BENEFICIAIRE.replace("297022A02077878", "181036322045660"));

        assertThat(client.readCard(CALLER).matriculeIndividu()).isEqualTo("181036322045660");
    }

    @Test
    void refusedConnectionIsUnavailable() throws IOException {
        URI closed = InsiSoapClientTest.closedPortUrl();
        ApCvHttpClient down = new ApCvHttpClient(ApCvSettings.forEndpoint(closed), Clock.systemUTC());

        assertThat(error(() -> down.readCard(CALLER)).code()).isEqualTo("INS-0151");
    }

    @Test
    void slowServiceTimesOut() {
        server.answer(200, BENEFICIAIRE).delay(Duration.ofSeconds(3));

        assertThat(error(() -> client.readCard(CALLER)).code()).isEqualTo("INS-0151");
    }

    @Test
    void notConfiguredSaysSo() {
        ApCvHttpClient unconfigured = new ApCvHttpClient(ApCvSettings.from(Map.of()), Clock.systemUTC());

        assertThat(error(() -> unconfigured.readCard(CALLER)).code()).isEqualTo("INS-0150");
    }

    private static SegurException error(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(SegurException.class, call);
    }
}

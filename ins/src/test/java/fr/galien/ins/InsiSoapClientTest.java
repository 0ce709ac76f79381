package fr.galien.ins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.port.InsiPort.VitaleQuery;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's HTTP side against a scripted loopback server: headers, statuses, faults, timeouts, sizes. */
class InsiSoapClientTest {

    static final Caller CALLER = Caller.pscProfessional("899900000001", "Pharmacien Test", Role.PHARMACIEN_TITULAIRE,
            "poste-1");
    static final IdentityTraits ADRUN = new IdentityTraits("ADRUN", List.of("ZOE"), Sex.F,
            new BirthDate(1975, 12, 31), null);

    private StubServer server;
    private InsiSoapClient client;

    @BeforeEach
    void start() throws IOException {
        server = new StubServer();
        client = new InsiSoapClient(InsiSettings.forEndpoint(server.url("/insi/lps"))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void postsSoap12WithTheActionInTheMediaType() {
        server.answer(200, InsiAnswers.CR01);

        client.searchByTraits(CALLER, ADRUN);

        StubServer.Recorded request = server.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/insi/lps");
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/soap+xml; charset=utf-8;"
                + " action=\"urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite\"");
        assertThat(request.headers().containsKey("SOAPAction")).isFalse();
    }

    @Test
    void vitaleSearchUsesItsOwnAction() {
        server.answer(200, InsiAnswers.CR01);

        client.searchWithVitale(CALLER, new VitaleQuery(null, "275126322074974", "ADRUN", new BirthDate(1975, 12, 31),
                "1"));

        assertThat(server.lastRequest().headers().getFirst("Content-Type"))
                .contains("action=\"urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecCarteVitale\"");
        assertThat(server.lastRequest().bodyText()).contains("<RECVITALE xmlns=\"http://www.cnamts.fr/INSiRecVit\">");
    }

    @Test
    void eachSearchIsExactlyOneExchange() {
        server.answer(200, InsiAnswers.CR02);

        client.searchByTraits(CALLER, new IdentityTraits("ECETINSI", List.of("PIERRE-ALAIN", "MURIEL"), Sex.M,
                new BirthDate(2009, 7, 14), null));

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void eachCallHasItsOwnMessageId() {
        server.answer(200, InsiAnswers.CR01);

        client.searchByTraits(CALLER, ADRUN);
        String first = messageId(server.lastRequest().bodyText());
        client.searchByTraits(CALLER, ADRUN);

        assertThat(messageId(server.lastRequest().bodyText())).isNotEqualTo(first).startsWith("uuid:");
    }

    @Test
    void emitterIsTheCallerUnlessConfigured() {
        server.answer(200, InsiAnswers.CR01);
        client.searchByTraits(CALLER, ADRUN);
        assertThat(server.lastRequest().bodyText()).contains("<ctxbam:Emetteur>psc:899900000001</ctxbam:Emetteur>");

        InsiSoapClient configured = new InsiSoapClient(InsiSettings.from(Map.of("endpoint",
                server.url("/insi/lps").toString(), "emetteur", "officine-test")), Clock.systemUTC());
        configured.searchByTraits(CALLER, ADRUN);

        assertThat(server.lastRequest().bodyText()).contains("<ctxbam:Emetteur>officine-test</ctxbam:Emetteur>");
    }

    @Test
    void answerIsMappedToTheResult() {
        server.answer(200, InsiAnswers.CR00_WITH_HISTORY);

        InsiResult result = client.searchByTraits(CALLER, ADRUN);

        assertThat(result.cr()).isEqualTo(CodeCr.UNE_IDENTITE);
        assertThat(result.identity().orElseThrow().history()).hasSize(2);
    }

    @Test
    void senderFaultWithHttp400IsARefusalWithItsCodes() {
        server.answer(400, InsiAnswers.FAULT_SENDER);

        SegurException error = call();

        assertThat(error.code()).isEqualTo("INS-0103");
        assertThat(error.userMessage()).contains("siram_100", "desir_550");
    }

    @Test
    void receiverFaultWithHttp500IsAServiceError() {
        server.answer(500, InsiAnswers.FAULT_RECEIVER.replace("siram_40", "siram_41"));

        assertThat(call().code()).isEqualTo("INS-0104");
    }

    @Test
    void temporarilyUnavailableFaultIsUnavailable() {
        server.answer(500, InsiAnswers.FAULT_RECEIVER);

        assertThat(call().code()).isEqualTo("INS-0101");
    }

    @Test
    void faultWithHttp200IsStillAFault() {
        server.answer(200, InsiAnswers.FAULT_SENDER);

        assertThat(call().code()).isEqualTo("INS-0103");
    }

    @Test
    void http503WithoutFaultIsUnavailable() {
        server.answer(503, "<html>maintenance</html>").contentType("text/html");

        SegurException error = call();

        assertThat(error.code()).isEqualTo("INS-0101");
        assertThat(error.userMessage()).contains("HTTP 503", "provisoire");
    }

    @Test
    void http404WithoutFaultIsAnHttpError() {
        server.answer(404, "not found").contentType("text/plain");

        SegurException error = call();

        assertThat(error.code()).isEqualTo("INS-0102");
        assertThat(error.userMessage()).contains("HTTP 404");
    }

    @Test
    void slowServiceTimesOutAsUnavailable() {
        server.answer(200, InsiAnswers.CR01).delay(Duration.ofSeconds(3));

        SegurException error = call();

        assertThat(error.code()).isEqualTo("INS-0101");
        assertThat(error.userMessage()).contains("délai de réponse dépassé");
    }

    @Test
    void refusedConnectionIsUnavailable() throws IOException {
        InsiSoapClient closed = new InsiSoapClient(InsiSettings.forEndpoint(closedPortUrl()), Clock.systemUTC());

        SegurException error = catchThrowableOfType(SegurException.class, () -> closed.searchByTraits(CALLER, ADRUN));

        assertThat(error.code()).isEqualTo("INS-0101");
        assertThat(error.userMessage()).contains("connexion refusée");
    }

    @Test
    void oversizedAnswerIsRefusedWhileItArrives() {
        server.answer(200, InsiAnswers.CR01.replace("</RESULTAT>", "</RESULTAT>" + "<!-- x -->".repeat(50_000)));

        SegurException error = call();

        assertThat(error.code()).isEqualTo("INS-0108");
    }

    @Test
    void unreadableAnswerKeepsItsCode() {
        server.answer(200, "<soap:Envelope");

        assertThat(call().code()).isEqualTo("INS-0105");
    }

    @Test
    void notConfiguredSaysSoWithoutCallingAnything() {
        InsiSoapClient unconfigured = new InsiSoapClient(InsiSettings.from(Map.of()), Clock.systemUTC());

        SegurException error = catchThrowableOfType(SegurException.class,
                () -> unconfigured.searchByTraits(CALLER, ADRUN));

        assertThat(error.code()).isEqualTo("INS-0100");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void lastCallIsRememberedForHealth() {
        server.answer(200, InsiAnswers.CR02);
        client.searchByTraits(CALLER, ADRUN);
        assertThat(client.lastCall().outcome()).isEqualTo(CallStatus.Outcome.OK);

        server.answer(503, "");
        call();
        assertThat(client.lastCall().outcome()).isEqualTo(CallStatus.Outcome.UNAVAILABLE);

        server.answer(400, InsiAnswers.FAULT_SENDER);
        call();
        assertThat(client.lastCall().outcome()).isEqualTo(CallStatus.Outcome.REFUSED);
    }

    @Test
    void fixedIdsMakeTheRequestReproducible() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        InsiSoapClient fixed = new InsiSoapClient(InsiSettings.forEndpoint(server.url("/insi/lps")),
                Clock.systemUTC(), () -> id, InsiResponseParser.LIMITS);
        server.answer(200, InsiAnswers.CR01);

        fixed.searchByTraits(CALLER, ADRUN);

        assertThat(messageId(server.lastRequest().bodyText())).isEqualTo("uuid:" + id);
    }

    private SegurException call() {
        return catchThrowableOfType(SegurException.class, () -> client.searchByTraits(CALLER, ADRUN));
    }

    private static String messageId(String request) {
        int start = request.indexOf("<wsa:MessageID");
        start = request.indexOf('>', start) + 1;
        return request.substring(start, request.indexOf('<', start));
    }

    static URI closedPortUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + "/insi/lps");
    }
}

package fr.galien.sandbox.apcv;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.insi.InsiSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every ApCV beneficiary, sent to the INSi simulator « with Vitale » as a counter would (the individual matricule,
 * else the opening-rights matricule and the rank), comes back CR 00 with the same person: the two simulators agree.
 */
class ApCvAgreesWithInsiTest {

    private static final Pattern ACTIVE = Pattern.compile(
            "<INSACTIF><IdIndividu><NumIdentifiant>([^<]+)</NumIdentifiant><Cle>([^<]+)</Cle>");
    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    @Test
    void everyTestCodeIsFoundByTheInsiVitaleSearch() throws Exception {
        try (SandboxHost host = SandboxHost.start(SandboxOptions.defaults(),
                List.of(new ApCvSimulator(), new InsiSimulator()))) {
            URI lps = host.urls().get(InsiSimulator.ID).resolve(InsiSimulator.LPS_PATH);
            for (ApCvTestCode code : ApCvTestCodes.all()) {
                ApCvBeneficiary card = code.beneficiary();
                String answer = post(lps, vitaleRequest(card));
                assertThat(answer).as(code.token()).contains("<CodeCR>00</CodeCR>");
                Matcher active = ACTIVE.matcher(answer);
                assertThat(active.find()).isTrue();
                assertThat(active.group(1) + active.group(2)).as(code.token())
                        .isEqualTo(code.identity().matricule15());
                assertThat(answer).contains("<NomNaissance>" + card.nomNaissance() + "</NomNaissance>")
                        .contains("<ListePrenom>" + String.join(" ", card.prenoms()) + "</ListePrenom>");
            }
        }
    }

    private String post(URI lps, String xml) throws Exception {
        return http.send(HttpRequest.newBuilder(lps).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/soap+xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** A RECVITALE request built from the card as the counter reads it (sample, test side only). */
    private static String vitaleRequest(ApCvBeneficiary card) {
        StringBuilder body = new StringBuilder("<RECVITALE xmlns=\"http://www.cnamts.fr/INSiRecVit\">");
        if (card.matriculeIndividu() != null) {
            matricule(body, "MatriculeIndividu", card.matriculeIndividu());
        }
        matricule(body, "MatriculeOD", card.matriculeOuvrantDroit());
        body.append("<NomNaissance>").append(card.nomNaissance()).append("</NomNaissance>")
                .append("<DateNaissance>").append(card.dateNaissance()).append("</DateNaissance>")
                .append("<RangNaissance>").append(card.rangNaissance()).append("</RangNaissance></RECVITALE>");
        return "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header>"
                + "<ctxbam:ContexteBAM xmlns:ctxbam=\"urn:siram:bam:ctxbam\" Version=\"01_02\"><ctxbam:Id>1</ctxbam:Id>"
                + "<ctxbam:Temps>2024-03-01T10:00:00Z</ctxbam:Temps><ctxbam:COUVERTURE/></ctxbam:ContexteBAM>"
                + "<ctxlps:ContexteLPS xmlns:ctxlps=\"urn:siram:lps:ctxlps\" Version=\"01_00\"><ctxlps:Id>1</ctxlps:Id>"
                + "<ctxlps:Temps>2024-03-01T10:00:00Z</ctxlps:Temps><ctxlps:LPS><ctxlps:IDAM>TEST</ctxlps:IDAM>"
                + "<ctxlps:Version>1</ctxlps:Version><ctxlps:Instance>1</ctxlps:Instance>"
                + "<ctxlps:Nom>urn:lps:test:1</ctxlps:Nom></ctxlps:LPS></ctxlps:ContexteLPS>"
                + "<wsa:Action xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">"
                + "urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecCarteVitale</wsa:Action>"
                + "<wsa:MessageID xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">uuid:" + UUID.randomUUID()
                + "</wsa:MessageID></soap:Header><soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    private static void matricule(StringBuilder xml, String element, String matricule15) {
        xml.append('<').append(element).append("><NumIdentifiant>").append(matricule15, 0, 13)
                .append("</NumIdentifiant><Cle>").append(matricule15.substring(13)).append("</Cle></")
                .append(element).append('>');
    }
}

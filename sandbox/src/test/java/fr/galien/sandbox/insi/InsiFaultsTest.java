package fr.galien.sandbox.insi;

import static fr.galien.sandbox.insi.InsiWire.fault;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.sandbox.insi.InsiWire.Fault;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests that miss a header or break the schema get the SOAP 1.2 fault, never a RESULTAT. */
class InsiFaultsTest {

    private static InsiSimulator simulator;
    private static InsiWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = InsiWire.started();
        wire = new InsiWire(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    private static InsiRequests adrun() {
        return InsiRequests.traits("ADRUN", "ZOE", "F", "1975-12-31");
    }

    private static Fault faultOf(InsiRequests request) throws Exception {
        HttpResponse<String> response = wire.post(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        return fault(response);
    }

    @Test
    void unknownIdamGetsTheRealFaultWithTheMessageIdEchoed() throws Exception {
        InsiRequests request = adrun().idam(InsiModes.UNKNOWN_IDAM);

        Fault fault = faultOf(request);

        assertThat(fault.code()).isEqualTo("soap:Sender");
        assertThat(fault.subcode()).isEqualTo("soap:siram_100");
        assertThat(fault.reason()).startsWith("L'accès par ce progiciel au service n'est pas autorisé.");
        assertThat(fault.erreur().getNamespaceURI()).isEqualTo("urn:siram");
        assertThat(fault.errorCode()).isEqualTo("desir_550");
        assertThat(fault.erreur().getAttribute("severite")).isEqualTo("erreur");
        assertThat(fault.erreur().getAttribute("messageID")).isEqualTo(request.messageId());
        assertThat(fault.erreur().getTextContent()).isEqualTo("Numéro d'autorisation du logiciel inconnu.");
    }

    @Test
    void missingSoftwareContextIsAnUnknownIdam() throws Exception {
        assertThat(faultOf(adrun().withoutSoftware()).errorCode()).isEqualTo("desir_550");
    }

    @Test
    void missingContexteBamIsRefused() throws Exception {
        Fault fault = faultOf(adrun().withoutContexteBam());

        assertThat(fault.subcode()).isEqualTo("soap:siram_92");
        assertThat(fault.errorCode()).isEqualTo("desir_592");
        assertThat(fault.erreur().getTextContent()).contains("ContexteBAM");
    }

    @Test
    void missingContexteLpsIsRefused() throws Exception {
        assertThat(faultOf(adrun().withoutContexteLps()).errorCode()).isEqualTo("desir_592");
    }

    @Test
    void missingMessageIdIsRefused() throws Exception {
        Fault fault = faultOf(adrun().messageId(null));

        assertThat(fault.errorCode()).isEqualTo("desir_592");
        assertThat(fault.erreur().hasAttribute("messageID")).isFalse();
    }

    @Test
    void contexteBamBreakingItsSchemaIsRefused() throws Exception {
        String bam = "<ctxbam:ContexteBAM xmlns:ctxbam=\"urn:siram:bam:ctxbam\" Version=\"01_02\">"
                + "<ctxbam:Id>1</ctxbam:Id><ctxbam:Temps>hier</ctxbam:Temps><ctxbam:COUVERTURE/>"
                + "</ctxbam:ContexteBAM>";
        Fault fault = faultOf(adrun().withoutContexteBam().extraHeader(bam));

        assertThat(fault.errorCode()).isEqualTo("desir_592");
        assertThat(fault.erreur().getTextContent()).contains("Temps");
    }

    @Test
    void unknownActionIsRefused() throws Exception {
        Fault fault = faultOf(adrun().action("urn:ServiceIdentiteCertifiee:1.0.0:verifierIns"));

        assertThat(fault.subcode()).isEqualTo("soap:siram_91");
        assertThat(fault.errorCode()).isEqualTo("desir_591");
    }

    @Test
    void missingActionIsRefused() throws Exception {
        assertThat(faultOf(adrun().action(null)).errorCode()).isEqualTo("desir_591");
    }

    @Test
    void bodyOfTheOtherOperationIsRefused() throws Exception {
        Fault fault = faultOf(adrun().action(InsiNames.ACTION_VITALE));

        assertThat(fault.errorCode()).isEqualTo("desir_591");
        assertThat(fault.erreur().getTextContent()).contains("RECVITALE");
    }

    @Test
    void contentTypeActionDisagreeingWithWsaActionIsRefused() throws Exception {
        HttpResponse<String> response = wire.post(adrun().xml(),
                "application/soap+xml; charset=utf-8; action=\"" + InsiNames.ACTION_VITALE + "\"");

        assertThat(fault(response).errorCode()).isEqualTo("desir_591");
    }

    @Test
    void contentTypeActionAgreeingIsAccepted() throws Exception {
        HttpResponse<String> response = wire.post(adrun().xml(),
                "application/soap+xml; charset=utf-8; action=\"" + InsiNames.ACTION_TRAITS + "\"");

        assertThat(InsiWire.resultat(response).codeCr()).isEqualTo("00");
    }

    @Test
    void elementsOutOfSchemaOrderAreRefused() throws Exception {
        String body = "<RECSANSVITALE xmlns=\"" + InsiNames.RECSANS + "\"><NomNaissance>ADRUN</NomNaissance>"
                + "<Sexe>F</Sexe><Prenom>ZOE</Prenom><DateNaissance>1975-12-31</DateNaissance></RECSANSVITALE>";

        Fault fault = faultOf(adrun().body(body));

        assertThat(fault.subcode()).isEqualTo("soap:siram_93");
        assertThat(fault.errorCode()).isEqualTo("insi_190");
        assertThat(fault.erreur().getTextContent()).contains("Prenom").contains("ordre");
    }

    @Test
    void unknownElementInTheBodyIsRefused() throws Exception {
        String body = "<RECSANSVITALE xmlns=\"" + InsiNames.RECSANS + "\"><NomNaissance>ADRUN</NomNaissance>"
                + "<Prenom>ZOE</Prenom><Sexe>F</Sexe><DateNaissance>1975-12-31</DateNaissance>"
                + "<NomUsage>X</NomUsage></RECSANSVITALE>";

        assertThat(faultOf(adrun().body(body)).errorCode()).isEqualTo("insi_190");
    }

    @Test
    void bodyElementsInAnotherNamespaceAreRefused() throws Exception {
        String body = "<RECSANSVITALE xmlns=\"" + InsiNames.RECSANS + "\"><NomNaissance xmlns=\"\">ADRUN"
                + "</NomNaissance><Prenom>ZOE</Prenom><Sexe>F</Sexe><DateNaissance>1975-12-31</DateNaissance>"
                + "</RECSANSVITALE>";

        assertThat(faultOf(adrun().body(body)).errorCode()).isEqualTo("insi_190");
    }

    @Test
    void repeatedSingleElementIsRefused() throws Exception {
        String body = "<RECSANSVITALE xmlns=\"" + InsiNames.RECSANS + "\"><NomNaissance>ADRUN</NomNaissance>"
                + "<NomNaissance>ADRUN</NomNaissance><Prenom>ZOE</Prenom><Sexe>F</Sexe>"
                + "<DateNaissance>1975-12-31</DateNaissance></RECSANSVITALE>";

        assertThat(faultOf(adrun().body(body)).erreur().getTextContent()).contains("trop de fois");
    }

    @Test
    void sexOtherThanMOrFIsRefused() throws Exception {
        assertThat(faultOf(InsiRequests.traits("ADRUN", "ZOE", "X", "1975-12-31")).errorCode())
                .isEqualTo("insi_190");
    }

    @Test
    void birthDateNotInIsoFormIsRefused() throws Exception {
        assertThat(faultOf(InsiRequests.traits("ADRUN", "ZOE", "F", "31/12/1975")).errorCode())
                .isEqualTo("insi_190");
    }

    @Test
    void lunarBirthDateWithZeroDayIsAccepted() throws Exception {
        HttpResponse<String> response = wire.post(InsiRequests.traits("ADRUN", "ZOE", "F", "1975-12-00"));

        assertThat(InsiWire.resultat(response).codeCr()).isEqualTo("01");
    }

    @Test
    void missingFirstNameIsRefused() throws Exception {
        Fault fault = faultOf(InsiRequests.traits("ADRUN", List.of(), "F", "1975-12-31", null));

        assertThat(fault.erreur().getTextContent()).contains("Prenom");
    }

    @Test
    void nameWithDigitsIsRefused() throws Exception {
        assertThat(faultOf(InsiRequests.traits("ADRUN2", "ZOE", "F", "1975-12-31")).errorCode())
                .isEqualTo("insi_190");
    }

    @Test
    void birthplaceThatIsNotACogIsRefused() throws Exception {
        assertThat(faultOf(InsiRequests.traits("ADRUN", List.of("ZOE"), "F", "1975-12-31", "632")).errorCode())
                .isEqualTo("insi_190");
    }

    @Test
    void vitaleSearchWithoutAnyMatriculeIsRefused() throws Exception {
        assertThat(faultOf(InsiRequests.vitale(null, null, "ADRUN", "1975-12-31", "1")).errorCode())
                .isEqualTo("insi_190");
    }

    @Test
    void vitaleSearchByOpeningRightsWithoutRankIsRefused() throws Exception {
        assertThat(faultOf(InsiRequests.vitale(null, "275126322074974", null, "1975-12-31", null)).errorCode())
                .isEqualTo("insi_190");
    }

    @Test
    void vitaleMatriculeOfTheWrongLengthIsRefused() throws Exception {
        assertThat(faultOf(InsiRequests.vitale("27512632207497", null, null, "1975-12-31", null)).errorCode())
                .isEqualTo("insi_190");
    }

    @Test
    void soap11EnvelopeGetsVersionMismatch() throws Exception {
        Fault fault = faultOf(adrun().envelopeNamespace(InsiNames.SOAP11));

        assertThat(fault.code()).isEqualTo("soap:VersionMismatch");
        assertThat(fault.subcode()).isNull();
    }

    @Test
    void unknownHeaderThatMustBeUnderstoodGetsMustUnderstand() throws Exception {
        String header = "<x:Trace xmlns:x=\"urn:exemple\" xmlns:soap=\"" + InsiNames.SOAP12
                + "\" soap:mustUnderstand=\"true\">1</x:Trace>";

        assertThat(faultOf(adrun().extraHeader(header)).code()).isEqualTo("soap:MustUnderstand");
    }

    @Test
    void unknownHeaderThatNeedNotBeUnderstoodIsIgnored() throws Exception {
        HttpResponse<String> response = wire.post(adrun().extraHeader("<x:Trace xmlns:x=\"urn:exemple\">1</x:Trace>"));

        assertThat(InsiWire.resultat(response).codeCr()).isEqualTo("00");
    }

    @Test
    void securityHeaderWithASamlAssertionIsAccepted() throws Exception {
        String security = "<wsse:Security xmlns:wsse=\"" + InsiNames.WSSE + "\"><Assertion xmlns=\""
                + InsiNames.SAML + "\" ID=\"_1\" Version=\"2.0\" IssueInstant=\"2024-03-01T10:00:00Z\"/>"
                + "</wsse:Security>";

        assertThat(InsiWire.resultat(wire.post(adrun().security(security))).codeCr()).isEqualTo("00");
    }

    @Test
    void securityHeaderWithoutAssertionIsRefused() throws Exception {
        String security = "<wsse:Security xmlns:wsse=\"" + InsiNames.WSSE + "\"><Jeton>x</Jeton></wsse:Security>";

        assertThat(faultOf(adrun().security(security)).errorCode()).isEqualTo("desir_592");
    }

    @Test
    void soap11ContentTypeIsRefusedWith415() throws Exception {
        HttpResponse<String> response = wire.post(adrun().xml(), "text/xml; charset=utf-8");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(fault(response).errorCode()).isEqualTo("desir_590");
    }

    @Test
    void getIsNotAllowed() throws Exception {
        assertThat(wire.get(simulator.lpsUrl()).statusCode()).isEqualTo(405);
    }
}

package fr.galien.sandbox.insi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Slow and down modes, the test OID switch, and the control endpoint that drives and inspects them. */
class InsiModesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static InsiSimulator simulator;
    private static InsiWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = InsiWire.started();
        wire = new InsiWire(simulator);
    }

    @AfterEach
    void reset() {
        simulator.modes().reset();
        simulator.journal().clear();
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    private static InsiRequests adrun() {
        return InsiRequests.traits("ADRUN", "ZOE", "F", "1975-12-31");
    }

    @Test
    void downModeAnswers503WithTheRealOutageFault() throws Exception {
        simulator.modes().setMode(InsiMode.PANNE);
        InsiRequests request = adrun();

        HttpResponse<String> response = wire.post(request);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        InsiWire.Fault fault = InsiWire.fault(response);
        assertThat(fault.code()).isEqualTo("soap:Receiver");
        assertThat(fault.subcode()).isEqualTo("soap:siram_40");
        assertThat(fault.errorCode()).isEqualTo("insi_102");
        assertThat(fault.reason()).startsWith("Le service est temporairement inaccessible.");
        assertThat(fault.erreur().getAttribute("messageID")).isEqualTo(request.messageId());
    }

    @Test
    void serviceComesBackInNormalMode() throws Exception {
        simulator.modes().setMode(InsiMode.PANNE);
        simulator.modes().setMode(InsiMode.NORMAL);

        assertThat(InsiWire.resultat(wire.post(adrun())).codeCr()).isEqualTo("00");
    }

    /** On its own simulator: the abandoned request still completes later and would land in the shared journal. */
    @Test
    void slowModeDelaysPastAShortClientTimeout() throws Exception {
        InsiSimulator slow = InsiWire.started();
        try {
            slow.modes().setMode(InsiMode.LENT);
            slow.modes().setDelay(Duration.ofSeconds(3));

            assertThatThrownBy(() -> new InsiWire(slow).post(adrun().xml().getBytes(StandardCharsets.UTF_8),
                    InsiWire.SOAP_TYPE, Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        } finally {
            slow.stop();
        }
    }

    @Test
    void slowModeStillAnswers() throws Exception {
        simulator.modes().setMode(InsiMode.LENT);
        simulator.modes().setDelay(Duration.ofMillis(200));

        assertThat(InsiWire.resultat(wire.post(adrun())).codeCr()).isEqualTo("00");
    }

    @Test
    void testOidSwitchMakesNirAnswersCarryTheTestOid() throws Exception {
        simulator.modes().setTestOid(true);

        InsiWire.Resultat answer = InsiWire.resultat(wire.post(adrun()));

        assertThat(answer.activeOid()).isEqualTo("1.2.250.1.213.1.4.10");
    }

    @Test
    void testOidSwitchLeavesNiaAnswersWithTheNiaOid() throws Exception {
        simulator.modes().setTestOid(true);

        InsiWire.Resultat answer = InsiWire.resultat(wire.post(InsiRequests.traits(
                TestIdentities.PROVISOIRE_MATRICULE)));

        assertThat(answer.activeOid()).isEqualTo("1.2.250.1.213.1.4.9");
    }

    @Test
    void journalCountsEveryCallAndKeepsTheLastRequests() throws Exception {
        InsiRequests found = adrun();
        wire.post(found);
        wire.post(adrun().idam(InsiModes.UNKNOWN_IDAM));

        assertThat(simulator.journal().count()).isEqualTo(2);
        InsiCall first = simulator.journal().lastCalls().get(0);
        assertThat(first.operation()).isEqualTo("rechercherInsAvecTraitsIdentite");
        assertThat(first.messageId()).isEqualTo(found.messageId());
        assertThat(first.outcome()).isEqualTo("CR 00");
        assertThat(first.request()).contains("<NomNaissance>ADRUN</NomNaissance>");
        assertThat(simulator.journal().lastCalls().get(1).outcome()).isEqualTo("siram_100/desir_550");
    }

    @Test
    void journalKeepsOnlyTheLastCalls() throws Exception {
        for (int i = 0; i < InsiJournal.KEPT + 3; i++) {
            wire.post(adrun());
        }

        assertThat(simulator.journal().count()).isEqualTo(InsiJournal.KEPT + 3);
        assertThat(simulator.journal().lastCalls()).hasSize(InsiJournal.KEPT);
    }

    @Test
    void controlEndpointShowsModesCountAndLastRequests() throws Exception {
        wire.post(InsiRequests.traits("HOUILLES", "PIERRE", "M", "1993-01-27"));

        JsonNode state = JSON.readTree(wire.get(simulator.controlUrl()).body());

        assertThat(state.get("mode").asText()).isEqualTo("normal");
        assertThat(state.get("appels").asLong()).isEqualTo(1);
        JsonNode last = state.get("dernieresRequetes").get(0);
        assertThat(last.get("resultat").asText()).isEqualTo("CR 01");
        assertThat(last.get("statutHttp").asInt()).isEqualTo(200);
        assertThat(last.get("requete").asText()).contains("HOUILLES");
    }

    @Test
    void controlEndpointSwitchesToDownAndBack() throws Exception {
        HttpResponse<String> down = wire.control("{\"mode\":\"panne\"}");

        assertThat(JSON.readTree(down.body()).get("mode").asText()).isEqualTo("panne");
        assertThat(wire.post(adrun()).statusCode()).isEqualTo(503);
        wire.control("{\"mode\":\"normal\"}");
        assertThat(wire.post(adrun()).statusCode()).isEqualTo(200);
    }

    @Test
    void controlEndpointSetsSlowDelayAndTestOid() throws Exception {
        wire.control("{\"mode\":\"lent\",\"delaiMs\":150,\"oidTest\":true}");

        assertThat(simulator.modes().mode()).isEqualTo(InsiMode.LENT);
        assertThat(simulator.modes().delay()).isEqualTo(Duration.ofMillis(150));
        assertThat(simulator.modes().testOid()).isTrue();
    }

    @Test
    void controlEndpointReplacesTheUnknownIdams() throws Exception {
        wire.control("{\"idamInconnus\":[\"" + InsiRequests.IDAM + "\"]}");

        assertThat(InsiWire.fault(wire.post(adrun())).errorCode()).isEqualTo("desir_550");
        assertThat(wire.post(adrun().idam(InsiModes.UNKNOWN_IDAM)).statusCode()).isEqualTo(200);
    }

    @Test
    void badControlFieldIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> response = wire.control("{\"mode\":\"panne\",\"delaiMs\":-5}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("erreur").asText()).isEqualTo("REQUETE_INVALIDE");
        assertThat(simulator.modes().mode()).isEqualTo(InsiMode.NORMAL);
    }

    @Test
    void unknownModeIsRefused() throws Exception {
        assertThat(wire.control("{\"mode\":\"en panne\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void controlEndpointResetsEverything() throws Exception {
        wire.post(adrun());
        wire.control("{\"mode\":\"panne\",\"oidTest\":true}");

        JsonNode state = JSON.readTree(wire.control("{\"reinitialiser\":true}").body());

        assertThat(state.get("mode").asText()).isEqualTo("normal");
        assertThat(state.get("oidTest").asBoolean()).isFalse();
        assertThat(state.get("appels").asLong()).isZero();
    }

    @Test
    void controlEndpointListsTheIdentityBase() throws Exception {
        JsonNode identities = JSON.readTree(wire.get(simulator.endpoints().get("identites")).body())
                .get("identites");

        assertThat(identities.size()).isEqualTo(TestIdentities.all().size());
        assertThat(identities.get(0).get("matricule").asText()).isEqualTo("275126322074974");
    }

    @Test
    void controlEndpointWorksWhileDown() throws Exception {
        simulator.modes().setMode(InsiMode.PANNE);

        assertThat(wire.get(simulator.controlUrl()).statusCode()).isEqualTo(200);
    }
}

package fr.galien.sandbox.apcv;

import static fr.galien.sandbox.apcv.ApCvWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated carte Vitale reader, and the control endpoint that inserts cards and switches modes. */
class ApCvCardReaderTest {

    private static ApCvSimulator simulator;
    private static ApCvWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = ApCvWire.started(ApCvSettings.defaults());
        wire = new ApCvWire(simulator);
    }

    @AfterEach
    void reset() {
        simulator.modes().reset();
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    @Test
    void readerHoldsAdrunZoesCardByDefault() throws Exception {
        HttpResponse<String> response = wire.get("/apcv/v1/lecteur/carte");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode card = json(response);
        assertThat(card.get("matriculeIndividu").asText()).isEqualTo("275126322074974");
        assertThat(card.get("nomNaissance").asText()).isEqualTo("ADRUN");
        assertThat(card.get("prenoms").get(0).asText()).isEqualTo("ZOE");
    }

    @Test
    void controlInsertsAnotherCard() throws Exception {
        wire.control("{\"carte\":\"TEST-ECART-ESSAI-CAMILLE\"}");

        JsonNode card = json(wire.get("/apcv/v1/lecteur/carte"));

        assertThat(card.get("nomNaissance").asText()).isEqualTo("ECART-ESSAI");
        assertThat(card.get("nomUsuel").asText()).isEqualTo("MOREAU-ESSAI");
    }

    @Test
    void emptyReaderAnswersNoCard() throws Exception {
        wire.control("{\"carte\":null}");

        HttpResponse<String> response = wire.get("/apcv/v1/lecteur/carte");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("erreur").asText()).isEqualTo("AUCUNE_CARTE");
    }

    @Test
    void unknownCardTokenIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> response = wire.control("{\"carte\":\"TEST-INCONNU\",\"mode\":\"panne\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("erreur").asText()).isEqualTo("REQUETE_INVALIDE");
        assertThat(simulator.modes().mode()).isEqualTo(ApCvMode.NORMAL);
        assertThat(simulator.modes().card()).contains(ApCvTestCodes.ADRUN_ZOE);
    }

    @Test
    void controlDescribesTheModes() throws Exception {
        JsonNode state = json(wire.control("{\"mode\":\"lent\",\"delaiMs\":10,\"refuser\":true}"));

        assertThat(state.get("mode").asText()).isEqualTo("lent");
        assertThat(state.get("delaiMs").asLong()).isEqualTo(10);
        assertThat(state.get("refuser").asBoolean()).isTrue();
        assertThat(state.get("carte").asText()).isEqualTo("TEST-ADRUN-ZOE");
        assertThat(json(wire.get("/apcv/_control")).get("mode").asText()).isEqualTo("lent");
    }

    @Test
    void controlResetsEverything() throws Exception {
        wire.control("{\"mode\":\"panne\",\"carte\":null,\"refuser\":true}");

        JsonNode state = json(wire.control("{\"reinitialiser\":true}"));

        assertThat(state.get("mode").asText()).isEqualTo("normal");
        assertThat(state.get("carte").asText()).isEqualTo("TEST-ADRUN-ZOE");
        assertThat(state.get("refuser").asBoolean()).isFalse();
    }

    @Test
    void unknownModeIsRefused() throws Exception {
        assertThat(wire.control("{\"mode\":\"down\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void readerRefusesPost() throws Exception {
        assertThat(wire.postJson("/apcv/v1/lecteur/carte", "{}").statusCode()).isEqualTo(405);
    }
}

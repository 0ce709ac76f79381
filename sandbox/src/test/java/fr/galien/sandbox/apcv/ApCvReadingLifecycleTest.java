package fr.galien.sandbox.apcv;

import fr.galien.sandbox.MutableClock;
import static fr.galien.sandbox.apcv.ApCvWire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scan → patient's answer on the phone → beneficiary; refusals, expiry, bad codes, outage and slowness. */
class ApCvReadingLifecycleTest {

    private static final Duration APPROVAL = Duration.ofSeconds(2);
    private static final Duration LIFETIME = Duration.ofMinutes(2);

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2024-03-01T09:00:00Z"));
    private static ApCvSimulator simulator;
    private static ApCvWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = ApCvWire.started(new ApCvSettings(APPROVAL, LIFETIME, Duration.ofMillis(500), CLOCK));
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
    void scanStartsAReadingWaitingForThePatient() throws Exception {
        HttpResponse<String> response = wire.scan(ApCvTestCodes.ADRTROIS_TOUSSAINT.content());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode reading = json(response);
        assertThat(reading.get("id").asText()).isNotBlank();
        assertThat(reading.get("statut").asText()).isEqualTo("EN_ATTENTE");
        assertThat(reading.get("interrogerDansMs").asLong()).isEqualTo(500);
        assertThat(response.headers().firstValue("Location")).hasValue("/apcv/v1/lectures/"
                + reading.get("id").asText());
    }

    @Test
    void readingStaysPendingWithoutBeneficiaryUntilThePatientApproves() throws Exception {
        String id = wire.startReading(ApCvTestCodes.ADRTROIS_TOUSSAINT);
        CLOCK.advance(APPROVAL.minusMillis(1));

        JsonNode reading = wire.poll(id);

        assertThat(reading.get("statut").asText()).isEqualTo("EN_ATTENTE");
        assertThat(reading.get("beneficiaire").isNull()).isTrue();
    }

    @Test
    void approvedReadingCarriesTheBeneficiary() throws Exception {
        String id = wire.startReading(ApCvTestCodes.ADRTROIS_TOUSSAINT);
        CLOCK.advance(APPROVAL);

        JsonNode reading = wire.poll(id);

        assertThat(reading.get("statut").asText()).isEqualTo("APPROUVEE");
        JsonNode beneficiary = reading.get("beneficiaire");
        assertThat(beneficiary.get("matriculeIndividu").asText()).isEqualTo("160012B02077713");
        assertThat(beneficiary.get("matriculeOuvrantDroit").asText()).isEqualTo("160012B02077713");
        assertThat(beneficiary.get("nomNaissance").asText()).isEqualTo("ADRTROIS");
        assertThat(beneficiary.get("nomUsuel").isNull()).isTrue();
        assertThat(beneficiary.get("prenoms").get(0).asText()).isEqualTo("TOUSSAINT");
        assertThat(beneficiary.get("sexe").asText()).isEqualTo("M");
        assertThat(beneficiary.get("dateNaissance").asText()).isEqualTo("1960-01-01");
        assertThat(beneficiary.get("lieuNaissance").asText()).isEqualTo("2B020");
        assertThat(beneficiary.get("rangNaissance").asText()).isEqualTo("1");
    }

    @Test
    void childOnAParentsCardHasNoIndividualMatricule() throws Exception {
        String id = wire.startReading(ApCvTestCodes.NESSI_MICHELANGELO);
        CLOCK.advance(APPROVAL);

        JsonNode beneficiary = wire.poll(id).get("beneficiaire");

        assertThat(beneficiary.get("matriculeIndividu").isNull()).isTrue();
        assertThat(beneficiary.get("matriculeOuvrantDroit").asText()).hasSize(15).doesNotStartWith("1100863220830");
        assertThat(beneficiary.get("rangNaissance").asText()).isEqualTo("1");
        assertThat(beneficiary.get("dateNaissance").asText()).isEqualTo("2010-08-07");
    }

    @Test
    void compoundFirstNamesComeInOrder() throws Exception {
        String id = wire.startReading(ApCvTestCodes.ECETINSI_PIERRE_ALAIN);
        CLOCK.advance(APPROVAL);

        JsonNode prenoms = wire.poll(id).get("beneficiaire").get("prenoms");

        assertThat(prenoms).extracting(JsonNode::asText).containsExactly("PIERRE-ALAIN", "MURIEL", "FLORIANT");
    }

    @Test
    void patientWhoRefusesGivesARefusedReadingWithoutBeneficiary() throws Exception {
        String id = wire.startReading(ApCvTestCodes.REFUS);
        CLOCK.advance(APPROVAL);

        JsonNode reading = wire.poll(id);

        assertThat(reading.get("statut").asText()).isEqualTo("REFUSEE");
        assertThat(reading.get("beneficiaire").isNull()).isTrue();
    }

    @Test
    void refuseModeMakesEveryPatientRefuse() throws Exception {
        simulator.modes().setRefuseAll(true);
        String id = wire.startReading(ApCvTestCodes.ADRUN_ZOE);
        CLOCK.advance(APPROVAL);

        assertThat(wire.poll(id).get("statut").asText()).isEqualTo("REFUSEE");
    }

    @Test
    void unansweredReadingExpiresAtTheEndOfItsLifetime() throws Exception {
        String id = wire.startReading(ApCvTestCodes.SANS_REPONSE);
        CLOCK.advance(LIFETIME.minusSeconds(1));
        assertThat(wire.poll(id).get("statut").asText()).isEqualTo("EN_ATTENTE");

        CLOCK.advance(Duration.ofSeconds(1));

        JsonNode reading = wire.poll(id);
        assertThat(reading.get("statut").asText()).isEqualTo("EXPIREE");
        assertThat(reading.get("beneficiaire").isNull()).isTrue();
    }

    @Test
    void approvalSlowerThanTheLifetimeExpires() throws Exception {
        simulator.modes().setApprovalDelay(LIFETIME.plusSeconds(1));
        String id = wire.startReading(ApCvTestCodes.ADRUN_ZOE);
        CLOCK.advance(LIFETIME.plusSeconds(5));

        assertThat(wire.poll(id).get("statut").asText()).isEqualTo("EXPIREE");
    }

    @Test
    void approvalDelayOfZeroApprovesAtOnce() throws Exception {
        simulator.modes().setApprovalDelay(Duration.ZERO);

        String id = wire.startReading(ApCvTestCodes.ADRUN_ZOE);

        assertThat(wire.poll(id).get("statut").asText()).isEqualTo("APPROUVEE");
    }

    @Test
    void approvalDelayIsSetThroughTheControlEndpoint() throws Exception {
        wire.control("{\"delaiApprobationMs\":0}");

        String id = wire.startReading(ApCvTestCodes.ADRUN_ZOE);

        assertThat(wire.poll(id).get("statut").asText()).isEqualTo("APPROUVEE");
    }

    @Test
    void expiredQrCodeIsRefusedWith410() throws Exception {
        HttpResponse<String> response = wire.scan(ApCvTestCodes.PERIME.content());

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(json(response).get("erreur").asText()).isEqualTo("QR_EXPIRE");
        assertThat(json(response).get("message").asText()).isNotBlank();
    }

    @Test
    void textThatIsNotAnApcvCodeIsRefusedWith400() throws Exception {
        HttpResponse<String> response = wire.scan("IS01000000000000000000000000S1275126322074974");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("erreur").asText()).isEqualTo("QR_INVALIDE");
    }

    @Test
    void unknownApcvTokenIsRefusedWith400() throws Exception {
        assertThat(wire.scan("APCV1:INCONNU").statusCode()).isEqualTo(400);
    }

    @Test
    void bodyWithoutQrIsRefusedWith400() throws Exception {
        HttpResponse<String> response = wire.postJson("/apcv/v1/lectures", "{\"code\":\"APCV1:TEST-ADRUN-ZOE\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("erreur").asText()).isEqualTo("QR_INVALIDE");
    }

    @Test
    void bodyThatIsNotJsonIsRefusedWith400() throws Exception {
        assertThat(wire.postJson("/apcv/v1/lectures", "APCV1:TEST-ADRUN-ZOE").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownReadingAnswers404() throws Exception {
        assertThat(wire.get("/apcv/v1/lectures/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void outageAnswers503OnReadings() throws Exception {
        String id = wire.startReading(ApCvTestCodes.ADRUN_ZOE);
        simulator.modes().setMode(ApCvMode.PANNE);

        HttpResponse<String> scan = wire.scan(ApCvTestCodes.ADRUN_ZOE.content());
        HttpResponse<String> poll = wire.get("/apcv/v1/lectures/" + id);

        assertThat(scan.statusCode()).isEqualTo(503);
        assertThat(json(scan).get("erreur").asText()).isEqualTo("SERVICE_INDISPONIBLE");
        assertThat(poll.statusCode()).isEqualTo(503);
    }

    @Test
    void outageLeavesTheCardReaderWorking() throws Exception {
        simulator.modes().setMode(ApCvMode.PANNE);

        assertThat(wire.get("/apcv/v1/lecteur/carte").statusCode()).isEqualTo(200);
    }

    @Test
    void slowModeDelaysReadingsPastAShortClientTimeout() throws Exception {
        ApCvSimulator slow = ApCvWire.started(ApCvSettings.defaults());
        try {
            slow.modes().setMode(ApCvMode.LENT);
            HttpRequest.Builder scan = HttpRequest.newBuilder(slow.endpoints().get("lectures"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"qr\":\"APCV1:TEST-ADRUN-ZOE\"}"))
                    .timeout(Duration.ofMillis(300));

            assertThatThrownBy(() -> new ApCvWire(slow).send(scan)).isInstanceOf(HttpTimeoutException.class);
        } finally {
            slow.stop();
        }
    }
}

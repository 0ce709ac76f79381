package fr.galien.sandbox.apcv;

import static fr.galien.sandbox.apcv.ApCvWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.galien.sandbox.MutableClock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ApCV simulators over the same state folder stand for two processes of the same user (the demo pharmacy's
 * window and a {@code galien sandbox}): the card in the reader and the readings are theirs in common.
 */
class ApCvSharedStateTest {

    @TempDir
    Path state;

    private ApCvSimulator started(ApCvSettings settings) throws Exception {
        ApCvSimulator simulator = new ApCvSimulator(settings);
        simulator.useStateDirectory(state.resolve(ApCvSimulator.ID));
        simulator.start(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        return simulator;
    }

    @Test
    void aCardInsertedThroughOneProcessIsInTheReaderOfTheOther() throws Exception {
        ApCvSimulator first = started(ApCvSettings.defaults());
        ApCvSimulator second = started(ApCvSettings.defaults());
        try {
            assertThat(second.modes().card()).contains(ApCvTestCodes.ADRUN_ZOE);

            new ApCvWire(first).control("{\"carte\":\"TEST-NESSI-MICHELANGELO\"}");

            JsonNode card = json(new ApCvWire(second).get("/apcv/v1/lecteur/carte"));
            assertThat(card.get("nomNaissance").asText()).isEqualTo("NESSI");

            first.modes().insertCard(null);
            assertThat(new ApCvWire(second).get("/apcv/v1/lecteur/carte").statusCode()).isEqualTo(404);
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void aReadingStartedThroughOneProcessIsPolledThroughAnotherStartedLater() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
        ApCvSettings settings = ApCvSettings.defaults().withClock(clock);
        ApCvSimulator counter = started(settings);
        String id;
        try {
            id = new ApCvWire(counter).startReading(ApCvTestCodes.ECETINSI_PIERRE_ALAIN);
        } finally {
            counter.stop();
        }
        clock.advance(Duration.ofSeconds(3));

        ApCvSimulator later = started(settings);
        try {
            JsonNode reading = new ApCvWire(later).poll(id);

            assertThat(reading.get("statut").asText()).isEqualTo("APPROUVEE");
            assertThat(reading.get("beneficiaire").get("nomNaissance").asText()).isEqualTo("ECETINSI");
            assertThat(json(new ApCvWire(later).control("{}")).get("lectures").asInt()).isEqualTo(1);
        } finally {
            later.stop();
        }
        try (var files = Files.list(state.resolve(ApCvSimulator.ID))) {
            assertThat(files.map(path -> path.getFileName().toString())).contains("readings.json");
        }
    }

    @Test
    void withoutAStateFolderNothingIsShared() throws Exception {
        ApCvSimulator first = ApCvWire.started(ApCvSettings.defaults());
        ApCvSimulator second = ApCvWire.started(ApCvSettings.defaults());
        try {
            first.modes().insertCard(null);

            assertThat(second.modes().card()).contains(ApCvTestCodes.ADRUN_ZOE);
        } finally {
            first.stop();
            second.stop();
        }
    }
}

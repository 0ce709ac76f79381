package fr.galien.sandbox.insi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The INSi call journal kept in the sandbox state: shared by two processes, still there after a restart. */
class InsiSharedJournalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path state;

    @Test
    void callsReceivedByOneProcessAreInTheJournalOfTheOther() throws Exception {
        InsiSimulator cabinet = new InsiSimulator();
        InsiSimulator pharmacy = new InsiSimulator();
        SandboxOptions options = SandboxOptions.defaults().withStateDirectory(state);
        try (SandboxHost first = SandboxHost.start(options, List.of(cabinet));
             SandboxHost second = SandboxHost.start(options, List.of(pharmacy))) {
            InsiRequests request = InsiRequests.traits("ADRUN", "ZOE", "F", "1975-12-31");
            assertThat(new InsiWire(cabinet).post(request).statusCode()).isEqualTo(200);

            assertThat(pharmacy.journal().count()).isEqualTo(1);
            assertThat(pharmacy.journal().lastCalls()).singleElement()
                    .satisfies(call -> assertThat(call.messageId()).isEqualTo(request.messageId()));
            JsonNode control = JSON.readTree(new InsiWire(pharmacy).get(pharmacy.controlUrl()).body());
            assertThat(control.get("appels").asLong()).isEqualTo(1);
        }
        assertThat(state.resolve("insi").resolve("journal.json")).exists();
    }

    @Test
    void theJournalOutlivesTheProcessUntilCleared() throws Exception {
        SandboxOptions options = SandboxOptions.defaults().withStateDirectory(state);
        InsiSimulator yesterday = new InsiSimulator();
        try (SandboxHost host = SandboxHost.start(options, List.of(yesterday))) {
            new InsiWire(yesterday).post(InsiRequests.traits("ADRUN", "ZOE", "F", "1975-12-31"));
            new InsiWire(yesterday).post(InsiRequests.traits("INCONNU", "PERSONNE", "M", "1980-01-01"));
        }

        InsiSimulator today = new InsiSimulator();
        try (SandboxHost host = SandboxHost.start(options, List.of(today))) {
            assertThat(today.journal().count()).isEqualTo(2);
            assertThat(today.journal().lastCalls()).extracting(InsiCall::outcome).containsExactly("CR 00", "CR 01");

            new InsiWire(today).control("{\"viderJournal\":true}");

            assertThat(today.journal().count()).isZero();
        }
        assertThat(Files.readString(state.resolve("insi").resolve("journal.json"))).contains("\"count\":0");
    }
}

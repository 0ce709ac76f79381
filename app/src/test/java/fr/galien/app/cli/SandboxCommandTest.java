package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.app.InProcessSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code galien sandbox --psc-*}: the modes asked for are on at start, as the control endpoint reports them; the
 * simulators' state in the folder of {@code --state}.
 */
class SandboxCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path state;

    /** Every run keeps its state in this test's own folder (a card inserted here stays here). */
    private SandboxCommand parsed(String... args) {
        List<String> all = new ArrayList<>(List.of("--state", state.toString()));
        all.addAll(List.of(args));
        CommandLine commandLine = new CommandLine(new SandboxCommand());
        commandLine.parseArgs(all.toArray(String[]::new));
        return commandLine.getCommand();
    }

    @Test
    void pscModesGivenAtStartAreSeenThroughTheControlEndpoint() throws Exception {
        SandboxCommand command = parsed("--psc-deny", "899900000001", "--psc-deny", "899900000002",
                "--psc-approval-delay", "0", "--psc-slow", "25", "--psc-down", "--psc-wrong-key",
                "--psc-expired-tokens");
        try (InProcessSandbox sandbox = command.start()) {
            URI control = URI.create(SandboxCommand.describe(sandbox).get("psc") instanceof java.util.Map<?, ?> psc
                    ? (String) psc.get("control") : "");
            HttpResponse<String> modes = HttpClient.newHttpClient().send(HttpRequest.newBuilder(control).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            JsonNode json = JSON.readTree(modes.body());
            assertThat(json.get("providerDown").asBoolean()).isTrue();
            assertThat(json.get("wrongSigningKey").asBoolean()).isTrue();
            assertThat(json.get("expiredTokens").asBoolean()).isTrue();
            assertThat(json.get("slowDelayMillis").asLong()).isEqualTo(25);
            assertThat(json.get("approvalDelayMillis").asLong()).isZero();
            assertThat(json.get("deniedNationalIds").toString()).contains("899900000001", "899900000002");
        }
    }

    @Test
    void theStartJsonListsThePscTestProfessionals() throws Exception {
        try (InProcessSandbox sandbox = parsed().start()) {
            JsonNode json = JSON.readTree(Json.write(SandboxCommand.describe(sandbox)));

            // Then one entry per simulator, in start order (the ServiceLoader's).
            assertThat(json.fieldNames()).toIterable().startsWith("index", "simulators", "state")
                    .containsExactlyInAnyOrder("index", "simulators", "state", "psc", "insi", "apcv", "eprescription",
                            "dmp", "mssante");
            assertThat(json.get("state").asText()).isEqualTo(state.toAbsolutePath().toString());
            JsonNode professionals = json.get("psc").get("professionals");
            assertThat(professionals.size()).isGreaterThanOrEqualTo(9);
            assertThat(professionals.get(0).fieldNames()).toIterable().containsExactly("nationalId", "name", "purpose");
            assertThat(json.get("psc").get("modes").get("providerDown").asBoolean()).isFalse();
        }
    }

    @Test
    void aNegativeDelayIsAUsageError() {
        int code = Cli.run(new String[] {"sandbox", "--psc-slow", "-5"}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(code).isEqualTo(Cli.USAGE);
    }

    @Test
    void insiAndApCvModesGivenAtStartAreOnAndListed() throws Exception {
        SandboxCommand command = parsed("--insi-mode", "panne", "--insi-test-oid", "--apcv-mode", "lent",
                "--apcv-card", "TEST-ECETINSI-PIERRE-ALAIN", "--apcv-refuse");
        try (InProcessSandbox sandbox = command.start()) {
            JsonNode json = JSON.readTree(Json.write(SandboxCommand.describe(sandbox)));

            assertThat(json.get("insi").get("mode").asText()).isEqualTo("panne");
            assertThat(json.get("insi").get("testOid").asBoolean()).isTrue();
            assertThat(json.get("insi").get("identities").toString()).contains("275126322074974");
            assertThat(json.get("apcv").get("mode").asText()).isEqualTo("lent");
            assertThat(json.get("apcv").get("card").asText()).isEqualTo("TEST-ECETINSI-PIERRE-ALAIN");
            assertThat(json.get("apcv").get("testCodes").toString()).contains("APCV1:TEST-ADRTROIS-TOUSSAINT");
            assertThat(sandbox.apCv().orElseThrow().modes().refuseAll()).isTrue();
        }
    }

    @Test
    void twoSandboxesOverTheSameStateShareTheCardInTheReaderAndTheInsiJournal() throws Exception {
        try (InProcessSandbox first = parsed("--apcv-card", "TEST-NESSI-MICHELANGELO").start();
             InProcessSandbox second = parsed().start()) {
            assertThat(second.apCv().orElseThrow().modes().card().orElseThrow().token())
                    .isEqualTo("TEST-NESSI-MICHELANGELO");

            first.insi().orElseThrow().journal().clear();
            HttpResponse<String> call = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    first.insi().orElseThrow().lpsUrl()).header("Content-Type", "application/soap+xml")
                    .POST(HttpRequest.BodyPublishers.ofString("<pas-du-soap/>")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(call.statusCode()).isGreaterThanOrEqualTo(400);
            assertThat(second.insi().orElseThrow().journal().count()).isEqualTo(1);
        }
        try (InProcessSandbox later = parsed().start()) {
            assertThat(later.apCv().orElseThrow().modes().card().orElseThrow().token())
                    .as("still in the reader after a restart").isEqualTo("TEST-NESSI-MICHELANGELO");
        }
    }

    @Test
    void anUnknownInsiModeOrCardIsAUsageError() {
        for (String[] args : new String[][] {{"sandbox", "--insi-mode", "tempete"}, {"sandbox", "--apcv-card", "X"}}) {
            int code = Cli.run(args, new java.io.PrintWriter(new java.io.StringWriter()),
                    new java.io.PrintWriter(new java.io.StringWriter()));
            assertThat(code).isEqualTo(Cli.USAGE);
        }
    }
}

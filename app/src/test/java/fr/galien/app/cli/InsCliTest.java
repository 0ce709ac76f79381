package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.storage.DatabaseSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code galien ins check|search|verify} on a demo data directory, against the INSi simulator the command starts
 * in-process (offline): exit codes and the JSON contract of docs/cli.md.
 */
class InsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    record Run(int code, String out, String err) {
    }

    private Run galien(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @CsvSource({"275126322074974", "180032B02040123", "2 97 02 2A 020 778 78"})
    void aValidMatriculeExitsZero(String matricule) {
        Run check = galien("ins", "check", matricule);

        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("matricule valide");
    }

    @ParameterizedTest
    @CsvSource({"275126322074975, INS-", "27512632207497, INS-", "2751263220749A, INS-"})
    void anInvalidMatriculeExitsOneWithItsCodedReason(String matricule, String code) {
        Run check = galien("ins", "check", matricule);

        assertThat(check.code()).isEqualTo(Cli.REFUSED);
        assertThat(check.err()).startsWith(code);
    }

    @Test
    void checkJsonSaysWhichRuleIsBroken() throws Exception {
        Run check = galien("ins", "check", "--json", "275126322074975");

        JsonNode json = JSON.readTree(check.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("matricule", "valid", "code", "reason");
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("reason").asText()).contains("74");
    }

    @Test
    void searchByTraitsFindsTheIdentityWithItsHistory() throws Exception {
        galien("demo");

        Run search = galien("ins", "search", "--birth-name", "ECETINSI", "--first-names", "PIERRE-ALAIN MURIEL",
                "--sex", "M", "--birth-date", "2009-07-14", "--json");

        assertThat(search.code()).as(search.err()).isZero();
        JsonNode json = JSON.readTree(search.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("cr", "result", "message", "identity", "calls");
        assertThat(json.get("cr").asText()).isEqualTo("00");
        JsonNode identity = json.get("identity");
        assertThat(identity.get("matricule").asText()).isEqualTo("109076322083489");
        assertThat(identity.get("oid").asText()).isEqualTo("1.2.250.1.213.1.4.8");
        assertThat(identity.get("history")).extracting(node -> node.get("matricule").asText())
                .containsExactly("209076322083439", "209066322012355");
        assertThat(identity.get("traits").get("firstNames")).extracting(JsonNode::asText)
                .containsExactly("PIERRE-ALAIN", "MURIEL", "FLORIANT");
        // As the OS user, no professional: the organisation certificate (ADR 0012, ADR 0022).
        assertThat(insiDetails("os:" + System.getProperty("user.name"))).isNotEmpty()
                .allMatch(detail -> detail.contains("identite=certificat"));
    }

    @Test
    void homonymsWithoutBirthPlaceAnswerTwoAndPickNobody() throws Exception {
        galien("demo");

        Run search = galien("ins", "search", "--birth-name", "HOMONYME", "--first-names", "CLAUDE",
                "--sex", "F", "--birth-date", "1950-05-05", "--json");

        assertThat(search.code()).as(search.err()).isZero();
        JsonNode json = JSON.readTree(search.out());
        assertThat(json.get("cr").asText()).isEqualTo("02");
        assertThat(json.get("result").asText()).isEqualTo("SEVERAL_ADD_BIRTH_PLACE");
        assertThat(json.get("identity").isNull()).isTrue();
    }

    @Test
    void theBirthPlaceSettlesTheHomonyms() throws Exception {
        galien("demo");

        Run search = galien("ins", "search", "--birth-name", "HOMONYME", "--first-names", "CLAUDE",
                "--sex", "F", "--birth-date", "1950-05-05", "--birth-place", "69123", "--json");

        JsonNode json = JSON.readTree(search.out());
        assertThat(json.get("cr").asText()).isEqualTo("00");
        assertThat(json.get("identity").get("traits").get("birthPlace").asText()).isEqualTo("69123");
    }

    @Test
    void anUnknownPersonAnswersOne() throws Exception {
        galien("demo");

        Run search = galien("ins", "search", "--birth-name", "HOUILLES", "--first-names", "PIERRE",
                "--sex", "M", "--birth-date", "1993-01-27", "--json");

        assertThat(JSON.readTree(search.out()).get("cr").asText()).isEqualTo("01");
    }

    @Test
    void searchWithVitaleFindsTheBeneficiary() throws Exception {
        galien("demo");

        Run search = galien("ins", "search", "--vitale-nir", "160012B02077713", "--birth-date", "1960-01-01");

        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("CR 00").contains("160012B02077713").contains("ADRTROIS");
    }

    @Test
    void traitsAndVitaleTogetherAreAUsageError() {
        Run search = galien("ins", "search", "--vitale-nir", "160012B02077713", "--birth-name", "X",
                "--first-names", "Y", "--sex", "M", "--birth-date", "1960-01-01");

        assertThat(search.code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void verifyConfirmsAQualifiedDemoPatient() throws Exception {
        galien("demo");
        String id = JSON.readTree(galien("patients", "search", "--json", "ADRUN", "ZOE").out()).get(0)
                .get("id").asText();

        Run verify = galien("ins", "verify", "--patient", id, "--json");

        assertThat(verify.code()).as(verify.err() + verify.out()).isZero();
        JsonNode json = JSON.readTree(verify.out());
        assertThat(json.get("confirmed").asBoolean()).isTrue();
        assertThat(json.get("identityStatus").asText()).isEqualTo("qualifiee");
    }

    @Test
    void withANationalIdTheSearchIsMadeAsTheProfessionalLoggedInForTheCommandOnly() throws Exception {
        galien("demo");

        Run search = galien("ins", "search", "--national-id", "899900000001", "--birth-name", "ADRUN",
                "--first-names", "ZOE", "--sex", "F", "--birth-date", "1975-12-31", "--json");

        assertThat(search.code()).as(search.err()).isZero();
        assertThat(JSON.readTree(search.out()).get("cr").asText()).isEqualTo("00");
        List<AuditAction> actions = actions("psc:899900000001");
        assertThat(actions).first().isEqualTo(AuditAction.LOGIN);
        assertThat(actions).last().as("logged out at the end of the command").isEqualTo(AuditAction.LOGOUT);
        assertThat(actions).contains(AuditAction.INSI_CALL);
        assertThat(actions("os:" + System.getProperty("user.name"))).doesNotContain(AuditAction.INSI_CALL);
        // ADR 0022 (REM INS/PSC.01): the sandbox sets ins.psc.endpoint, so the call went under the PSC session.
        assertThat(insiDetails("psc:899900000001")).isNotEmpty().allMatch(detail -> detail.contains("identite=psc"));
    }

    @Test
    void verifyWithANationalIdIsRecordedUnderTheProfessional() throws Exception {
        galien("demo");
        String id = JSON.readTree(galien("patients", "search", "--json", "ADRUN", "ZOE").out()).get(0)
                .get("id").asText();

        Run verify = galien("ins", "verify", "--patient", id, "--national-id", "899900000001", "--json");

        assertThat(verify.code()).as(verify.err() + verify.out()).isZero();
        assertThat(actions("psc:899900000001")).contains(AuditAction.LOGIN, AuditAction.INSI_CALL,
                AuditAction.LOGOUT);
    }

    @Test
    void aProfessionalWithSeveralExercisesMustChooseOne() {
        galien("demo");

        Run search = galien("ins", "search", "--national-id", "899900000007", "--birth-name", "ADRUN",
                "--first-names", "ZOE", "--sex", "F", "--birth-date", "1975-12-31");

        assertThat(search.code()).isEqualTo(Cli.REFUSED);
        assertThat(search.err()).contains("PCL-0001").contains("--exercise");
        assertThat(actions("psc:899900000007")).doesNotContain(AuditAction.INSI_CALL);
    }

    private List<String> insiDetails(String userId) {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir))) {
            return runtime.database().read(connection -> AuditQueries.latest(connection, 500)).stream()
                    .filter(record -> userId.equals(record.userId()))
                    .filter(record -> record.action() == AuditAction.INSI_CALL)
                    .map(AuditRecord::detail).toList();
        }
    }

    private List<AuditAction> actions(String userId) {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir))) {
            List<AuditRecord> latest = runtime.database().read(connection -> AuditQueries.latest(connection, 500));
            List<AuditAction> actions = new ArrayList<>(latest.stream()
                    .filter(record -> userId.equals(record.userId())).map(AuditRecord::action).toList());
            Collections.reverse(actions);
            return actions;
        }
    }
}

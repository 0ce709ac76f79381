package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galien erx} end to end, as the issue's « done when » asks: the demo cabinet prescribes for a qualified
 * patient, the demo pharmacy (another data directory, the same sandbox state) reads the identifier, dispenses one
 * line partly, and the service refuses a cancel once something was dispensed. Every national call under a
 * professional logged in with CIBA against the in-process PSC simulator.
 */
class ErxCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCTOR = "899900000003";
    private static final String PHARMACIST = "899900000001";

    @TempDir
    Path cabinet;

    @TempDir
    Path pharmacy;

    record Run(int code, String out, String err) {
    }

    private static Run galien(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static String adrun(Path dataDir) throws Exception {
        Run search = galien(dataDir, "patients", "search", "ADRUN", "--json");
        assertThat(search.code()).as(search.err()).isZero();
        return JSON.readTree(search.out()).get(0).get("id").asText();
    }

    @Test
    void aCabinetPrescribesAndAPharmacyDispensesThroughTheService() throws Exception {
        assertThat(galien(cabinet, "demo", "--profile", "CABINET_MEDICAL").code()).isZero();
        assertThat(galien(pharmacy, "demo").code()).isZero();
        String patientAtCabinet = adrun(cabinet);

        Run create = galien(cabinet, "erx", "create", "--national-id", DOCTOR, "--patient", patientAtCabinet,
                "--line", "3400935955838;1 comprimé matin et soir pendant 5 jours;2",
                "--line", "3400933054960;1 comprimé 3 fois par jour;1;CLAMOXYL 1 g (princeps)", "--renewals", "1",
                "--json");
        assertThat(create.code()).as(create.err()).isZero();
        JsonNode created = JSON.readTree(create.out());
        String id = created.get("id").asText();
        assertThat(id).matches("[0-9A-Z]{18}");
        assertThat(created.get("state").asText()).isEqualTo("envoyee");
        assertThat(created.get("pdf").isNull()).isTrue();
        assertThat(created.get("lines")).hasSize(2);
        assertThat(created.get("lines").get(0).get("label").asText()).startsWith("DOLIPRANE 1000 mg");
        assertThat(created.get("lines").get(0).get("labelSource").asText()).isEqualTo("catalogue");
        assertThat(created.get("lines").get(1).get("labelSource").asText()).isEqualTo("ligne");

        Path exported = cabinet.resolve("ordonnance.json");
        Run export = galien(cabinet, "erx", "export", id, "--out", exported.toString(), "--national-id", DOCTOR);
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(exported)).contains("fr-medicationrequest").contains("3400935955838");

        String patientAtPharmacy = adrun(pharmacy);
        Run show = galien(pharmacy, "erx", "show", id, "--patient", patientAtPharmacy, "--national-id", PHARMACIST,
                "--json");
        assertThat(show.code()).as(show.err()).isZero();
        JsonNode shown = JSON.readTree(show.out());
        assertThat(shown.get("patientCheck").asText()).isEqualTo("SAME_INS");
        assertThat(shown.get("lines").get(0).get("remaining").decimalValue()).isEqualByComparingTo("4");

        // AMODEX 1 g is in CLAMOXYL 1 g's generic group (répertoire 150); it is not a generic of DOLIPRANE.
        Run wrongGeneric = galien(pharmacy, "erx", "dispense", id, "--patient", patientAtPharmacy,
                "--line", "1;1;3400934433825", "--national-id", PHARMACIST);
        assertThat(wrongGeneric.code()).isEqualTo(Cli.REFUSED);
        assertThat(wrongGeneric.err()).contains("ERX-0013");
        Run dispense = galien(pharmacy, "erx", "dispense", id, "--patient", patientAtPharmacy,
                "--line", "1;1", "--line", "2;1;3400934433825", "--national-id", PHARMACIST, "--json");
        assertThat(dispense.code()).as(dispense.err()).isZero();
        JsonNode dispensed = JSON.readTree(dispense.out());
        assertThat(dispensed.get("state").asText()).isEqualTo("envoyee");
        assertThat(dispensed.get("lines").get(0).get("completeness").asText()).isEqualTo("PARTIAL");
        assertThat(dispensed.get("lines").get(1).get("substitute").asText()).isEqualTo("3400934433825");

        Run after = galien(pharmacy, "erx", "show", id, "--national-id", PHARMACIST, "--json");
        JsonNode again = JSON.readTree(after.out());
        assertThat(again.get("status").asText()).isEqualTo("PARTIALLY_DISPENSED");
        assertThat(again.get("lines").get(0).get("remaining").decimalValue()).isEqualByComparingTo("3");
        assertThat(again.get("dispensations")).hasSize(1);

        Run pending = galien(pharmacy, "erx", "pending", "--national-id", PHARMACIST, "--json");
        assertThat(JSON.readTree(pending.out()).get("dispensations")).isEmpty();

        Run cancel = galien(cabinet, "erx", "cancel", id, "--national-id", DOCTOR);
        assertThat(cancel.code()).isEqualTo(Cli.REFUSED);
        assertThat(cancel.err()).contains("ERX-0114");
    }

    @Test
    void aScanThatIsNotAnIdentifierGetsItsCode() {
        galien(pharmacy, "demo");
        Run show = galien(pharmacy, "erx", "show", "HELLO", "--national-id", PHARMACIST);
        assertThat(show.code()).isEqualTo(Cli.REFUSED);
        assertThat(show.err()).contains("ERX-0002");
    }

    @Test
    void everyErxCommandAnswersHelp() {
        for (String command : List.of("create", "show", "dispense", "cancel", "export", "pending")) {
            Run help = galien(pharmacy, "erx", command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage");
        }
    }
}

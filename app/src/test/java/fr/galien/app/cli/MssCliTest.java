package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galien mss …} and {@code galien annuaire search} on a demo data directory, against the MSSanté operator
 * simulator the command starts in-process: the JSON contract of docs/cli.md.
 */
class MssCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHARMACIST = "899900000001";
    private static final String BOX = "claire.titulairetest@pharmacien.mssante.fr";

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

    @Test
    void sendFetchInboxAndAnnuaireAgainstTheSimulator() throws Exception {
        assertThat(galien("demo").code()).isZero();

        Run annuaire = galien("annuaire", "search", "generaliste", "--json");
        assertThat(annuaire.code()).as(annuaire.err()).isZero();
        assertThat(JSON.readTree(annuaire.out()).findValuesAsText("address"))
                .contains("sophie.generalistetest@medecin.mssante.fr");

        Run send = galien("mss", "send", "--national-id", PHARMACIST, "--from", BOX, "--to",
                "dr.correspondant@hopital-sim.mssante.fr", "--subject", "Question", "--body", "Bonjour", "--json");
        assertThat(send.code()).as(send.err()).isZero();
        JsonNode sent = JSON.readTree(send.out());
        assertThat(sent.get("delivery").asText()).isEqualTo("sent");
        assertThat(sent.get("messageId").asText()).endsWith("@pharmacien.mssante.fr");

        Run fetch = galien("mss", "fetch", "--national-id", PHARMACIST, "--box", BOX, "--json");
        assertThat(fetch.code()).as(fetch.err()).isZero();
        assertThat(JSON.readTree(fetch.out()).get("received").size()).isPositive();

        Run inbox = galien("mss", "inbox", "--national-id", PHARMACIST, "--box", BOX, "--json");
        assertThat(inbox.code()).as(inbox.err()).isZero();
        JsonNode listed = JSON.readTree(inbox.out());
        assertThat(listed.get("folders").findValuesAsText("name")).contains("INBOX", "Sent");
        assertThat(listed.get("messages").findValuesAsText("subject")).anyMatch(s -> s.startsWith("Re: Question"));
    }

    @Test
    void aPatientWithoutQualifiedIdentityCannotBeWrittenTo() throws Exception {
        galien("demo");
        String id = JSON.readTree(galien("patients", "search", "--json", "HOUILLES").out()).get(0).get("id").asText();

        Run send = galien("mss", "send", "--national-id", PHARMACIST, "--from", BOX, "--patient", id, "--to-patient",
                "--subject", "Résultats", "--body", "Bonjour");

        assertThat(send.code()).isEqualTo(Cli.REFUSED);
        assertThat(send.err()).contains("MSS-0003");
    }

    @Test
    void xdmWritesTheIheLayout() throws Exception {
        galien("demo");
        String id = JSON.readTree(galien("patients", "search", "--json", "ADRUN", "ZOE").out()).get(0).get("id")
                .asText();
        Path cda = dataDir.resolve("cr.xml");
        Files.writeString(cda, "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><id root=\"1.2.3.4\"/>"
                + "<code code=\"11488-4\"/><title>CR</title><recordTarget><patientRole>"
                + "<id root=\"1.2.250.1.213.1.4.8\" extension=\"275126322074974\"/></patientRole></recordTarget>"
                + "</ClinicalDocument>", StandardCharsets.UTF_8);
        Path zip = dataDir.resolve("IHE_XDM.ZIP");

        Run xdm = galien("mss", "xdm", "--patient", id, "--doc", cda.toString(), "--out", zip.toString());

        assertThat(xdm.code()).as(xdm.err()).isZero();
        assertThat(JSON.readTree(xdm.out()).get("X-MSS-INS").asText()).isEqualTo("O");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("INDEX.HTM", "README.TXT", "IHE_XDM/SUBSET01/METADATA.XML",
                "IHE_XDM/SUBSET01/DOC0001.XML");
        assertThat(galien("mss", "send", "--help").code()).isZero();
        assertThat(galien("annuaire", "search", "--help").code()).isZero();
    }
}

package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.core.cda.CdaReader;
import fr.galien.core.cda.ReceivedCda;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galien dmp cda} on a demo data directory: the CDA exactly as it would be sent, for a qualified patient only
 * (the core's INS-0040 otherwise), read back with the core's reader. The ANS validator's verdict on these outputs
 * is checked by segur-core's CdaConformanceTest on the same writers.
 */
class DmpCdaCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

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

    private String patientId(String... names) throws Exception {
        List<String> args = new ArrayList<>(List.of("patients", "search", "--json"));
        args.addAll(List.of(names));
        return JSON.readTree(galien(args.toArray(String[]::new)).out()).get(0).get("id").asText();
    }

    @Test
    void writesTheVsmOfAQualifiedPatientAsItWouldBeSent() throws Exception {
        galien("demo", "--profile", "CABINET_MEDICAL");
        String id = patientId("ADRUN", "ZOE");
        Path out = work.resolve("vsm.xml");
        Path pdf = work.resolve("vsm.pdf");

        Run run = galien("dmp", "cda", "--patient", id, "--kind", "vsm", "--out", out.toString(), "--pdf",
                pdf.toString(), "--json");

        assertThat(run.code()).as(run.err() + run.out()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("typeCode").asText()).isEqualTo("SYNTH");
        assertThat(json.get("classCode").asText()).isEqualTo("11");
        ReceivedCda read = CdaReader.read(out);
        assertThat(read.uniqueId()).isEqualTo(json.get("uniqueId").asText());
        assertThat(read.patient().birthName()).isEqualTo("ADRUN");
        assertThat(read.patient().insMatricule()).hasSize(15);
        assertThat(read.author().nationalId()).startsWith("8");
        assertThat(Files.readString(pdf.resolveSibling("vsm.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
    }

    @Test
    void wrapsAPdfInALevelOneDocument() throws Exception {
        galien("demo");
        String id = patientId("ADRUN", "ZOE");
        Path letter = work.resolve("lettre.pdf");
        try (fr.galien.core.pdf.PdfLayout layout = new fr.galien.core.pdf.PdfLayout(
                new fr.galien.core.pdf.PdfMetadata("Ordonnance", "Dr X", null, java.time.Instant.now()))) {
            layout.text("Paracétamol 500 mg", fr.galien.core.pdf.TextStyle.BODY);
            Files.write(letter, layout.toBytes());
        }
        Path out = work.resolve("n1.xml");

        Run run = galien("dmp", "cda", "--patient", id, "--kind", "n1", "--file", letter.toString(), "--type",
                "57833-6", "--title", "Ordonnance", "--out", out.toString());

        assertThat(run.code()).as(run.err() + run.out()).isZero();
        ReceivedCda read = CdaReader.read(out);
        assertThat(read.title()).isEqualTo("Ordonnance");
        assertThat(read.type().code()).isEqualTo("57833-6");
        byte[] sent = Files.readAllBytes(letter);
        assertThat(read.pdf()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(sent));
    }

    @Test
    void everyKindIsWrittenForTheDemoPharmacy() throws Exception {
        galien("demo");
        String id = patientId("ADRUN", "ZOE");
        for (String kind : List.of("disp", "vac", "bpm")) {
            Path out = work.resolve(kind + ".xml");
            Run run = galien("dmp", "cda", "--patient", id, "--kind", kind, "--out", out.toString());
            assertThat(run.code()).as(kind + ": " + run.err() + run.out()).isZero();
            assertThat(CdaReader.read(out).uniqueId()).startsWith("2.25.");
        }
    }

    @Test
    void refusesAPatientWhoseIdentityIsNotQualified() throws Exception {
        galien("demo", "--profile", "CABINET_MEDICAL");
        String id = patientId("ADRTROIS", "DOMINIQUE");
        Path out = work.resolve("refused.xml");

        Run run = galien("dmp", "cda", "--patient", id, "--kind", "vsm", "--out", out.toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("INS-0040");
        assertThat(out).doesNotExist();
    }

    @Test
    void level1WithoutAFileOrAnUnknownKindIsAUsageError() throws Exception {
        galien("demo");
        String id = patientId("ADRUN", "ZOE");

        assertThat(galien("dmp", "cda", "--patient", id, "--kind", "n1", "--out", "x.xml").code())
                .isEqualTo(Cli.USAGE);
        assertThat(galien("dmp", "cda", "--patient", id, "--kind", "ips", "--out", "x.xml").code())
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void aPharmacistDoesNotWriteTheMedicalSummary() throws Exception {
        galien("demo");
        String id = patientId("ADRUN", "ZOE");

        Run run = galien("dmp", "cda", "--patient", id, "--kind", "vsm", "--out", work.resolve("x.xml").toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("CDA-0013");
    }

    @Test
    void answersHelp() {
        Run run = galien("dmp", "cda", "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--kind").contains("--out");
    }
}

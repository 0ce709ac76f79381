package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galien documents list|add|export} on the demo pharmacy: the JSON contract of docs/cli.md. */
class DocumentsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private String patientId;

    private String[] galien(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), new BufferedReader(new StringReader("")),
                new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @BeforeEach
    void demo() throws Exception {
        assertThat(galien("demo")[0]).isEqualTo("0");
        patientId = JSON.readTree(galien("patients", "search", "--json", "a")[1]).get(0).get("id").asText();
    }

    @Test
    void aFileAddedTwiceIsListedOnceAndExportsToTheSameBytes() throws Exception {
        Path pdf = Files.writeString(files.resolve("compte-rendu.pdf"), "%PDF-1.7 compte rendu");

        String[] added = galien("documents", "add", "--patient", patientId, "--file", pdf.toString(),
                "--type", "11488-4", "--json");
        galien("documents", "add", "--patient", patientId, "--file", pdf.toString());
        String[] listed = galien("documents", "list", "--patient", patientId, "--json");

        assertThat(added[0]).isEqualTo("0");
        JsonNode list = JSON.readTree(listed[1]);
        assertThat(list.size()).isEqualTo(1);
        JsonNode document = list.get(0);
        assertThat(document.get("id").asText()).isEqualTo(JSON.readTree(added[1]).get("id").asText());
        assertThat(document.get("type").asText()).isEqualTo("11488-4");
        assertThat(document.get("origin").asText()).isEqualTo("scan");
        assertThat(document.get("mimeType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("uniqueId").asText()).startsWith("2.25.");
        assertThat(document.get("sharing").isArray()).isTrue();

        Path out = files.resolve("copie.pdf");
        assertThat(galien("documents", "export", document.get("id").asText(), "--out", out.toString())[0])
                .isEqualTo("0");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 compte rendu");
        String[] again = galien("documents", "export", document.get("id").asText(), "--out", out.toString());
        assertThat(again[0]).isEqualTo("1");
        assertThat(again[2]).contains("IO-0006").contains("existe déjà");
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithItsCodeAndNothingIsAdded() throws Exception {
        Path page = Files.writeString(files.resolve("page.html"), "<script>alert(1)</script>");

        String[] refused = galien("documents", "add", "--patient", patientId, "--file", page.toString());

        assertThat(refused[0]).isEqualTo("1");
        assertThat(refused[2]).contains("DOC-0005");
        assertThat(JSON.readTree(galien("documents", "list", "--patient", patientId, "--json")[1]).size()).isZero();
    }

    @Test
    void everySubcommandAnswersHelp() {
        for (String sub : List.of("list", "add", "export")) {
            String[] help = galien("documents", sub, "--help");
            assertThat(help[0]).isEqualTo("0");
            assertThat(help[1]).contains("Usage: galien documents " + sub);
        }
    }
}

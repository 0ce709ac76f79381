package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.app.DemoPractice;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galien owners search} on the demo vet practice: the JSON contract of docs/cli.md. */
class OwnersCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private String[] galien(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        if (all.contains("owners")) {
            // The demo vet practice has an account: commands act as its vet (issue 14).
            all.addAll(List.of("--user", DemoPractice.VET_LOGIN));
        }
        int code = Cli.run(all.toArray(String[]::new),
                new BufferedReader(new StringReader(DemoPractice.VET_PASSWORD + "\n")), new PrintWriter(out),
                new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void searchingAnAnimalNameInTheDemoVetPracticeReturnsOwnersWithTheirAnimalsAsJson() throws Exception {
        assertThat(galien("demo", "--profile", "CABINET_VETERINAIRE")[0]).isEqualTo("0");

        String[] search = galien("owners", "search", "--json", "pepi");

        assertThat(search[0]).isEqualTo("0");
        JsonNode array = JSON.readTree(search[1]);
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isPositive();
        JsonNode owner = array.get(0);
        assertThat(owner.fieldNames()).toIterable().containsExactly("id", "lastName", "firstName", "animals");
        JsonNode animal = owner.get("animals").get(0);
        assertThat(animal.fieldNames()).toIterable().containsExactly("id", "name", "species", "breed", "sex",
                "birthDate", "identificationNumber");
        for (JsonNode found : array) {
            assertThat(found.get("animals").findValuesAsText("name")).anyMatch(name -> name.startsWith("Pépite"));
        }
    }

    @Test
    void aTransponderFindsExactlyItsHousehold() throws Exception {
        galien("demo", "--profile", "CABINET_VETERINAIRE");
        JsonNode all = JSON.readTree(galien("owners", "search", "--json", "--limit", "500", "pepi")[1]);
        String chip = all.findValuesAsText("identificationNumber").stream()
                .filter(number -> number != null && number.length() == 15).findFirst().orElseThrow();

        JsonNode found = JSON.readTree(galien("owners", "search", "--json", chip)[1]);

        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).get("animals").findValuesAsText("identificationNumber")).contains(chip);
    }
}

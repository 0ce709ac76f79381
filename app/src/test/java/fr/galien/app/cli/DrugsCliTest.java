package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galien drugs …} and {@code galien scan} as a script sees them (docs/cli.md). */
class DrugsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset LATIN_1 = Charset.forName("ISO-8859-1");

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

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

    /** An invented BDPM export, Latin-1 as the ANSM publishes it. */
    private Path bdpm(String medicineName) throws Exception {
        Path dir = Files.createDirectories(files.resolve("bdpm-" + System.nanoTime()));
        Map<String, String> content = Map.of(
                "CIS_bdpm.txt", "61111111\t" + medicineName + "\tcomprimé\torale\tAutorisation active"
                        + "\tProcédure nationale\tCommercialisée\t12/03/1998\t\t\t LABO INVENTÉ\tNon\n"
                        + "62222222\tZÉPHYRINE BIOGARAN 500 mg, comprimé\tcomprimé\torale\tAutorisation active"
                        + "\tProcédure nationale\tCommercialisée\t01/01/2010\t\t\t BIOGARAN\tNon\n",
                "CIS_CIP_bdpm.txt", "61111111\t3000001\tplaquette(s) de 16 comprimé(s)\tPrésentation active"
                        + "\tDéclaration de commercialisation\t16/03/2011\t3400930000014\toui\t65%\t2,18\t3,20\t1,02\t\n"
                        + "62222222\t3000003\tplaquette(s) de 16 comprimé(s)\tPrésentation active"
                        + "\tDéclaration de commercialisation\t16/03/2011\t3400930000038\toui\t65 %\t1,50\t2,52\t1,02\t\n",
                "CIS_COMPO_bdpm.txt", "61111111\tcomprimé\t1001\tZÉPHYRINE\t500 mg\tun comprimé\tSA\t1\t\n"
                        + "62222222\tcomprimé\t1001\tZÉPHYRINE\t500 mg\tun comprimé\tSA\t1\t\n",
                "CIS_GENER_bdpm.txt", "77\tZÉPHYRINE 500 mg - ZÉPHYRINE 500 mg, comprimé\t61111111\t0\t1\t\n"
                        + "77\tZÉPHYRINE 500 mg - ZÉPHYRINE 500 mg, comprimé\t62222222\t1\t2\t\n",
                "CIS_CPD_bdpm.txt", "61111111\tliste II\n");
        for (Map.Entry<String, String> file : content.entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue().getBytes(LATIN_1));
        }
        return dir;
    }

    private void practiceWithCatalogue() throws Exception {
        assertThat(galien("init", "--profile", "OFFICINE", "--name", "Pharmacie d'essai (inventée)").code()).isZero();
        Run imported = galien("drugs", "import", bdpm("ZÉPHYRINE 500 mg, comprimé").toString());
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    @Test
    void importThenSearchGivesTheJsonContract() throws Exception {
        practiceWithCatalogue();

        Run search = galien("drugs", "search", "--json", "zephy");

        assertThat(search.code()).as(search.err()).isZero();
        JsonNode array = JSON.readTree(search.out());
        assertThat(array.size()).isEqualTo(2);
        JsonNode first = array.get(0);
        assertThat(first.fieldNames()).toIterable().contains("cis", "cip13", "name", "genericGroup", "substances",
                "conditions", "reimbursementRate", "price", "presentations");
        assertThat(first.get("cis").asText()).isEqualTo("61111111");
        assertThat(first.get("cip13").asText()).isEqualTo("3400930000014");
        assertThat(first.get("name").asText()).isEqualTo("ZÉPHYRINE 500 mg, comprimé");
        assertThat(first.get("genericGroup").get("type").asText()).isEqualTo("PRINCEPS");
        assertThat(first.get("conditions").get(0).asText()).isEqualTo("LISTE_II");
        assertThat(first.get("reimbursementRate").asInt()).isEqualTo(65);
        assertThat(first.get("price").decimalValue()).isEqualByComparingTo("2.18");
        assertThat(first.get("substances").get(0).get("name").asText()).isEqualTo("ZÉPHYRINE");
    }

    @Test
    void showByCip13ListsTheGenericGroupMembers() throws Exception {
        practiceWithCatalogue();

        Run show = galien("drugs", "show", "--json", "3400930000038");

        assertThat(show.code()).as(show.err()).isZero();
        JsonNode medicine = JSON.readTree(show.out());
        assertThat(medicine.get("cis").asText()).isEqualTo("62222222");
        assertThat(medicine.get("genericGroup").get("members").findValuesAsText("cis"))
                .containsExactly("61111111", "62222222");
        assertThat(galien("drugs", "show", "3400930000099").err()).contains("DRG-0008");
        assertThat(galien("drugs", "show", "abc").err()).contains("DRG-0009");
    }

    @Test
    void reimportUpdatesInPlaceAndABrokenLineImportsNothing() throws Exception {
        practiceWithCatalogue();
        Run again = galien("drugs", "import", "--json", bdpm("ZÉPHYRINE 500 mg, comprimé sécable").toString());
        assertThat(JSON.readTree(again.out()).get("medicinesUpdated").asInt()).isEqualTo(2);

        Path broken = bdpm("CASSÉ");
        Files.writeString(broken.resolve("CIS_CPD_bdpm.txt"), "61111111\tliste II\nabc\tliste I\n", LATIN_1);
        Run refused = galien("drugs", "import", broken.toString());

        assertThat(refused.code()).isEqualTo(Cli.REFUSED);
        assertThat(refused.err()).contains("DRG-0003").contains("CIS_CPD_bdpm.txt, ligne 2");
        assertThat(galien("drugs", "search", "--json", "zephy").out()).contains("comprimé sécable")
                .doesNotContain("CASSÉ");
    }

    @Test
    void aFreshDatabaseSearchesTheBundledBdpm() throws Exception {
        Run search = galien("drugs", "search", "--json", "--limit", "3", "doliprane", "1000");

        assertThat(search.code()).as(search.err()).isZero();
        JsonNode array = JSON.readTree(search.out());
        assertThat(array.size()).isEqualTo(3);
        assertThat(array.get(0).get("name").asText()).startsWith("DOLIPRANE 1000 mg");
        assertThat(array.get(0).get("substances").get(0).get("name").asText()).isEqualTo("PARACÉTAMOL");
    }

    @Test
    void scanTellsWhatTheFieldWouldDo() throws Exception {
        practiceWithCatalogue();

        JsonNode box = JSON.readTree(galien("scan", "--json", "--date", "2026-01-01",
                "]d2010340093000001417260331" + "10LOT1<GS>21SN42").out());
        assertThat(box.get("kind").asText()).isEqualTo("box");
        assertThat(box.get("action").asText()).isEqualTo("dispensation-line");
        assertThat(box.get("cip13").asText()).isEqualTo("3400930000014");
        assertThat(box.get("expiry").asText()).isEqualTo("2026-03-31");
        assertThat(box.get("lot").asText()).isEqualTo("LOT1");
        assertThat(box.get("serial").asText()).isEqualTo("SN42");
        assertThat(box.get("medicine").get("cis").asText()).isEqualTo("61111111");

        Run expired = galien("scan", "--json", "--date", "2026-04-01", "]d2010340093000001417260331" + "10LOT1");
        assertThat(expired.code()).isEqualTo(Cli.REFUSED);
        assertThat(JSON.readTree(expired.out()).get("message").asText()).contains("SCN-0005").contains("31/03/2026");

        JsonNode erx = JSON.readTree(galien("scan", "--json", "01S2TBPZ2JCNZZYGHZ").out());
        assertThat(erx.get("kind").asText()).isEqualTo("erx");
        assertThat(erx.get("identifier").asText()).isEqualTo("01S2TBPZ2JCNZZYGHZ");
        assertThat(erx.get("action").asText()).isEqualTo("fetch-prescription");

        Run unknown = galien("scan", "bonjour");
        assertThat(unknown.code()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err()).contains("SCN-0002").contains("« bonjour »");
    }

    @Test
    void everyDrugCommandAnswersHelp() {
        for (String command : List.of("import", "search", "show", "build-catalogue")) {
            Run help = galien("drugs", command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Usage");
        }
        assertThat(galien("scan", "--help").out()).contains("--image");
    }
}

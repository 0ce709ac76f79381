package fr.galien.core.drug;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * A small invented BDPM export in the official format (tab-separated, no header), written in the encoding asked.
 * Codes look real but the medicines are made up (« ZÉPHYRINE », « BOLDUCINE »…), except the layout.
 */
final class BdpmFixture {

    static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    final Map<String, List<String>> files = new LinkedHashMap<>();

    BdpmFixture() {
        files.put(BdpmDirectory.MEDICINES, new ArrayList<>(List.of(
                "61111111\tZÉPHYRINE 500 mg, comprimé\tcomprimé\torale\tAutorisation active\tProcédure nationale"
                        + "\tCommercialisée\t12/03/1998\t\t\t LABORATOIRE INVENTÉ\tNon",
                "62222222\tZÉPHYRINE BIOGARAN 500 mg, comprimé\tcomprimé\torale\tAutorisation active"
                        + "\tProcédure nationale\tCommercialisée\t01/01/2010\t\t\t BIOGARAN\tNon",
                "63333333\tZÉPHYRINE ANCIEN 500 mg, comprimé\tcomprimé\torale\tAutorisation abrogée"
                        + "\tProcédure nationale\tNon commercialisée\t01/01/2000\t\t\t ANCIEN\tNon",
                "64444444\tBOLDUCINE 10 mg/ml, solution injectable\tsolution injectable\tintraveineuse;intramusculaire"
                        + "\tAutorisation active\tProcédure nationale\tCommercialisée\t01/01/2015\t\t\t HÔPITAL SA\tOui",
                "65555555\tŒNOTHÈRE ÉPICÉE, gélule\tgélule\torale\tAutorisation active\tProcédure nationale"
                        + "\tCommercialisée\t01/01/2015\t\t\t NATURE\tNon")));
        files.put(BdpmDirectory.PRESENTATIONS, new ArrayList<>(List.of(
                "61111111\t3000001\tplaquette(s) de 16 comprimé(s)\tPrésentation active\tDéclaration de "
                        + "commercialisation\t16/03/2011\t3400930000014\toui\t65%\t2,18\t3,20\t1,02\t",
                "61111111\t3000002\tplaquette(s) de 100 comprimé(s)\tPrésentation active\tDéclaration d'arrêt de "
                        + "commercialisation\t16/03/2011\t3400930000021\tnon\t\t\t\t\t",
                "62222222\t3000003\tplaquette(s) de 16 comprimé(s)\tPrésentation active\tDéclaration de "
                        + "commercialisation\t16/03/2011\t3400930000038\toui\t65 %\t1,001,11\t1,002,13\t1,02\t",
                "64444444\t3000004\t10 ampoule(s) de 1 ml\tPrésentation active\tDéclaration de commercialisation"
                        + "\t16/03/2011\t3400930000045\toui\t100%\t12,50\t13,52\t1,02\t",
                "69999999\t3000005\tboîte orpheline\tPrésentation active\tDéclaration de commercialisation"
                        + "\t16/03/2011\t3400930000052\tnon\t\t\t\t\t")));
        files.put(BdpmDirectory.COMPOSITIONS, new ArrayList<>(List.of(
                "61111111\tcomprimé\t1001\tZÉPHYRINE\t500 mg\tun comprimé\tSA\t1\t",
                "62222222\tcomprimé\t1001\tZÉPHYRINE\t500 mg\tun comprimé\tSA\t1\t",
                "63333333\tcomprimé\t1001\tZÉPHYRINE\t500 mg\tun comprimé\tSA\t1\t",
                "64444444\tsolution\t2002\tBOLDUCINE (CHLORHYDRATE DE)\t11 mg\t1 ml\tSA\t1\t",
                "64444444\tsolution\t2003\tBOLDUCINE BASE\t10 mg\t1 ml\tFT\t1\t",
                "65555555\tgélule\t3003\tHUILE D'ONAGRE\t500 mg\tune gélule\tSA\t1\t")));
        files.put(BdpmDirectory.GENERICS, new ArrayList<>(List.of(
                "77\tZÉPHYRINE 500 mg - ZÉPHYRINE 500 mg, comprimé\t61111111\t0\t1\t",
                "77\tZÉPHYRINE 500 mg - ZÉPHYRINE 500 mg, comprimé\t62222222\t1\t2\t",
                "77\tZÉPHYRINE 500 mg - ZÉPHYRINE 500 mg, comprimé\t63333333\t1\t3\t",
                "77\tZÉPHYRINE 500 mg - ZÉPHYRINE 500 mg, comprimé\t68888888\t1\t4\t")));
        files.put(BdpmDirectory.CONDITIONS, new ArrayList<>(List.of(
                "61111111\tliste II",
                "64444444\tliste I",
                "64444444\tréservé à l'usage HOSPITALIER",
                "64444444\tstupéfiants",
                "64444444\tprescription en toutes lettres sur ordonnance sécurisée")));
    }

    BdpmFixture set(String file, int line, String text) {
        files.get(file).set(line - 1, text);
        return this;
    }

    BdpmFixture add(String file, String text) {
        files.get(file).add(text);
        return this;
    }

    BdpmFixture remove(String file, int line) {
        files.get(file).remove(line - 1);
        return this;
    }

    /** Writes the five files into {@code directory} in {@code charset}, LF line ends. */
    Path write(Path directory, Charset charset) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, List<String>> file : files.entrySet()) {
            Files.write(directory.resolve(file.getKey()),
                    (String.join("\n", file.getValue()) + "\n").getBytes(charset));
        }
        return directory;
    }

    /** {@code <root>/../shared/data/bdpm}, or the test is skipped with a message. */
    static Path realBdpmOrSkip() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        Path bdpm = root == null ? null : root.resolve("../shared/data/bdpm").normalize();
        Assumptions.assumeTrue(bdpm != null && Files.isRegularFile(bdpm.resolve(BdpmDirectory.MEDICINES)),
                "skipped: no ../shared (the ANSM BDPM files are not beside the project)");
        return bdpm;
    }
}

package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.core.drug.BdpmData;
import fr.galien.core.drug.BdpmDirectory;
import fr.galien.core.drug.CatalogueStatus;
import fr.galien.core.drug.CompactCatalogue;
import fr.galien.core.drug.DrugCatalogue;
import fr.galien.core.drug.DrugError;
import fr.galien.core.drug.GenericGroup;
import fr.galien.core.drug.ImportReport;
import fr.galien.core.drug.Medicine;
import fr.galien.core.drug.Presentation;
import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galien drugs import|search|show|build-catalogue}: the drug catalogue (ANSM BDPM, docs/drugs.md). */
@Command(name = "drugs", description = "Catalogue des médicaments (base de données publique des médicaments, ANSM).")
final class DrugsCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "import", description = {"Importe un export de la BDPM (dossier des fichiers CIS_*.txt) : tout ou "
            + "rien, encodage détecté, mise à jour sur place ; un médicament absent du nouvel export est marqué retiré, "
            + "jamais supprimé.", "Réservé aux titulaires et à l'administrateur (réglages du cabinet) ; tracé."})
    int importDirectory(@Parameters(paramLabel = "DOSSIER", description = "Dossier de l'export BDPM.") Path directory,
                        @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            ImportReport report = runtime.drugs().importDirectory(CliIdentity.of(spec, runtime), directory);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(DrugJson.ImportJson.of(report)));
            } else {
                out.printf("%,d médicaments (%,d ajoutés, %,d mis à jour, %,d retirés), %,d présentations (%,d "
                                + "ajoutées, %,d mises à jour, %,d retirées), %,d groupes génériques importés en %,d ms"
                                + "%n", report.medicines(), report.medicinesAdded(), report.medicinesUpdated(),
                        report.medicinesWithdrawn(), report.presentations(), report.presentationsAdded(),
                        report.presentationsUpdated(), report.presentationsWithdrawn(), report.genericGroups(),
                        report.total().toMillis());
                if (report.presentationsOrphan() > 0) {
                    out.printf("%d présentation(s) d'un médicament absent du fichier %s : conservées, non "
                            + "proposées à la recherche.%n", report.presentationsOrphan(), BdpmDirectory.MEDICINES);
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "search", description = {"Recherche un médicament : début des mots du nom ou d'une substance "
            + "(sans accents ni majuscules), code CIS, CIP13 ou CIP7.", "Commercialisés d'abord. Non tracé (données "
            + "publiques)."})
    int search(@Parameters(arity = "1..*", paramLabel = "TEXTE") List<String> words,
               @Option(names = "--limit", defaultValue = "20", description = "Nombre maximum de résultats.") int limit,
               @Option(names = "--json", description = "Sortie JSON (tableau).") boolean json) {
        if (limit < 1 || limit > 1000) {
            throw new SegurException(AppError.APP_0007, "--limit", limit);
        }
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            DrugCatalogue drugs = loaded(runtime);
            List<Medicine> found = drugs.search(String.join(" ", words), limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(DrugJson.of(found)));
            } else {
                found.forEach(m -> out.println(line(m)));
                out.println(found.size() + " médicament(s)");
            }
            return Cli.OK;
        }
    }

    @Command(name = "show", description = "Affiche un médicament (CIS, CIP13, CIP7) avec ses présentations, ses "
            + "substances, ses conditions de prescription et son groupe générique.")
    int show(@Parameters(paramLabel = "CODE", description = "CIS (8 chiffres), CIP13 (13 chiffres) ou CIP7.")
             String code,
             @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            DrugCatalogue drugs = loaded(runtime);
            Medicine medicine = drugs.byCode(code).orElseThrow(() -> new SegurException(DrugError.DRG_0008,
                    code.strip()));
            Optional<GenericGroup> group = drugs.genericGroupOf(medicine.cis());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(DrugJson.of(medicine, group)));
            } else {
                print(out, medicine, group);
            }
            return Cli.OK;
        }
    }

    @Command(name = "build-catalogue", description = {"Construit le catalogue compact livré avec Galien à partir "
            + "d'un export BDPM (docs/drugs.md). Pour les développeurs de Galien :",
        "galien drugs build-catalogue ../shared/data/bdpm --source-date 2021-05 "
            + "--out segur-core/src/main/resources/fr/galien/core/drug/catalogue-bdpm.tsv.gz"})
    int buildCatalogue(@Parameters(paramLabel = "DOSSIER", description = "Dossier de l'export BDPM.") Path directory,
                       @Option(names = "--out", required = true, paramLabel = "FICHIER",
                               description = "Fichier à écrire (.tsv.gz).") Path out,
                       @Option(names = "--source-date", defaultValue = "non précisée", paramLabel = "DATE",
                               description = "Date de publication des données par l'ANSM, ex. 2021-05.")
                       String sourceDate) throws IOException {
        long start = System.nanoTime();
        BdpmData data = BdpmDirectory.read(directory);
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Path temporary = Files.createTempFile(target.getParent(), ".catalogue-", ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                CompactCatalogue.write(data, "ANSM, base de données publique des médicaments (Licence Ouverte Etalab)",
                        sourceDate, stream);
            } catch (IOException e) {
                throw new SegurException(DrugError.DRG_0010, e, target, e.getMessage());
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        spec.commandLine().getOut().printf("%s : %,d médicaments, %,d présentations, %,d octets (%,d ms)%n", target,
                data.medicines().size(), data.presentations().size(), Files.size(target),
                (System.nanoTime() - start) / 1_000_000);
        return Cli.OK;
    }

    /** The catalogue, loaded (on a new database: the bundled one stored first, a few seconds, said on stderr). */
    private DrugCatalogue loaded(GalienRuntime runtime) {
        DrugCatalogue drugs = runtime.drugs();
        if (drugs.status().state() != CatalogueStatus.State.READY) {
            spec.commandLine().getErr().println("Chargement du catalogue des médicaments…");
        }
        drugs.ensureLoaded();
        return drugs;
    }

    private static String line(Medicine m) {
        String cip13 = m.presentations().stream().findFirst().map(Presentation::cip13).orElse("-------------");
        String state = m.withdrawn() ? "  (retiré de la BDPM)" : m.commercialised() ? "" : "  (non commercialisé)";
        String group = m.genericGroup().map(g -> "  [" + g.type().label() + ", groupe " + g.groupId() + "]")
                .orElse("");
        return m.cis() + "  " + cip13 + "  " + m.name() + group + state;
    }

    private static void print(PrintWriter out, Medicine m, Optional<GenericGroup> group) {
        out.println(m.name());
        out.println("  CIS : " + m.cis() + (m.withdrawn() ? " (retiré de la BDPM)" : "") + " — "
                + m.commercialisation() + " — " + m.authorisationStatus());
        out.println("  Forme : " + m.form() + " ; voie(s) : " + String.join(", ", m.routes()));
        out.println("  Substances : " + m.substances().stream()
                .map(s -> s.name() + (s.dosage().isEmpty() ? "" : " " + s.dosage()) + " (" + s.nature() + ")")
                .collect(Collectors.joining(", ")));
        if (!m.conditionTexts().isEmpty()) {
            out.println("  Conditions : " + String.join(" ; ", m.conditionTexts()));
        }
        for (Presentation p : m.presentations()) {
            out.println("  CIP13 " + p.cip13() + " (CIP7 " + p.cip7() + ")  " + p.label()
                    + (p.reimbursementRate() == null ? "" : "  remb. " + p.reimbursementRate() + " %")
                    + (p.price() == null ? "" : "  " + p.price().toPlainString().replace('.', ',') + " €")
                    + (p.commercialised() ? "" : "  (non commercialisée)"));
        }
        group.ifPresent(g -> {
            out.println("  Groupe générique " + g.id() + " : " + g.label());
            for (GenericGroup.Member member : g.members()) {
                out.println("    " + member.cis() + "  " + member.type().label() + "  " + member.name()
                        + (member.commercialised() ? "" : "  (non commercialisé)"));
            }
        });
    }
}

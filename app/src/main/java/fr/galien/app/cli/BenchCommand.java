package fr.galien.app.cli;

import fr.galien.app.bench.InsiBenchmark;
import fr.galien.app.bench.OrdonnanceBenchmark;
import fr.galien.app.bench.DrugBenchmark;
import fr.galien.app.bench.DuplicatesBenchmark;
import fr.galien.app.bench.FileSizeBenchmark;
import fr.galien.app.bench.PscLoginBenchmark;
import fr.galien.app.bench.SearchBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galien bench search}: per-keystroke search latency on generated patients (a throw-away database);
 * {@code galien bench psc-login}: time from « Se connecter » to connected against the in-process PSC simulator;
 * {@code galien bench duplicates}: duplicate detection over the whole registry;
 * {@code galien bench ordonnance}: ordonnance PDFs per second per core;
 * {@code galien bench drugs}: the drug catalogue (import, search per keystroke) and the scan field.
 */
@Command(name = "bench", description = "Bancs d'essai de performance.",
        subcommands = {BenchCdaCommand.class})
final class BenchCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "search", description = "Mesure la recherche de patients à chaque frappe (p50/p99).")
    int search(@Option(names = "--patients", split = ",", defaultValue = "100000",
                       description = "Nombre(s) de patients générés, ex. 100000,1000000.") List<Integer> sizes,
               @Option(names = "--names", defaultValue = "1000", description = "Noms « tapés » par mesure.") int names,
               @Option(names = "--limit", defaultValue = "100", description = "Résultats demandés par recherche.")
               int limit,
               @Option(names = "--json", description = "Sortie JSON.") boolean json,
               @Option(names = "--keep", paramLabel = "DOSSIER",
                       description = "Garde les bases générées dans ce dossier et les réutilise au prochain passage.")
               Path keep) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter progress = spec.commandLine().getErr();
        List<SearchBenchmark.Result> all = new ArrayList<>();
        for (int size : sizes) {
            Path dir = keep != null ? Files.createDirectories(keep.resolve("patients-" + size))
                    : Files.createTempDirectory("galien-bench-");
            try {
                all.addAll(new SearchBenchmark(progress).run(dir, size, names, limit, 42L));
            } finally {
                if (keep == null) {
                    deleteRecursively(dir);
                }
            }
        }
        if (json) {
            out.println(Json.write(all));
        } else {
            out.println("patients   lettres  mesures   p50 (ms)   p99 (ms)   max (ms)");
            for (SearchBenchmark.Result r : all) {
                out.printf("%,9d   %5d   %7d   %8.2f   %8.2f   %8.2f%n", r.patients(), r.prefixLength(), r.samples(),
                        r.p50Ms(), r.p99Ms(), r.maxMs());
            }
        }
        return Cli.OK;
    }

    @Command(name = "file-size", description = {"Taille du fichier H2 pendant que Galien reste ouvert : un mois de "
            + "comptoir sans redémarrage (créations et ouvertures de dossiers), puis un import en une transaction "
            + "(ADR 0003)."})
    int fileSize(@Option(names = "--days", defaultValue = "30", description = "Jours simulés.") int days,
                 @Option(names = "--commits-per-day", defaultValue = "5000",
                         description = "Transactions validées par jour.") int commitsPerDay,
                 @Option(names = "--import", defaultValue = "100000", description = "Patients importés ensuite.")
                 int importSize) throws IOException {
        if (days < 1 || commitsPerDay < 1 || importSize < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--days et --commits-per-day doivent valoir au moins 1, --import au moins 0.");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("galien-bench-taille-");
        try {
            FileSizeBenchmark.Result r = new FileSizeBenchmark(spec.commandLine().getErr())
                    .run(dir, days, commitsPerDay, importSize);
            long worst = r.days().stream().mapToLong(FileSizeBenchmark.Day::maxBytes).max().orElse(0);
            out.printf("Mois : %d jours de %,d validations ; fichier au plus %,d Ko ouvert, %,d Ko fermé.%n",
                    days, commitsPerDay, worst / 1024, r.monthLiveBytes() / 1024);
            out.printf("Import : %,d patients en une transaction (%d s) ; fichier au plus %,d Ko pendant, %,d Ko "
                    + "à la fin, %,d Ko fermé.%n", r.importPatients(), r.importSeconds(), r.importMaxBytes() / 1024,
                    r.importEndBytes() / 1024, r.importClosedBytes() / 1024);
        } finally {
            deleteRecursively(dir);
        }
        return Cli.OK;
    }

    @Command(name = "mss", mixinStandardHelpOptions = true,
            description = "Mesure MSSanté contre le simulateur en mémoire : messages envoyés et reçus par seconde, "
                    + "temps de classement de documents reçus (IHE XDM).")
    int mss(@Option(names = "--messages", defaultValue = "200", description = "Messages envoyés puis relevés.")
            int messages,
            @Option(names = "--documents", defaultValue = "1000", description = "Documents reçus à classer.")
            int documents,
            @Option(names = "--json", description = "Sortie JSON.") boolean json) throws IOException {
        Path dir = Files.createTempDirectory("galien-bench-mss-");
        fr.galien.app.bench.MssBenchmark.Result result;
        try {
            result = new fr.galien.app.bench.MssBenchmark(spec.commandLine().getErr()).run(dir, Math.max(1, messages),
                    Math.max(1, documents));
        } finally {
            deleteRecursively(dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(result));
        } else {
            out.printf("%d messages : %.1f envoyés/s, %.1f relevés/s ; %d documents classés en %d ms%n",
                    result.messages(), result.sentPerSecond(), result.receivedPerSecond(), result.filed(),
                    result.fileMillis());
        }
        return Cli.OK;
    }

    @Command(name = "psc-login",
            description = "Mesure la connexion Pro Santé Connect (CIBA) contre le simulateur en mémoire (p50/p95/max).")
    int pscLogin(@Option(names = "--runs", defaultValue = "50", description = "Connexions avec validation immédiate.")
                 int runs,
                 @Option(names = "--slow-runs", defaultValue = "5",
                         description = "Connexions avec la validation par défaut du simulateur (1,5 s) ; 0 : aucune.")
                 int slowRuns,
                 @Option(names = "--json", description = "Sortie JSON.") boolean json) throws IOException {
        // --national-id is the global option (default: the demo pharmacist, 899900000001).
        String nationalId = GalienCommand.root(spec).nationalId().orElse("899900000001");
        if (runs < 1 || slowRuns < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--runs doit valoir au moins 1 et --slow-runs au moins 0.");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("galien-bench-psc-");
        List<PscLoginBenchmark.Result> results;
        try {
            results = new PscLoginBenchmark(spec.commandLine().getErr()).run(dir, nationalId, runs, slowRuns);
        } finally {
            deleteRecursively(dir);
        }
        if (json) {
            out.println(Json.write(results));
        } else {
            out.println("validation (ms)  connexions   p50 (ms)   p95 (ms)   max (ms)");
            for (PscLoginBenchmark.Result r : results) {
                out.printf("%15d  %10d   %8.1f   %8.1f   %8.1f%n", r.approvalDelayMs(), r.samples(), r.p50Ms(),
                        r.p95Ms(), r.maxMs());
            }
        }
        return Cli.OK;
    }

    @Command(name = "dmp", mixinStandardHelpOptions = true,
            description = "Mesure la vidange de la file d'envoi au DMP (N documents, doublons comptés au simulateur) "
                    + "et l'ouverture du dossier patient avec le simulateur DMP en latence de 3 secondes.")
    int dmp(@Option(names = "--documents", defaultValue = "10000", description = "Documents mis en file.") int count,
            @Option(names = "--dispatchers", defaultValue = "4", description = "Envois simultanés du répartiteur.")
            int dispatchers,
            @Option(names = "--json", description = "Sortie JSON.") boolean json) throws Exception {
        if (count < 1 || dispatchers < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--documents et --dispatchers doivent valoir au moins 1.");
        }
        fr.galien.app.bench.DmpBenchmark bench = new fr.galien.app.bench.DmpBenchmark(spec.commandLine().getErr());
        Path drainDir = Files.createTempDirectory("galien-bench-dmp-");
        Path openDir = Files.createTempDirectory("galien-bench-dmp-open-");
        fr.galien.app.bench.DmpBenchmark.DrainResult drain;
        fr.galien.app.bench.DmpBenchmark.FileOpenResult open;
        try {
            drain = bench.drain(drainDir, count, dispatchers);
            open = bench.fileOpening(openDir);
        } finally {
            deleteRecursively(drainDir);
            deleteRecursively(openDir);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(java.util.Map.of("drain", drain, "fileOpening", open)));
        } else {
            out.printf("File DMP : %d documents mis en file en %.1f s, file vidée en %.1f s par %d répartiteurs "
                            + "(objectif ≤ 120 s) ; reçus par le simulateur %d, doublons %d, déjà présents %d, "
                            + "refus %d.%n", drain.queued(), drain.queueSeconds(), drain.drainSeconds(),
                    drain.dispatchers(), drain.stored(), drain.duplicates(), drain.alreadyPresent(), drain.refused());
            out.printf("Dossier patient en latence 3 s : dossier lu en %.1f ms, bandeau DMP rempli en %.0f ms (%s, "
                    + "%d nouveau(x) document(s)).%n", open.fileOpenMs(), open.bandMs(), open.bandState(),
                    open.newDocuments());
        }
        return drain.duplicates() == 0 && drain.stored() == drain.queued() ? Cli.OK : Cli.REFUSED;
    }

    @Command(name = "insi",
            description = "Mesure l'aller-retour INSi (client SOAP réel, recherche tracée) contre le simulateur en "
                    + "mémoire (p50/p95/max).")
    int insi(@Option(names = "--runs", defaultValue = "2000", description = "Recherches mesurées.") int runs,
             @Option(names = "--json", description = "Sortie JSON.") boolean json) throws IOException {
        if (runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs doit valoir au moins 1.");
        }
        Path dir = Files.createTempDirectory("galien-bench-insi-");
        InsiBenchmark.Result result;
        try {
            result = new InsiBenchmark(spec.commandLine().getErr()).run(dir, runs);
        } finally {
            deleteRecursively(dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(result));
        } else {
            out.println("recherches   p50 (ms)   p95 (ms)   max (ms)");
            out.printf("%10d   %8.2f   %8.2f   %8.2f%n", result.samples(), result.p50Ms(), result.p95Ms(),
                    result.maxMs());
        }
        return Cli.OK;
    }

    @Command(name = "erx",
            description = "Mesure au comptoir : scan → ordonnance numérique lue et vérifiée → délivrance enregistrée, "
                    + "contre le simulateur en mémoire (p50/p95/max), avec à part l'aller-retour seul et l'envoi.")
    int erx(@Option(names = "--runs", defaultValue = "200", description = "Délivrances mesurées.") int runs,
            @Option(names = "--json", description = "Sortie JSON.") boolean json) throws IOException {
        if (runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs doit valoir au moins 1.");
        }
        Path dir = Files.createTempDirectory("galien-bench-erx-");
        fr.galien.app.bench.ErxBenchmark.Result result;
        try {
            result = new fr.galien.app.bench.ErxBenchmark(spec.commandLine().getErr()).run(dir, runs);
        } finally {
            deleteRecursively(dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(result));
        } else {
            out.println("délivrances   p50 (ms)   p95 (ms)   max (ms)   lecture seule p50/p95 (ms)   envoi p50/p95 (ms)");
            out.printf("%11d   %8.2f   %8.2f   %8.2f   %12.2f / %-8.2f   %8.2f / %-8.2f%n", result.samples(),
                    result.p50Ms(), result.p95Ms(), result.maxMs(), result.wireP50Ms(), result.wireP95Ms(),
                    result.sendP50Ms(), result.sendP95Ms());
        }
        return Cli.OK;
    }

    @Command(name = "duplicates",
            description = "Mesure la détection des doublons sur tout le registre (patients générés, 1 % de doublons plantés).")
    int duplicates(@Option(names = "--patients", defaultValue = "100000", description = "Nombre de patients générés.")
                   int patients,
                   @Option(names = "--runs", defaultValue = "5", description = "Détections mesurées (après une de chauffe).")
                   int runs,
                   @Option(names = "--min-score", defaultValue = "70", paramLabel = "N", description = "Score minimal.")
                   int minScore,
                   @Option(names = "--json", description = "Sortie JSON.") boolean json,
                   @Option(names = "--keep", paramLabel = "DOSSIER",
                           description = "Garde la base générée dans ce dossier et la réutilise au prochain passage.")
                   Path keep) throws IOException {
        if (patients < 2 || runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--patients doit valoir au moins 2 et --runs au moins 1.");
        }
        Path dir = keep != null ? Files.createDirectories(keep.resolve("duplicates-" + patients))
                : Files.createTempDirectory("galien-bench-dup-");
        DuplicatesBenchmark.Result r;
        try {
            r = new DuplicatesBenchmark(spec.commandLine().getErr()).run(dir, patients, runs, minScore, 42L);
        } finally {
            if (keep == null) {
                deleteRecursively(dir);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(r));
        } else {
            out.println(" patients   paires  plantés  retrouvés  meilleur (ms)  médiane (ms)   max (ms)  CPU médian (ms)");
            out.printf("%,9d  %7d  %7d  %9d  %13.0f  %12.0f  %9.0f  %15.0f%n", r.patients(), r.pairs(), r.planted(),
                    r.plantedFound(), r.bestMs(), r.medianMs(), r.maxMs(), r.medianCpuMs());
        }
        return Cli.OK;
    }

    @Command(name = "ordonnance",
            description = "Mesure la production des ordonnances PDF/A (numérique avec QR code, bizone, papier, "
                    + "vétérinaire) : documents par seconde et par cœur, latence par document.")
    int ordonnance(@Option(names = "--documents", defaultValue = "2000", description = "Documents mesurés par sorte.")
                   int documents,
                   @Option(names = "--threads", defaultValue = "2",
                           description = "Fils pour la mesure en parallèle (1 : aucune).") int threads,
                   @Option(names = "--json", description = "Sortie JSON.") boolean json) throws Exception {
        if (documents < 1 || threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--documents et --threads doivent valoir au moins 1.");
        }
        List<OrdonnanceBenchmark.Result> results = new OrdonnanceBenchmark(spec.commandLine().getErr())
                .run(documents, threads);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(results));
        } else {
            out.println("sorte             fils  documents  par s et par cœur  par s (total)   p50 (ms)   p95 (ms)   max (ms)  octets");
            for (OrdonnanceBenchmark.Result r : results) {
                out.printf("%-16s  %4d  %9d  %17.0f  %13.0f  %9.2f  %9.2f  %9.2f  %6d%n", r.kind(), r.threads(),
                        r.documents(), r.perCpuSecond(), r.perWallSecond(), r.p50Ms(), r.p95Ms(), r.maxMs(),
                        r.averageBytes());
            }
        }
        return Cli.OK;
    }

    @Command(name = "drugs",
            description = "Mesure le catalogue des médicaments : premier démarrage (catalogue livré), import complet "
                    + "d'une BDPM, recherche à chaque frappe (p50/p99, objectif p99 ≤ 5 ms), mémoire de l'index, "
                    + "analyse des scans.")
    int drugs(@Option(names = "--bdpm", paramLabel = "DOSSIER",
                      description = "Export BDPM à importer (ex. ../shared/data/bdpm) ; sans lui, pas de mesure "
                              + "d'import.") Path bdpm,
              @Option(names = "--names", defaultValue = "1000", description = "Noms « tapés » lettre par lettre.")
              int names,
              @Option(names = "--limit", defaultValue = "20", description = "Résultats demandés par recherche.")
              int limit,
              @Option(names = "--scans", defaultValue = "200000", description = "Scans analysés.") int scans,
              @Option(names = "--json", description = "Sortie JSON.") boolean json) throws Exception {
        if (names < 1 || limit < 1 || scans < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--names, --limit et --scans doivent valoir au moins 1.");
        }
        Path dir = Files.createTempDirectory("galien-bench-drugs-");
        DrugBenchmark.Result r;
        try {
            r = new DrugBenchmark(spec.commandLine().getErr()).run(dir, bdpm, names, limit, scans, 42L);
        } finally {
            deleteRecursively(dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(r));
        } else {
            out.printf("Premier démarrage (catalogue livré) : %,d ms (CPU %,d ms) — %,d médicaments, %,d "
                    + "présentations, index ≈ %d Mo%n", r.firstStartMs(), r.firstStartCpuMs(), r.medicines(),
                    r.presentations(), r.indexHeapMb());
            if (r.bdpmImport() != null) {
                DrugBenchmark.ImportResult i = r.bdpmImport();
                out.printf("Import BDPM complet : %,d ms (lecture %,d, écriture %,d, index %,d ; CPU %,d ms) — "
                        + "%,d médicaments, %,d présentations%n", i.totalMs(), i.readMs(), i.storeMs(), i.indexMs(),
                        i.cpuMs(), i.medicines(), i.presentations());
            }
            out.printf("Recherche à chaque frappe : %,d frappes (%d noms) — p50 %.3f ms, p99 %.3f ms, max %.3f ms "
                    + "(temps CPU p99 %.3f ms)%n", r.keystrokes(), r.typedNames(), r.searchP50Ms(), r.searchP99Ms(),
                    r.searchMaxMs(), r.searchCpuP99Ms());
            out.printf("Scans : %,d — %,.0f par seconde, p99 %.1f µs%n", r.scans(), r.scansPerSecond(),
                    r.scanP99Micros());
        }
        return Cli.OK;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

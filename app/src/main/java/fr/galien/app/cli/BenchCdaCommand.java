package fr.galien.app.cli;

import fr.galien.app.bench.CdaBenchmark;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code galien bench cda}: CDA + PDF documents produced per second on one core (target ≥ 100, issue 12). */
@Command(name = "cda", description = "Mesure la production de documents CDA avec leur rendu PDF (documents par "
        + "seconde sur un cœur).")
final class BenchCdaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--documents", defaultValue = "500", description = "Documents mesurés par type.")
    int documents;

    @Option(names = "--warmup", defaultValue = "200", description = "Documents de chauffe par type (non mesurés).")
    int warmup;

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (documents < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--documents doit valoir au moins 1, --warmup au moins 0.");
        }
        List<CdaBenchmark.Result> results = new CdaBenchmark(spec.commandLine().getErr()).run(documents, warmup);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(results));
        } else {
            out.println("type        documents   durée (s)   docs/s   docs/s CPU   CDA (Ko)   PDF (Ko)");
            for (CdaBenchmark.Result r : results) {
                out.printf("%-10s  %9d   %9.2f   %6.0f   %10.0f   %8.1f   %8.1f%n", r.kind(), r.documents(),
                        r.seconds(), r.perSecond(), r.perCpuSecond(), r.averageCdaBytes() / 1024.0,
                        r.averagePdfBytes() / 1024.0);
            }
        }
        return Cli.OK;
    }
}

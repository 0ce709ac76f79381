package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.app.GalienRuntime;
import fr.galien.core.dmp.DmpListing;
import fr.galien.core.port.DmpPort.DmpEntry;
import fr.galien.core.port.DmpPort.DmpQuery;
import fr.galien.core.security.Caller;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galien dmp list --patient ID}: the patient's current DMP documents (ITI-67), newest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Liste les documents du DMP d'un patient (le plus récent d'abord), avec filtres.")
final class DmpListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--patient", required = true, paramLabel = "ID", description = "Identifiant du patient.")
    String patient;

    @Option(names = "--type", paramLabel = "CODE", split = ",", description = "Types (codes JDV_J07, ex. 11488-4).")
    Set<String> types;

    @Option(names = "--from", paramLabel = "AAAA-MM-JJ", description = "Documents créés ce jour ou après.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "AAAA-MM-JJ", description = "Documents créés ce jour ou avant.")
    LocalDate to;

    @Option(names = "--author", paramLabel = "ID", description = "Identifiant national de l'auteur (8 + RPPS).")
    String author;

    @Option(names = "--json", description = "Sortie JSON (tableau).")
    boolean json;

    @JsonPropertyOrder({"dmpId", "uniqueId", "typeCode", "type", "title", "created", "authorId", "author",
            "organisation", "format", "mimeType", "size", "inLocalFile"})
    record EntryJson(String dmpId, String uniqueId, String typeCode, String type, String title, String created,
                     String authorId, String author, String organisation, String format, String mimeType, long size,
                     boolean inLocalFile) {
    }

    @Override
    public Integer call() {
        UUID id = PatientsCommand.parseId(patient);
        PrintWriter out = spec.commandLine().getOut();
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime();
             NationalServices services = NationalServices.start(runtime, spec.commandLine().getErr())) {
            Caller caller = CliIdentity.of(spec, runtime);
            DmpListing listing = runtime.dmpConsultation().list(caller, id, new DmpQuery(types, from, to, author));
            List<EntryJson> rows = listing.entries().stream().map(entry -> json(entry, listing)).toList();
            if (json) {
                out.println(Json.write(rows));
            } else {
                for (EntryJson row : rows) {
                    out.println((row.created() == null ? "?" : row.created().substring(0, 10)) + "  " + row.type()
                            + "  " + row.title() + "  " + (row.author() == null ? "" : row.author())
                            + (row.organisation() == null ? "" : " — " + row.organisation())
                            + (row.inLocalFile() ? "  (déjà dans le dossier)" : ""));
                }
                out.println(rows.size() + " document(s) dans le DMP");
            }
            return Cli.OK;
        }
    }

    private static EntryJson json(DmpEntry entry, DmpListing listing) {
        return new EntryJson(entry.id(), entry.uniqueId(), entry.typeCode(), entry.typeDisplay(), entry.title(),
                entry.creation() == null ? null : entry.creation().toString(), entry.authorId(), entry.authorName(),
                entry.organisationName(), entry.formatCode(), entry.mimeType(), entry.size(),
                listing.alreadyFiled().contains(entry.uniqueId()));
    }
}

package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.document.DocumentError;
import fr.galien.core.document.DocumentFormats;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.NewDocument;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.io.IoError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galien documents list|add|export}: a patient's documents (PDF, CDA, images), as the file view shows them. */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Documents des patients : liste, ajout d'un fichier numérisé, export (ouverture tracée).")
final class DocumentsCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Liste les documents d'un patient (dernières versions, le plus récent d'abord).")
    int list(@Option(names = "--patient", required = true, paramLabel = "ID", description = "Identifiant du patient.")
             String patient,
             @Option(names = "--json", description = "Sortie JSON (tableau).") boolean json) {
        UUID patientId = PatientsCommand.parseId(patient);
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            PatientDocuments documents = runtime.documents();
            List<PatientDocument> found = documents.list(CliIdentity.of(spec, runtime), patientId);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(found.stream()
                        .map(document -> DocumentJson.of(document, documents.sharing(document.id()))).toList()));
            } else {
                found.forEach(document -> out.println(line(document)));
                out.println(found.size() + " document(s)");
            }
            return Cli.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Ajoute un fichier (PDF, CDA XML, PNG, JPEG, texte) au dossier d'un patient, "
                    + "comme un document numérisé.")
    int add(@Option(names = "--patient", required = true, paramLabel = "ID", description = "Identifiant du patient.")
            String patient,
            @Option(names = "--file", required = true, paramLabel = "FICHIER", description = "Le fichier à ajouter.")
            Path file,
            @Option(names = "--title", paramLabel = "TITRE", description = "Titre (par défaut : le nom du fichier).")
            String title,
            @Option(names = "--type", paramLabel = "CODE", defaultValue = "autre",
                    description = "Type LOINC du document : 57833-6 ordonnance, 60593-1 dispensation, 60591-5 "
                            + "synthèse, 11488-4 compte rendu, 87273-9 vaccination, 56445-0 bilan de médication, "
                            + "78601-2 entretien pharmaceutique, autre (par défaut).")
            String type,
            @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        UUID patientId = PatientsCommand.parseId(patient);
        DocumentType documentType = DocumentType.known(type)
                .orElseThrow(() -> new SegurException(fr.galien.app.AppError.APP_0007, "--type", type));
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String mimeType = DocumentFormats.ofFileName(fileName);
        if (mimeType == null) {
            throw new SegurException(DocumentError.DOC_0005, fileName);
        }
        byte[] content = read(file);
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            PatientDocument added = runtime.documents().add(CliIdentity.of(spec, runtime),
                    new NewDocument(patientId, null, documentType, title == null ? fileName : title, mimeType,
                            runtime.clock().instant(), null, DocumentOrigin.SCAN, content));
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? Json.write(DocumentJson.of(added, List.of())) : line(added));
            return Cli.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Écrit le contenu d'un document dans un nouveau fichier (ouverture tracée). "
                    + "Un fichier existant n'est jamais remplacé.")
    int export(@Parameters(paramLabel = "ID", description = "Identifiant du document (colonne 1 de la liste).")
               String id,
               @Option(names = "--out", required = true, paramLabel = "FICHIER", description = "Fichier à créer.")
               Path out) {
        UUID documentId = PatientsCommand.parseId(id);
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            byte[] content = runtime.documents().content(CliIdentity.of(spec, runtime), documentId);
            try {
                Files.write(out, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new SegurException(IoError.IO_0006, e, describe(e, out));
            }
            spec.commandLine().getOut().println(out.toAbsolutePath());
            return Cli.OK;
        }
    }

    private static byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > PatientDocuments.MAX_CONTENT_BYTES) {
                throw new SegurException(DocumentError.DOC_0002, size, PatientDocuments.MAX_CONTENT_BYTES);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SegurException(IoError.IO_0005, e, "fichier introuvable : " + file);
        } catch (IOException e) {
            throw new SegurException(IoError.IO_0005, e, e.getClass().getSimpleName() + " (" + file + ")");
        }
    }

    private static String describe(IOException e, Path out) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "le fichier " + out + " existe déjà (choisissez un autre nom)";
        }
        return e.getClass().getSimpleName() + " (" + out + ")";
    }

    static String line(PatientDocument document) {
        return document.id() + "  " + document.documentDate().toString().substring(0, 10) + "  "
                + document.type().display() + "  " + document.title() + "  " + document.origin().label()
                + (document.version() > 1 ? "  version " + document.version() : "");
    }
}

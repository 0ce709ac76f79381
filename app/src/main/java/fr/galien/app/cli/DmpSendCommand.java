package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.core.dmp.DmpSend;
import fr.galien.core.dmp.DmpSharing;
import fr.galien.core.document.DocumentError;
import fr.galien.core.document.DocumentFormats;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.NewDocument;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.error.SegurException;
import fr.galien.core.outbox.OutboxStatus;
import fr.galien.core.patient.io.IoError;
import fr.galien.core.security.Caller;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galien dmp send --patient ID --file FILE.pdf --type CODE}: files the PDF in the patient's file, wraps it as a
 * CDA level 1 (the core's builder) and queues it for the DMP, then tries to send it at once while the command's PSC
 * session lasts. Exit 0 sent (or already there), 1 refused or still waiting in the outbox (it leaves with the next
 * session: the window sends it in the background).
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Envoie un PDF au DMP d'un patient (enveloppé en CDA niveau 1) ; reste dans la file d'envoi "
                + "si le DMP est indisponible.")
final class DmpSendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--patient", required = true, paramLabel = "ID", description = "Identifiant du patient.")
    String patient;

    @Option(names = "--file", required = true, paramLabel = "FICHIER.pdf", description = "Le PDF à envoyer.")
    Path file;

    @Option(names = "--type", required = true, paramLabel = "CODE",
            description = "Type LOINC du document : 11488-4 compte rendu, 57833-6 ordonnance, 60593-1 dispensation, "
                    + "60591-5 synthèse, 87273-9 vaccination, 56445-0 bilan de médication, 78601-2 entretien "
                    + "pharmaceutique.")
    String type;

    @Option(names = "--title", paramLabel = "TITRE", description = "Titre (par défaut : celui du type).")
    String title;

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    @JsonPropertyOrder({"patientId", "documentId", "outboxId", "status", "sharing", "receipt", "reason"})
    record SendJson(String patientId, String documentId, String outboxId, String status, String sharing,
                    String receipt, String reason) {
    }

    @Override
    public Integer call() {
        UUID patientId = PatientsCommand.parseId(patient);
        DocumentType documentType = DocumentType.known(type).filter(t -> !t.code().equals("autre"))
                .orElseThrow(() -> new SegurException(AppError.APP_0007, "--type", type));
        byte[] pdf = read(file);
        if (!DocumentFormats.PDF.equals(DocumentFormats.ofFileName(String.valueOf(file.getFileName())))) {
            throw new SegurException(AppError.APP_0007, "--file", "un fichier .pdf est attendu");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime();
             NationalServices services = NationalServices.start(runtime, spec.commandLine().getErr())) {
            Caller caller = CliIdentity.of(spec, runtime);
            PatientDocument added = runtime.documents().add(caller, new NewDocument(patientId, null, documentType,
                    title == null ? documentType.display() : title, DocumentFormats.PDF, runtime.clock().instant(),
                    caller.displayName(), DocumentOrigin.LOCAL, pdf));
            DmpSharing.Queued queued = runtime.dmpSharing().send(caller, added.id());
            // One attempt now, while this command's PSC session lasts; otherwise it waits in the outbox.
            runtime.startModules(new fr.galien.core.task.CurrentThreadTaskExecutor()).dispatcher().dispatchDue();
            DmpSend send = runtime.dmpSharing().sends(caller, 200).stream()
                    .filter(s -> s.outboxId().equals(queued.outboxId())).findFirst().orElseThrow();
            String sharing = runtime.documents().sharing(queued.documentId()).stream()
                    .filter(s -> s.channel() == fr.galien.core.document.SharingChannel.DMP)
                    .map(s -> s.state().name()).findFirst().orElse(null);
            if (json) {
                out.println(Json.write(new SendJson(patientId.toString(), queued.documentId().toString(),
                        queued.outboxId().toString(), send.status().dbValue(), sharing, send.receipt(),
                        send.lastError())));
            } else {
                out.println(switch (send.status()) {
                    case SENT -> "Envoyé au DMP (" + send.receipt() + ").";
                    case PENDING -> "En attente d'envoi : " + send.lastError();
                    case REJECTED -> "Refusé par le DMP : " + send.lastError();
                });
            }
            return send.status() == OutboxStatus.SENT ? Cli.OK : Cli.REFUSED;
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
}

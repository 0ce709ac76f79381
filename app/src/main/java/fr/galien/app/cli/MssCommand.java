package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.mssante.Draft;
import fr.galien.core.mssante.MailFiling;
import fr.galien.core.mssante.SecureMail;
import fr.galien.core.mssante.XdmPackage;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.port.MssantePort;
import fr.galien.core.port.MssantePort.Attachment;
import fr.galien.core.security.Caller;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galien mss send|inbox|fetch|xdm|worklist|file} (docs/cli.md): MSSanté secure mail. */
@Command(name = "mss", description = "Messagerie sécurisée de santé MSSanté : envoyer, lire, relever et classer.",
        subcommands = {MssCommand.Send.class, MssCommand.Inbox.class, MssCommand.Fetch.class, MssCommand.Xdm.class,
                MssCommand.Worklist.class, MssCommand.FileItem.class})
final class MssCommand {

    static final long MAX_ATTACHMENT = 20L * 1024 * 1024;

    static MssantePort port(GalienRuntime runtime) {
        return runtime.mssPort().orElseThrow(() -> new SegurException(AppError.APP_0010, "mss"));
    }

    static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_ATTACHMENT) {
                throw new SegurException(AppError.APP_0007, file.getFileName(), "fichier de plus de 20 Mo");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SegurException(AppError.APP_0007, e, file.getFileName(), "fichier illisible");
        }
    }

    static String mimeType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".xml")) {
            return "text/xml";
        }
        if (name.endsWith(".txt")) {
            return "text/plain";
        }
        if (name.endsWith(".zip")) {
            return "application/zip";
        }
        return "application/octet-stream";
    }

    static UUID uuid(String text, String option) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new SegurException(AppError.APP_0007, option, "identifiant (uuid) attendu");
        }
    }

    @Command(name = "send", mixinStandardHelpOptions = true,
            description = "Compose un message et le met dans la file d'envoi (envoyé une seule fois, même après une panne).")
    static final class Send implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "BAL", description = "Votre boîte MSSanté.")
        String from;

        @Option(names = "--to", paramLabel = "ADRESSE", description = "Destinataire MSSanté (répétable).")
        List<String> to = new ArrayList<>();

        @Option(names = "--patient", paramLabel = "ID",
                description = "Patient concerné ; avec --to-patient, écrit à sa messagerie Mon espace santé "
                        + "(identité qualifiée uniquement).")
        String patient;

        @Option(names = "--to-patient", description = "Ajoute l'adresse Mon espace santé du patient (--patient).")
        boolean toPatient;

        @Option(names = "--subject", required = true, paramLabel = "OBJET", description = "Objet.")
        String subject;

        @Option(names = "--body", required = true, paramLabel = "TEXTE", description = "Texte du message.")
        String body;

        @Option(names = "--attach", paramLabel = "FICHIER", description = "Pièce jointe (répétable).")
        List<Path> attach = new ArrayList<>();

        @Option(names = "--cda", paramLabel = "FICHIER",
                description = "Document CDA à joindre dans une archive IHE_XDM.ZIP (répétable).")
        List<Path> cda = new ArrayList<>();

        @Option(names = "--no-reply", description = "Le patient ne peut pas répondre (X-MSS-MES: FIN).")
        boolean noReply;

        @Option(names = "--json", description = "Sortie JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime();
                 NationalServices services = NationalServices.start(runtime, spec.commandLine().getErr())) {
                Caller caller = CliIdentity.of(spec, runtime);
                List<String> own = port(runtime).mailboxes().stream().map(MssantePort.Mailbox::address).toList();
                List<Attachment> attachments = new ArrayList<>();
                for (Path file : attach) {
                    attachments.add(new Attachment(file.getFileName().toString(), mimeType(file), read(file)));
                }
                List<XdmPackage.Document> structured = new ArrayList<>();
                for (Path file : cda) {
                    structured.add(new XdmPackage.Document(file.getFileName().toString(), mimeType(file), read(file)));
                }
                Draft draft = new Draft(from, caller.displayName(), to,
                        Optional.ofNullable(patient).map(p -> uuid(p, "--patient")), toPatient, subject, body,
                        attachments, structured, noReply, true, null);
                SecureMail.Queued queued = runtime.secureMail().compose(caller, draft, own);
                runtime.startModules(new fr.galien.core.task.CurrentThreadTaskExecutor()).dispatcher()
                        .dispatchDue();
                Optional<SecureMail.Sent> sent = runtime.secureMail().find(queued.messageId());
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("messageId", queued.messageId());
                result.put("recipients", queued.recipients());
                result.put("xdm", queued.withXdm());
                result.put("delivery", sent.map(SecureMail.Sent::delivery).orElse("queued"));
                if (json) {
                    out.println(Json.write(result));
                } else {
                    out.println("Message <" + queued.messageId() + "> " + (sent.map(s -> s.delivery().equals("sent"))
                            .orElse(false) ? "envoyé" : "en file d'envoi (opérateur injoignable, nouvel essai plus tard)")
                            + " à " + String.join(", ", queued.recipients()) + ".");
                }
                return Cli.OK;
            }
        }
    }

    @Command(name = "inbox", mixinStandardHelpOptions = true,
            description = "Liste les messages d'une boîte (les plus récents d'abord), ses dossiers et non-lus.")
    static final class Inbox implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--box", paramLabel = "BAL", description = "La boîte ; par défaut la première des vôtres.")
        String box;

        @Option(names = "--folder", paramLabel = "DOSSIER", defaultValue = "INBOX", description = "Dossier (INBOX).")
        String folder;

        @Option(names = "--search", paramLabel = "TEXTE", description = "Recherche dans l'objet, l'expéditeur, le texte.")
        String search;

        @Option(names = "--max", defaultValue = "50", description = "Nombre maximal de messages (50).")
        int max;

        @Option(names = "--json", description = "Sortie JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime();
                 NationalServices services = NationalServices.start(runtime, spec.commandLine().getErr())) {
                Caller caller = CliIdentity.of(spec, runtime);
                MssantePort port = port(runtime);
                String mailbox = box != null ? box : port.mailboxes().stream().findFirst()
                        .map(MssantePort.Mailbox::address)
                        .orElseThrow(() -> new SegurException(AppError.APP_0007, "--box", "aucune boîte connue"));
                List<MssantePort.Folder> folders = port.folders(mailbox);
                List<MssantePort.MessageSummary> messages = port.messages(mailbox, folder, search, Math.max(1, max));
                MailFiling filing = runtime.mailFiling();
                runtime.database().inTransaction(tx -> {
                    runtime.auditTrail().append(tx, new fr.galien.core.audit.AuditEvent(caller, null,
                            fr.galien.core.audit.AuditAction.MSS_READ, fr.galien.core.audit.AuditOutcome.SUCCESS,
                            "listed " + messages.size() + " in " + mailbox + "/" + folder));
                    return null;
                });
                List<Map<String, Object>> rows = new ArrayList<>();
                for (MssantePort.MessageSummary message : messages) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("uid", message.uid());
                    row.put("messageId", message.messageId());
                    row.put("from", message.from());
                    filing.patientSender(caller, message.from()).ifPresent(p -> {
                        row.put("patient", p.id().toString());
                        row.put("patientName", p.displayName());
                        row.put("patientIns", p.matricule());
                    });
                    String subject = message.subject();
                    row.put("subject", subject != null && subject.startsWith("XDM/1.0/DDM+") ? subject.substring(12)
                            : subject);
                    row.put("date", message.date() == null ? null : message.date().toString());
                    row.put("seen", message.seen());
                    row.put("size", message.size());
                    rows.add(row);
                }
                if (json) {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("mailbox", mailbox);
                    result.put("folders", folders.stream().map(f -> Map.of("name", f.name(), "total", f.total(),
                            "unread", f.unread())).toList());
                    result.put("messages", rows);
                    out.println(Json.write(result));
                } else {
                    out.println(mailbox + " — " + folders.stream().map(f -> f.name() + " " + f.unread() + "/"
                            + f.total()).reduce((a, b) -> a + ", " + b).orElse(""));
                    for (Map<String, Object> row : rows) {
                        out.println(((Boolean) row.get("seen") ? "  " : "* ") + row.get("uid") + "  "
                                + row.get("date") + "  " + (row.containsKey("patientName")
                                ? row.get("patientName") + " (INS " + row.get("patientIns") + ")" : row.get("from"))
                                + "  " + row.get("subject"));
                    }
                }
                return Cli.OK;
            }
        }
    }

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Relève les nouveaux messages et classe les documents reçus (INS qualifiée : dans le dossier "
                    + "du patient ; sinon : liste à classer).")
    static final class Fetch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--box", paramLabel = "BAL", description = "La boîte ; par défaut toutes les vôtres.")
        String box;

        @Option(names = "--json", description = "Sortie JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime();
                 NationalServices services = NationalServices.start(runtime, spec.commandLine().getErr())) {
                Caller caller = CliIdentity.of(spec, runtime);
                MssantePort port = port(runtime);
                List<String> boxes = box != null ? List.of(box)
                        : port.mailboxes().stream().map(MssantePort.Mailbox::address).toList();
                MailFiling filing = runtime.mailFiling();
                List<Map<String, Object>> rows = new ArrayList<>();
                for (String mailbox : boxes) {
                    for (MailFiling.Received received : filing.fetch(caller, port, mailbox, 500)) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("mailbox", mailbox);
                        row.put("messageId", received.messageId());
                        row.put("outcome", received.outcome().name().toLowerCase(Locale.ROOT));
                        row.put("filed", received.filed());
                        row.put("pending", received.pending());
                        row.put("code", received.code().orElse(null));
                        received.sender().ifPresent(p -> row.put("patient", p.id().toString()));
                        rows.add(row);
                    }
                }
                if (json) {
                    out.println(Json.write(Map.of("received", rows, "pending", filing.pendingCount())));
                } else {
                    int filed = rows.stream().mapToInt(r -> (Integer) r.get("filed")).sum();
                    int pending = rows.stream().mapToInt(r -> (Integer) r.get("pending")).sum();
                    out.println(rows.size() + " message(s) relevé(s) ; " + filed + " document(s) classé(s) ; "
                            + pending + " à classer (galien mss worklist).");
                }
                return Cli.OK;
            }
        }
    }

    @Command(name = "xdm", mixinStandardHelpOptions = true,
            description = "Écrit l'archive IHE_XDM.ZIP exacte qui serait envoyée pour ces documents.")
    static final class Xdm implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--patient", required = true, paramLabel = "ID", description = "Le patient.")
        String patient;

        @Option(names = "--doc", required = true, paramLabel = "FICHIER", description = "Document CDA ou PDF (répétable).")
        List<Path> docs = new ArrayList<>();

        @Option(names = "--to", paramLabel = "ADRESSE", description = "Destinataire prévu (répétable).")
        List<String> to = new ArrayList<>();

        @Option(names = "--out", required = true, paramLabel = "FICHIER.zip", description = "Archive à écrire.")
        Path outFile;

        @Override
        public Integer call() throws IOException {
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
                Caller caller = CliIdentity.of(spec, runtime);
                Patient chosen = runtime.patients().open(caller, uuid(patient, "--patient"));
                List<XdmPackage.Document> documents = new ArrayList<>();
                for (Path file : docs) {
                    documents.add(new XdmPackage.Document(file.getFileName().toString(), mimeType(file), read(file)));
                }
                XdmPackage.Built built = XdmPackage.build(new XdmPackage.Submission(InsExchange.ifQualified(chosen),
                        caller.displayName(), to, "Galien", Instant.now(), UUID.randomUUID().toString()), documents);
                Files.write(outFile, built.zip());
                spec.commandLine().getOut().println(Json.write(Map.of("file", outFile.toString(),
                        "bytes", built.zip().length, "X-MSS-INS", built.qualifiedIns() ? "O" : "N",
                        "X-MSS-CODECDA", String.join(",", built.cdaCodes()))));
                return Cli.OK;
            }
        }
    }

    @Command(name = "worklist", mixinStandardHelpOptions = true,
            description = "Documents reçus à classer (identité incertaine), avec le patient le plus proche.")
    static final class Worklist implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Sortie JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
                Caller caller = CliIdentity.of(spec, runtime);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (MailFiling.WorkItem item : runtime.mailFiling().pending(caller, 500)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", item.id().toString());
                    row.put("title", item.title());
                    row.put("typeCode", item.typeCode());
                    row.put("from", item.from());
                    row.put("birthName", item.birthName());
                    row.put("firstNames", item.firstNames());
                    row.put("sex", item.sex());
                    row.put("birthDate", item.birthDate());
                    row.put("ins", item.insMatricule());
                    row.put("candidate", item.candidatePatientId().map(UUID::toString).orElse(null));
                    row.put("score", item.score());
                    rows.add(row);
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(rows));
                } else {
                    rows.forEach(r -> out.println(r.get("id") + "  " + r.get("title") + "  " + r.get("birthName") + " "
                            + r.get("firstNames") + " " + r.get("birthDate") + "  candidat " + r.get("candidate")
                            + " (" + r.get("score") + ")"));
                }
                return Cli.OK;
            }
        }
    }

    @Command(name = "file", mixinStandardHelpOptions = true,
            description = "Classe un document de la liste dans le dossier du patient indiqué, ou le met de côté.")
    static final class FileItem implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "Le document à classer (galien mss worklist).")
        String item;

        @Option(names = "--patient", paramLabel = "ID", description = "Le patient (sinon : --reject).")
        String patient;

        @Option(names = "--reject", description = "Le document ne concerne aucun patient d'ici.")
        boolean reject;

        @Override
        public Integer call() {
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
                Caller caller = CliIdentity.of(spec, runtime);
                if (reject) {
                    runtime.mailFiling().reject(caller, uuid(item, "ID"));
                    spec.commandLine().getOut().println("Document mis de côté.");
                    return Cli.OK;
                }
                if (patient == null) {
                    throw new SegurException(AppError.APP_0007, "--patient", "le patient, ou --reject");
                }
                PatientDocument filed = runtime.mailFiling().confirm(caller, uuid(item, "ID"),
                        uuid(patient, "--patient"));
                spec.commandLine().getOut().println(Json.write(Map.of("document", filed.id().toString(),
                        "patient", filed.patientId().toString())));
                return Cli.OK;
            }
        }
    }
}

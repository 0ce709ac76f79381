package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.core.error.SegurException;
import fr.galien.core.outbox.OutboxEntry;
import fr.galien.core.outbox.OutboxStatus;
import fr.galien.core.security.Caller;
import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galien outbox list|retry|drop}: the queue of national calls (ADR 0006) — what waits, was refused or was
 * sent. {@code retry} sends a row again; {@code drop} sets a refused row aside for good, a pending one only with
 * {@code --force} (it may be in flight); a sent row is never touched. Each change is audited. The payload is never
 * printed (it may carry identifiers).
 */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = "File des envois aux services nationaux : liste, nouvel essai, retrait d'un envoi refusé.")
final class OutboxCommand {

    @Spec
    CommandSpec spec;

    @JsonPropertyOrder({"id", "service", "operation", "status", "attempts", "nextAttemptAt", "lastError", "receipt",
            "createdAt", "sentAt"})
    record EntryJson(String id, String service, String operation, String status, int attempts, String nextAttemptAt,
                     String lastError, String receipt, String createdAt, String sentAt) {

        static EntryJson of(OutboxEntry entry) {
            return new EntryJson(entry.id().toString(), entry.service(), entry.operation(), entry.status().dbValue(),
                    entry.attempts(), entry.status() == OutboxStatus.PENDING ? text(entry.nextAttemptAt()) : null,
                    entry.lastError(), entry.receipt(), text(entry.createdAt()), text(entry.sentAt()));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Liste les envois (le plus récent d'abord) : en attente, refusés, envoyés.")
    int list(@Option(names = "--status", paramLabel = "STATUT",
                     description = "pending (en attente), rejected (refusés) ou sent (envoyés) ; tous par défaut.")
             String status,
             @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "Au plus N lignes.")
             int limit,
             @Option(names = "--json", description = "Sortie JSON (tableau).") boolean json) {
        OutboxStatus filter = status == null ? null : parseStatus(status);
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Caller caller = CliIdentity.of(spec, runtime);
            List<OutboxEntry> entries = runtime.outboxAdministration().list(caller, filter, Math.max(1, limit));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(entries.stream().map(EntryJson::of).toList()));
            } else {
                for (OutboxEntry entry : entries) {
                    out.println(entry.id() + "  " + entry.service() + "/" + entry.operation() + "  "
                            + label(entry.status()) + "  essais " + entry.attempts()
                            + (entry.lastError() == null ? "" : "  " + entry.lastError()));
                }
                out.println(entries.size() + " envoi(s)");
            }
            return Cli.OK;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Renvoie un envoi refusé ou en attente dès que possible (tracé).")
    int retry(@Parameters(paramLabel = "ID", description = "Identifiant de l'envoi (colonne 1 de la liste).") String id,
              @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        UUID entryId = PatientsCommand.parseId(id);
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            runtime.startModules(new fr.galien.core.task.CurrentThreadTaskExecutor());
            OutboxEntry before = runtime.outboxAdministration().retry(CliIdentity.of(spec, runtime), entryId);
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? Json.write(EntryJson.of(before))
                    : "Envoi " + entryId + " remis dans la file (il était " + label(before.status()) + ").");
            return Cli.OK;
        }
    }

    @Command(name = "drop", mixinStandardHelpOptions = true,
            description = "Retire de la file un envoi refusé (tracé). Un envoi encore en attente n'est retiré "
                    + "qu'avec --force ; un envoi déjà reçu jamais.")
    int drop(@Parameters(paramLabel = "ID", description = "Identifiant de l'envoi.") String id,
             @Option(names = "--force", description = "Retire aussi un envoi encore en attente (il peut être en "
                     + "cours : le service le recevra peut-être quand même).") boolean force,
             @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        UUID entryId = PatientsCommand.parseId(id);
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            runtime.startModules(new fr.galien.core.task.CurrentThreadTaskExecutor());
            OutboxEntry removed = runtime.outboxAdministration().drop(CliIdentity.of(spec, runtime), entryId, force);
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? Json.write(EntryJson.of(removed))
                    : "Envoi " + entryId + " retiré de la file (il était " + label(removed.status()) + ").");
            return Cli.OK;
        }
    }

    private static OutboxStatus parseStatus(String value) {
        try {
            return OutboxStatus.fromDb(value);
        } catch (IllegalArgumentException e) {
            throw new SegurException(AppError.APP_0007, "--status", value);
        }
    }

    static String label(OutboxStatus status) {
        return switch (status) {
            case PENDING -> "en attente";
            case SENT -> "envoyé";
            case REJECTED -> "refusé";
        };
    }
}

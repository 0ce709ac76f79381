package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditAnchors;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.audit.AuditVerification;
import fr.galien.core.audit.AuditVerifier;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.audit.SyslogFormat;
import fr.galien.core.audit.SyslogForwarder;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galien audit verify|export|forward}: the SHA-256 chain check, and the authentication traces as RFC 5424
 * syslog lines (SSI/IAM.90, IAM.91) on standard output or to the practice's syslog server. Reading the trail needs
 * {@code AUDIT_READ} (docs/permissions.md); in a practice with accounts, a user ({@code --user} or
 * {@code --national-id}).
 */
@Command(name = "audit", description = "Journal d'audit.")
final class AuditCommand {

    /** Rows read per query: the trail is streamed, never loaded whole. */
    private static final int BATCH = 500;

    @Spec
    CommandSpec spec;

    @Command(name = "verify", description = {"Vérifie la chaîne d'empreintes du journal d'audit, puis les ancres "
            + "(têtes du journal notées à côté de la base, galien.audit-ancres) : un journal tronqué ou vidé est "
            + "détecté. Quand tout est intact, la tête actuelle est ajoutée aux ancres et affichée."})
    int verify() {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            requireAuditReader(runtime);
            AuditVerification result = verify(runtime);
            PrintWriter out = spec.commandLine().getOut();
            (result.intact() ? out : spec.commandLine().getErr()).println(describe(result));
            boolean anchored = checkAndAnchor(runtime, result.intact(), out, spec.commandLine().getErr());
            return result.intact() && anchored ? Cli.OK : Cli.REFUSED;
        }
    }

    @Command(name = "export", description = {"Écrit les traces d'authentification (tentatives de connexion réussies ou "
            + "non, déconnexions, verrouillages, changements de mot de passe) au format Syslog RFC 5424, une par ligne.",
        "Lecture tracée dans le journal d'audit."})
    int export(@Option(names = "--syslog", required = true, description = "Format Syslog RFC 5424 (seul format "
                    + "proposé).") boolean syslog,
               @Option(names = "--from", paramLabel = "DATE", description = "Depuis cette date (AAAA-MM-JJ, heure de "
                    + "Paris) ou cet instant ISO 8601 (2026-12-07T08:00:00Z).") String from,
               @Option(names = "--all", description = "Tout le journal, pas seulement l'authentification.")
               boolean all) {
        Instant since = from == null ? Instant.EPOCH : parseFrom(from);
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Caller caller = requireAuditReader(runtime);
            PrintWriter out = spec.commandLine().getOut();
            long last = 0;
            int written = 0;
            List<AuditRecord> batch;
            do {
                long after = last;
                batch = runtime.database().read(connection ->
                        AuditQueries.since(connection, after, since, !all, BATCH));
                for (AuditRecord record : batch) {
                    out.println(SyslogFormat.line(record));
                    last = record.seq();
                    written++;
                }
            } while (batch.size() == BATCH);
            out.flush();
            recordExtraction(runtime, caller, "syslog export rows=" + written + (all ? " all" : " authentication"));
            return Cli.OK;
        }
    }

    @Command(name = "forward", description = {"Envoie au serveur syslog du cabinet (réglages audit.syslog.host, "
            + "audit.syslog.port, audit.syslog.tls) les traces d'authentification pas encore transmises.",
        "À planifier (cron, planificateur de tâches) ; rien n'est marqué transmis si le serveur ne répond pas."})
    int forward() {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Caller caller = requireAuditReader(runtime);
            SyslogForwarder forwarder = SyslogForwarder.fromSettings(runtime.practices()::setting)
                    .orElseThrow(() -> new SegurException(CliAuthError.CLA_0006));
            long last = runtime.practices().setting(SyslogForwarder.LAST_FORWARDED_SEQ).map(Long::parseLong)
                    .orElse(0L);
            int sent = 0;
            List<AuditRecord> batch;
            do {
                long after = last;
                batch = runtime.database().read(connection ->
                        AuditQueries.since(connection, after, Instant.EPOCH, true, BATCH));
                if (batch.isEmpty()) {
                    break;
                }
                try {
                    forwarder.send(batch.stream().map(SyslogFormat::line).toList());
                } catch (IOException e) {
                    throw new SegurException(CliAuthError.CLA_0007, e, forwarder.describe(),
                            e.getClass().getSimpleName());
                }
                last = batch.get(batch.size() - 1).seq();
                runtime.practices().putSetting(SyslogForwarder.LAST_FORWARDED_SEQ, Long.toString(last));
                sent += batch.size();
            } while (batch.size() == BATCH);
            recordExtraction(runtime, caller, "syslog forward rows=" + sent + " to=" + forwarder.describe());
            spec.commandLine().getOut().println(sent + " trace(s) transmise(s) à " + forwarder.describe() + ".");
            return Cli.OK;
        }
    }

    /** In a practice with accounts, a user allowed to read the audit trail; else the OS user (as before). */
    private Caller requireAuditReader(GalienRuntime runtime) {
        Caller caller = CliIdentity.of(spec, runtime);
        new AuditedAuthorization(runtime.database(), runtime.auditTrail())
                .require(caller, Action.AUDIT_READ, AuditAction.READ, null);
        return caller;
    }

    /** An extraction of the trail is itself audited: an EXPORT row naming what left, never its content. */
    private static void recordExtraction(GalienRuntime runtime, Caller caller, String detail) {
        runtime.database().inTransaction(connection -> {
            runtime.auditTrail().append(connection,
                    new AuditEvent(caller, null, AuditAction.EXPORT, AuditOutcome.SUCCESS, detail));
            return null;
        });
    }

    private static Instant parseFrom(String text) {
        String value = text.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new SegurException(CliAuthError.CLA_0008, text);
        }
    }

    static AuditVerification verify(GalienRuntime runtime) {
        return runtime.database().read(AuditVerifier::verify);
    }

    /**
     * Checks the anchors beside the H2 data (ADR 0005) and, when chain and anchors hold, appends the current head.
     * PostgreSQL has no data folder here: said, not pretended.
     *
     * @return false when an anchor no longer holds
     */
    static boolean checkAndAnchor(GalienRuntime runtime, boolean chainIntact, PrintWriter out, PrintWriter err) {
        Optional<Path> directory = runtime.database().dataDirectory();
        if (directory.isEmpty()) {
            out.println("Ancres du journal : non disponibles sur PostgreSQL (conservez les sauvegardes du serveur).");
            return true;
        }
        AuditAnchors anchors = new AuditAnchors(directory.get());
        AuditAnchors.Check check = anchors.check(runtime.database());
        (check.intact() ? out : err).println(check.reason());
        if (chainIntact && check.intact()) {
            out.println("Ancre ajoutée : événement " + anchors.anchor(runtime.database()).describe() + ".");
        }
        return check.intact();
    }

    static String describe(AuditVerification result) {
        if (result.intact()) {
            return "Journal d'audit intact : " + result.rowsChecked() + " entrée(s) vérifiée(s).";
        }
        return "Journal d'audit rompu à l'entrée n° " + result.firstBrokenSeq() + " : " + result.reason();
    }
}

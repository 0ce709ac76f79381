package fr.galien.core.ordonnance;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.Patient;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * Prints ordonnances and records each one (issue 11 §4, §6): registered e-prescriptions and paper-only ordonnances
 * are counted separately (the prescriber's e-prescription rate), vet ordonnances get the practice's next running
 * number in the same transaction as their row — a number is never given twice, and a number is used only by a
 * document that was recorded. Every issue is audited (ids and codes only). Requires {@link Action#CLINICAL_WRITE}.
 */
public final class OrdonnanceRegister {

    private static final String NEXT_VET = "UPDATE ordonnance_counter SET last_value = last_value + 1 "
            + "WHERE counter_name = 'VET'";
    private static final String READ_VET = "SELECT last_value FROM ordonnance_counter WHERE counter_name = 'VET'";
    private static final String INSERT = "INSERT INTO ordonnance_issued (id, subject_id, kind, paper_reason, "
            + "erx_identifier, vet_number, line_count, issued_at, issued_by, pdf_sha256) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COUNT = "SELECT kind, COUNT(*) FROM ordonnance_issued WHERE issued_at >= ? "
            + "AND issued_at < ? GROUP BY kind";

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final AuditedAuthorization authorization;
    private final OrdonnancePdf printer;
    private final Clock clock;

    public OrdonnanceRegister(Transactions transactions, AuditTrail auditTrail, AuditedAuthorization authorization,
                              OrdonnancePdf printer, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Prints a human ordonnance and records it (kind from its delivery: registered or paper only). */
    public IssuedOrdonnance issue(Caller caller, UUID patientId, Ordonnance ordonnance) {
        Objects.requireNonNull(patientId, "patientId");
        if (ordonnance.delivery() instanceof OrdonnanceDelivery.Draft) {
            throw new IllegalArgumentException("a preview is never issued");
        }
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.CREATE, patientId);
        byte[] pdf = render(() -> printer.render(ordonnance));
        IssuedOrdonnance.Kind kind;
        String paperReason = null;
        String identifier = null;
        if (ordonnance.delivery() instanceof OrdonnanceDelivery.Electronic electronic) {
            kind = IssuedOrdonnance.Kind.ELECTRONIC;
            identifier = electronic.identifier();
        } else {
            kind = IssuedOrdonnance.Kind.PAPER;
            paperReason = ((OrdonnanceDelivery.PaperOnly) ordonnance.delivery()).reason().name();
        }
        IssuedOrdonnance.Kind finalKind = kind;
        String finalReason = paperReason;
        String finalIdentifier = identifier;
        return transactions.inTransaction(connection -> record(connection, caller, patientId, finalKind,
                finalReason, finalIdentifier, 0L, ordonnance.lines().size(), pdf));
    }

    /**
     * Gives the next vet running number, prints the ordonnance {@code build} makes with it, and records both in one
     * transaction (a failure gives the number back).
     *
     * @param animalId the animal the ordonnance is for (recorded and audited)
     */
    public IssuedOrdonnance issueVet(Caller caller, UUID animalId, LongFunction<VetOrdonnance> build) {
        Objects.requireNonNull(animalId, "animalId");
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.CREATE, animalId);
        return transactions.inTransaction(connection -> {
            long number = nextVetNumber(connection);
            VetOrdonnance ordonnance = build.apply(number);
            if (ordonnance.number() != number) {
                throw new IllegalArgumentException("the vet ordonnance must carry the number it was given");
            }
            byte[] pdf = render(() -> printer.render(ordonnance));
            return record(connection, caller, animalId, IssuedOrdonnance.Kind.VET, null, null, number,
                    ordonnance.lines().size(), pdf);
        });
    }

    /** The number of ordonnances of each kind issued in {@code [from, to)}: the paper share is counted. */
    public Map<IssuedOrdonnance.Kind, Long> counts(Caller caller, Instant from, Instant to) {
        authorization.require(caller, Action.CLINICAL_READ, AuditAction.READ, null);
        return transactions.read(connection -> {
            Map<IssuedOrdonnance.Kind, Long> counts = new EnumMap<>(IssuedOrdonnance.Kind.class);
            for (IssuedOrdonnance.Kind kind : IssuedOrdonnance.Kind.values()) {
                counts.put(kind, 0L);
            }
            try (PreparedStatement select = connection.prepareStatement(COUNT)) {
                select.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
                select.setObject(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(IssuedOrdonnance.Kind.valueOf(rows.getString(1)), rows.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    /** {@code true} when the patient may get a registered e-prescription (else the paper reason applies). */
    public static boolean canRegister(Patient patient) {
        return OrdonnancePatient.of(patient).qualified();
    }

    private static long nextVetNumber(Connection connection) throws SQLException {
        // The UPDATE takes the row lock first: two workstations never read the same value.
        try (PreparedStatement update = connection.prepareStatement(NEXT_VET)) {
            if (update.executeUpdate() != 1) {
                throw new SQLException("ordonnance_counter row VET missing (migration V18 not applied?)");
            }
        }
        try (PreparedStatement select = connection.prepareStatement(READ_VET);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private IssuedOrdonnance record(Connection connection, Caller caller, UUID subjectId, IssuedOrdonnance.Kind kind,
                                    String paperReason, String identifier, long vetNumber, int lineCount, byte[] pdf)
            throws SQLException {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String sha = sha256(pdf);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, id.toString());
            insert.setString(2, subjectId.toString());
            insert.setString(3, kind.name());
            insert.setString(4, paperReason);
            insert.setString(5, identifier);
            if (vetNumber > 0) {
                insert.setLong(6, vetNumber);
            } else {
                insert.setNull(6, java.sql.Types.BIGINT);
            }
            insert.setInt(7, lineCount);
            insert.setObject(8, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setString(9, caller.userId());
            insert.setString(10, sha);
            insert.executeUpdate();
        }
        String detail = "ordonnance " + kind.name() + (paperReason == null ? "" : " " + paperReason)
                + (vetNumber > 0 ? " n=" + vetNumber : "") + " lines=" + lineCount + " id=" + id;
        auditTrail.append(connection, new AuditEvent(caller, subjectId, AuditAction.CREATE, AuditOutcome.SUCCESS,
                detail));
        return new IssuedOrdonnance(id, subjectId, kind, vetNumber, now, sha, pdf);
    }

    private static byte[] render(java.util.function.Supplier<byte[]> rendering) {
        return OrdonnancePdf.guarded(rendering);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}

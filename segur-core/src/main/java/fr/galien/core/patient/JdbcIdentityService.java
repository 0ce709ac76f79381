package fr.galien.core.patient;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.identity.AuthorizingIdentityService;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.IdentityAttributes;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.identity.IdentityEvent;
import fr.galien.core.identity.IdentityHistoryEntry;
import fr.galien.core.patient.IdentityHistoryRows.HistoryFacts;
import fr.galien.core.identity.IdentityRules;
import fr.galien.core.identity.IdentityService;
import fr.galien.core.identity.IdentitySummary;
import fr.galien.core.identity.InsError;
import fr.galien.core.identity.InsVerification;
import fr.galien.core.identity.Matricules;
import fr.galien.core.identity.StrictTraits;
import fr.galien.core.identity.TraitsChoice;
import fr.galien.core.identity.TraitsComparison;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsMatricule;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@link IdentityService} on H2 or PostgreSQL (same SQL). Each change reads the patient, applies {@link IdentityRules},
 * writes the row through {@link PatientIdentityStore} (version bump, search tokens, the qualified-matricule UNIQUE
 * column), then the {@code identity_history} row and the audit row — all in one transaction. Permission checks are
 * {@link AuthorizingIdentityService}'s.
 *
 * <p>It lives next to the patient rows it writes, so that {@code core.identity} (the rules and the service contract)
 * does not depend on {@code core.patient}: no package cycle (docs/architecture.md).
 */
public final class JdbcIdentityService implements IdentityService {

    private static final Pattern OID = Pattern.compile("\\d+(\\.\\d+)+");

    private static final String SELECT_FACTS = """
            SELECT identification_method, validation_mode, ins_verified_at FROM patient WHERE id = ?""";
    private static final String UPDATE_FACTS = """
            UPDATE patient SET identification_method = ?, validation_mode = ?, ins_verified_at = ? WHERE id = ?""";

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public JdbcIdentityService(Transactions transactions, AuditTrail auditTrail, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Patient acceptInsi(Caller caller, UUID patientId, long expectedVersion, InsIdentity insi,
                              IdentificationMethod method, TraitsChoice choice) {
        Objects.requireNonNull(insi, "insi");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(choice, "choice");
        return change(caller, patientId, expectedVersion, AuditAction.IDENTITY_INSI_ACCEPT, (current, facts) -> {
            refuseBlocked(current, InsError.INS_0021);
            IdentityStatus to = IdentityRules.afterInsi(current.identityStatus(), method);
            InsMatricule active = requireStorable(insi);
            TraitsComparison comparison = TraitsComparison.of(current, insi.traits());
            if (!comparison.allEqual() && choice != TraitsChoice.REPLACE_WITH_INSI) {
                throw new SegurException(InsError.INS_0020);
            }
            // INSi's traits are the reference once the INS is in place (REM 26); equal ones only change spelling.
            Patient withTraits = StrictTraits.replace(current, insi.traits());
            Patient changed = withIdentity(withTraits, to, active.matricule(), active.oid(), current.attributes());
            if (!PatientValidator.validate(changed, today()).isEmpty()) {
                throw new SegurException(InsError.INS_0030, "traits");
            }
            boolean replaced = !StrictTraits.same(current, changed);
            IdentityDocument mode = method == IdentificationMethod.APCV ? IdentityDocument.APCV : facts.mode();
            String detail = transition(current, to) + " method=" + method.code()
                    + (replaced ? " traits=insi" : " traits=same")
                    + (Matricules.keyVerifies(active.matricule()) ? "" : " key=not-verified")
                    + (method == IdentificationMethod.APCV ? " validation=AV" : "");
            return new Change(changed, new Facts(method, mode, now()),
                    new HistoryFacts(IdentityEvent.INSI_ACCEPTED, current.identityStatus(), to, method, mode,
                            active.matricule(), active.oid(), current.attributes(),
                            replaced ? StrictTraits.of(current) : null, detail));
        });
    }

    @Override
    public Patient validateDocument(Caller caller, UUID patientId, long expectedVersion, IdentityDocument document) {
        Objects.requireNonNull(document, "document");
        return change(caller, patientId, expectedVersion, AuditAction.IDENTITY_DOCUMENT_VALIDATE, (current, facts) -> {
            refuseBlocked(current, InsError.INS_0021);
            IdentityStatus to = IdentityRules.afterDocument(current.identityStatus(), document);
            if (document == IdentityDocument.LIVRET_FAMILLE && !IdentityRules.isMinor(current.birthDate(), today())) {
                throw new SegurException(InsError.INS_0024);
            }
            Patient changed = withIdentity(current, to, current.matricule(), current.oid(), current.attributes());
            String detail = transition(current, to) + " document=" + document.code();
            return new Change(changed, new Facts(facts.method(), document, facts.verifiedAt()),
                    new HistoryFacts(IdentityEvent.DOCUMENT_VALIDATED, current.identityStatus(), to, facts.method(),
                            document, current.matricule(), current.oid(), current.attributes(), null, detail));
        });
    }

    @Override
    public Patient setAttributes(Caller caller, UUID patientId, long expectedVersion,
                                 Set<IdentityAttribute> attributes) {
        Set<IdentityAttribute> wanted = Set.copyOf(attributes);
        if (!IdentityRules.attributesAllowed(wanted)) {
            throw new SegurException(InsError.INS_0026);
        }
        return change(caller, patientId, expectedVersion, AuditAction.IDENTITY_ATTRIBUTES, (current, facts) -> {
            if (current.attributes().equals(wanted)) {
                return null;
            }
            boolean blocked = IdentityRules.blocking(wanted).isPresent();
            IdentityStatus to = blocked ? IdentityStatus.PROVISOIRE : current.identityStatus();
            Patient changed = blocked ? withIdentity(current, to, null, null, wanted)
                    : withIdentity(current, to, current.matricule(), current.oid(), wanted);
            Facts after = blocked ? new Facts(null, null, null) : facts;
            String detail = transition(current, to) + " attributes="
                    + Optional.ofNullable(IdentityAttributes.encode(wanted)).orElse("none");
            return new Change(changed, after,
                    new HistoryFacts(IdentityEvent.ATTRIBUTES_CHANGED, current.identityStatus(), to, after.method(),
                            after.mode(), changed.matricule(), changed.oid(), wanted, null, detail));
        });
    }

    @Override
    public Patient correctStrictTraits(Caller caller, UUID patientId, long expectedVersion, IdentityTraits corrected) {
        Objects.requireNonNull(corrected, "corrected");
        return change(caller, patientId, expectedVersion, AuditAction.IDENTITY_TRAITS_CORRECT, (current, facts) -> {
            Patient withTraits = StrictTraits.replace(current, corrected);
            if (StrictTraits.same(current, withTraits)) {
                throw new SegurException(InsError.INS_0027);
            }
            IdentityStatus to = IdentityRules.afterInsRemoved(current.identityStatus());
            Patient changed = withIdentity(withTraits, to, null, null, current.attributes());
            List<FieldError> errors = PatientValidator.validate(changed, today());
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Facts after = new Facts(null, facts.mode(), null);
            return new Change(changed, after,
                    new HistoryFacts(IdentityEvent.TRAITS_CORRECTED, current.identityStatus(), to, null,
                            facts.mode(), null, null, current.attributes(), StrictTraits.of(current),
                            transition(current, to) + " ins=removed"));
        });
    }

    @Override
    public VerificationRecord recordVerification(Caller caller, UUID patientId, long expectedVersion,
                                                 InsiResult answer) {
        Objects.requireNonNull(answer, "answer");
        InsVerification[] verification = new InsVerification[1];
        Patient patient = change(caller, patientId, expectedVersion, AuditAction.IDENTITY_VERIFY, (current, facts) -> {
            if (current.matricule() == null || !IdentityRules.strictTraitsComeFromInsi(current.identityStatus())) {
                throw new SegurException(InsError.INS_0028, IdentityRules.statusWord(current.identityStatus()));
            }
            verification[0] = InsVerification.of(current, answer);
            if (verification[0].confirmed()) {
                return new Change(current, new Facts(facts.method(), facts.mode(), now()),
                        new HistoryFacts(IdentityEvent.VERIFIED_OK, current.identityStatus(),
                                current.identityStatus(), facts.method(), facts.mode(), current.matricule(),
                                current.oid(), current.attributes(), null, "verification=" + answer.cr().code()),
                        false);
            }
            IdentityStatus to = IdentityRules.afterInsRemoved(current.identityStatus());
            Patient changed = withIdentity(current, to, null, null, current.attributes());
            Facts after = new Facts(null, facts.mode(), null);
            return new Change(changed, after,
                    new HistoryFacts(IdentityEvent.VERIFIED_KO, current.identityStatus(), to, null, facts.mode(),
                            null, null, current.attributes(), null,
                            transition(current, to) + " verification=" + verification[0].outcome().name()
                                    + " cr=" + answer.cr().code()));
        });
        return new VerificationRecord(patient, verification[0]);
    }

    @Override
    public List<IdentityHistoryEntry> history(Caller caller, UUID patientId) {
        Objects.requireNonNull(caller, "caller");
        return transactions.read(connection -> {
            List<IdentityHistoryEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(IdentityHistoryRows.SELECT_BY_PATIENT)) {
                select.setString(1, patientId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(IdentityHistoryRows.read(rows));
                    }
                }
            }
            return entries;
        });
    }

    @Override
    public IdentitySummary summary(Caller caller, UUID patientId) {
        Objects.requireNonNull(caller, "caller");
        return transactions.read(connection -> {
            Patient patient = PatientIdentityStore.load(connection, patientId)
                    .orElseThrow(() -> new SegurException(CoreError.CORE_0007, patientId));
            Facts facts = facts(connection, patientId);
            return new IdentitySummary(patient, Optional.ofNullable(facts.method()), Optional.ofNullable(facts.mode()),
                    Optional.ofNullable(facts.verifiedAt()));
        });
    }

    // --- the one transaction every change goes through ------------------------------------------------------------

    /** Reads, applies {@code rule}, then writes the patient, its facts, the history row and the audit row. */
    private Patient change(Caller caller, UUID patientId, long expectedVersion, AuditAction action, Rule rule) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(patientId, "patientId");
        return transactions.inTransaction(connection -> {
            Patient current = PatientIdentityStore.load(connection, patientId)
                    .orElseThrow(() -> new SegurException(CoreError.CORE_0007, patientId));
            if (current.version() != expectedVersion) {
                throw new SegurException(CoreError.CORE_0006);
            }
            if (current.archived()) {
                throw new SegurException(InsError.INS_0029);
            }
            Change change = rule.apply(current, facts(connection, patientId));
            if (change == null) {
                return current;
            }
            OffsetDateTime now = now();
            Patient saved = change.rowChanges() ? PatientIdentityStore.save(connection, change.patient(), now)
                    : current;
            try (PreparedStatement update = connection.prepareStatement(UPDATE_FACTS)) {
                setNullable(update, 1, change.facts().method() == null ? null : change.facts().method().code());
                setNullable(update, 2, change.facts().mode() == null ? null : change.facts().mode().code());
                update.setObject(3, change.facts().verifiedAt());
                update.setString(4, patientId.toString());
                update.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(IdentityHistoryRows.INSERT)) {
                IdentityHistoryRows.bind(insert, patientId, now, caller, change.history());
                insert.executeUpdate();
            }
            auditTrail.append(connection, new AuditEvent(caller, patientId, action, AuditOutcome.SUCCESS,
                    change.history().detail()));
            return saved;
        });
    }

    private static Facts facts(Connection connection, UUID patientId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_FACTS)) {
            select.setString(1, patientId.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Facts(null, null, null);
                }
                return new Facts(IdentificationMethod.fromCode(row.getString(1)).orElse(null),
                        IdentityDocument.fromCode(row.getString(2)).orElse(null),
                        row.getObject(3, OffsetDateTime.class));
            }
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void refuseBlocked(Patient current, InsError error) {
        Optional<IdentityAttribute> blocking = IdentityRules.blocking(current.attributes());
        if (blocking.isPresent()) {
            throw new SegurException(error, blocking.get().code());
        }
    }

    /** The active matricule, if it can be stored: 15 characters of the INS structure and an OID (never the key). */
    private static InsMatricule requireStorable(InsIdentity insi) {
        InsMatricule active = insi.active();
        if (!Matricules.hasInsStructure(active.matricule())) {
            throw new SegurException(InsError.INS_0030, "matricule");
        }
        if (active.oid().length() > 64 || !OID.matcher(active.oid()).matches()) {
            throw new SegurException(InsError.INS_0030, "OID");
        }
        IdentityTraits traits = insi.traits();
        if (traits.birthName() == null || traits.birthName().isBlank() || traits.firstNames().isEmpty()
                || traits.sex() == null || traits.birthDate() == null) {
            throw new SegurException(InsError.INS_0030, "traits");
        }
        return active;
    }

    private static Patient withIdentity(Patient patient, IdentityStatus status, String matricule, String oid,
                                        Set<IdentityAttribute> attributes) {
        return new Patient(patient.id(), patient.birthName(), patient.usedName(), patient.firstNames(), patient.sex(),
                patient.birthDate(), patient.birthPlaceCode(), patient.contact(), status, matricule, oid, attributes,
                patient.archived(), patient.version());
    }

    private static String transition(Patient current, IdentityStatus to) {
        return current.identityStatus().code() + "->" + to.code();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The identity columns that are not in {@link Patient}. */
    private record Facts(IdentificationMethod method, IdentityDocument mode, OffsetDateTime verifiedAt) {
    }

    /**
     * What a rule decided: the patient to write (unless {@code rowChanges} is false: a confirmed verification only
     * notes its date), the facts, the history row.
     */
    private record Change(Patient patient, Facts facts, HistoryFacts history, boolean rowChanges) {
        Change(Patient patient, Facts facts, HistoryFacts history) {
            this(patient, facts, history, true);
        }
    }

    @FunctionalInterface
    private interface Rule {
        /** The change to make, or null when there is nothing to change. */
        Change apply(Patient current, Facts facts) throws SQLException;
    }
}

package fr.galien.core.eprescription;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.IdentityRules;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.identity.StrictTraits;
import fr.galien.core.identity.TraitsComparison;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.outbox.OutboxEntry;
import fr.galien.core.outbox.OutboxRequest;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.EPrescriptionPort.CodeSystem;
import fr.galien.core.port.EPrescriptionPort.Completeness;
import fr.galien.core.port.EPrescriptionPort.Dispensation;
import fr.galien.core.port.EPrescriptionPort.DispensedLine;
import fr.galien.core.port.EPrescriptionPort.Dispenser;
import fr.galien.core.port.EPrescriptionPort.EPrescription;
import fr.galien.core.port.EPrescriptionPort.NewPrescription;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import fr.galien.core.port.EPrescriptionPort.Prescriber;
import fr.galien.core.port.EPrescriptionPort.Product;
import fr.galien.core.port.EPrescriptionPort.Registered;
import fr.galien.core.port.EPrescriptionPort.Status;
import fr.galien.core.port.EPrescriptionPort.Submission;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.port.ProSanteConnectPort.PscSession;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.security.Action;
import fr.galien.core.security.Authorization;
import fr.galien.core.security.Caller;
import fr.galien.core.security.NationalCallAuthority;
import fr.galien.core.storage.Transactions;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The e-prescription rules (issue 11), the same for every screen and command, over {@link EPrescriptionPort}:
 * <ul>
 *   <li><b>prescribing</b> ({@link Action#CLINICAL_WRITE} and a national call under the prescriber's own Pro Santé
 *       Connect session): only for a qualified identity ({@link InsExchange}, {@code ERX-0001}); a paper-only
 *       prescription stays possible ({@link #prescribeOnPaper}) and is counted as such. The prescription is kept
 *       here with the exact document sent; when the service is down it is queued in the outbox (state
 *       « à envoyer ») and gets its identifier when the dispatcher delivers it;</li>
 *   <li><b>at the counter</b>: {@link #fetch} checks the prescription belongs to the patient in front of the
 *       pharmacist (same INS; else the five strict traits side by side, {@link TraitsComparison}), and computes what
 *       remains per line — dispensed everywhere, and saved here but not yet sent, both deducted;</li>
 *   <li><b>dispensing</b> ({@link Action#DISPENSATION_VALIDATE}): never more than what remains nor more than one
 *       dispensation's quantity, a reason for a line not given, no substitution of a « non substituable » line nor
 *       outside the generic group (when the catalogue knows). The dispensation is saved at once with its outbox row
 *       in one transaction, then sent by the dispatcher — exactly once as the service sees it, the dispensation id
 *       being the idempotency key (ADR 0006), also across a {@code kill -9}.</li>
 * </ul>
 * Every national call is audited {@code EPRESCRIPTION_CALL} with its operation and the identifier (never a drug or a
 * name), every local record {@code EPRESCRIPTION_RECORD}. No transaction is held open during a network call.
 */
public final class EPrescriptions {

    /** The module id of the connector: its outbox rows carry it. */
    public static final String SERVICE = "eprescription";
    /** Outbox operations. */
    public static final String OP_REGISTER = "register";
    public static final String OP_DISPENSE = "dispense";
    static final String REGISTER_KEY_PREFIX = "eprescription:register:";
    static final String DISPENSE_KEY_PREFIX = "eprescription:dispense:";

    private static final int MAX_RENEWALS = 12;
    private static final Pattern CIP13 = Pattern.compile("\\d{13}");
    private static final Pattern CIS = Pattern.compile("\\d{8}");

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final AuditedAuthorization authorization;
    private final Outbox outbox;
    private final PatientRegistry patients;
    private final Supplier<Optional<EPrescriptionPort>> port;
    private final Supplier<Optional<ProSanteConnectPort>> psc;
    private final SubstitutionRule substitutions;
    private final Clock clock;

    /**
     * @param port the connector's port, when its module is started ({@code ModuleHost.port})
     * @param psc  the Pro Santé Connect port: the session names the prescriber or the pharmacist, its token goes
     *             with each call
     */
    public EPrescriptions(Transactions transactions, AuditTrail auditTrail, Outbox outbox, PatientRegistry patients,
                          Supplier<Optional<EPrescriptionPort>> port, Supplier<Optional<ProSanteConnectPort>> psc,
                          SubstitutionRule substitutions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.patients = Objects.requireNonNull(patients, "patients");
        this.port = Objects.requireNonNull(port, "port");
        this.psc = Objects.requireNonNull(psc, "psc");
        this.substitutions = Objects.requireNonNull(substitutions, "substitutions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- prescriber ------------------------------------------------------------------------------------------

    /**
     * Registers an e-prescription for a qualified patient. Sent at once; when the service is unavailable it is
     * queued (state {@link LocalState#A_ENVOYER}) and registered by the outbox dispatcher.
     *
     * @throws SegurException {@code ERX-0001} identity not qualified; {@code ERX-0010} no PSC session of the caller;
     *                        {@code ERX-0012/0018} bad lines; the connector's code when the service refuses it
     */
    public LocalPrescription prescribe(Caller caller, UUID patientId, List<DraftLine> draft) {
        Objects.requireNonNull(patientId, "patientId");
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.EPRESCRIPTION_CALL, patientId);
        List<PrescribedLine> lines = number(draft);
        Patient patient = patients.open(caller, patientId);
        QualifiedIns ins;
        try {
            ins = InsExchange.requireQualified(patient);
        } catch (SegurException notQualified) {
            auditRefused(caller, patientId, "op=register " + notQualified.code());
            throw new SegurException(ErxError.ERX_0001, notQualified, IdentityRules.statusWord(
                    patient.identityStatus()));
        }
        Session session = session(caller, patientId, "op=register");
        EPrescriptionPort connector = requirePort();
        UUID requestId = UUID.randomUUID();
        NewPrescription prescription = new NewPrescription(requestId, ins, prescriber(session),
                now().truncatedTo(ChronoUnit.SECONDS), lines);
        Submission prepared = connector.prepare(prescription);
        Registered registered;
        try {
            registered = connector.register(caller, session.identity(), prepared);
        } catch (EPrescriptionPort.Unavailable down) {
            LocalPrescription queued = new LocalPrescription(requestId, patientId, caller.userId(), Optional.empty(),
                    LocalState.A_ENVOYER, Optional.empty(), lines, prepared.body(), null, now());
            transactions.inTransaction(tx -> {
                PrescriptionRows.insert(tx, queued, now());
                outbox.enqueue(tx, new OutboxRequest(SERVICE, OP_REGISTER, REGISTER_KEY_PREFIX + requestId,
                        prepared.body()));
                auditTrail.append(tx, new AuditEvent(caller, patientId, AuditAction.EPRESCRIPTION_CALL,
                        AuditOutcome.FAILED, "op=register demande=" + requestId + " lignes=" + lines.size()
                        + " erreur=" + down.code() + " en-attente=outbox " + session.authority().auditDetail()));
                return null;
            });
            return queued;
        } catch (RuntimeException refused) {
            auditFailure(caller, patientId, "op=register demande=" + requestId, refused);
            throw refused;
        }
        LocalPrescription sent = new LocalPrescription(requestId, patientId, caller.userId(),
                Optional.of(registered.prescriptionId()), LocalState.ENVOYEE, Optional.empty(), lines,
                prepared.body(), null, now());
        transactions.inTransaction(tx -> {
            PrescriptionRows.insert(tx, sent, now());
            auditTrail.append(tx, new AuditEvent(caller, patientId, AuditAction.EPRESCRIPTION_CALL,
                    AuditOutcome.SUCCESS, "op=register id=" + registered.prescriptionId() + " lignes=" + lines.size()
                    + " " + session.authority().auditDetail()));
            return null;
        });
        return sent;
    }

    /**
     * A paper-only prescription (identity not qualified, or the prescriber's choice): kept here, counted as paper,
     * never sent. Needs {@link Action#CLINICAL_WRITE} only.
     */
    public LocalPrescription prescribeOnPaper(Caller caller, UUID patientId, List<DraftLine> draft,
                                              PaperReason reason) {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(reason, "reason");
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.EPRESCRIPTION_RECORD, patientId);
        List<PrescribedLine> lines = number(draft);
        patients.open(caller, patientId);
        LocalPrescription paper = new LocalPrescription(UUID.randomUUID(), patientId, caller.userId(),
                Optional.empty(), LocalState.PAPIER, Optional.of(reason), lines, null, null, now());
        transactions.inTransaction(tx -> {
            PrescriptionRows.insert(tx, paper, now());
            auditTrail.append(tx, new AuditEvent(caller, patientId, AuditAction.EPRESCRIPTION_RECORD,
                    AuditOutcome.SUCCESS, "papier=" + reason.db() + " local=" + paper.id() + " lignes="
                    + lines.size()));
            return null;
        });
        return paper;
    }

    /**
     * Cancels a registered prescription nothing was dispensed from.
     *
     * @param reference the identifier or the local id
     * @throws SegurException {@code ERX-0011} unknown here, {@code ERX-0016} paper, {@code ERX-0020} not yet sent,
     *                        the connector's code when the service refuses (something dispensed…)
     */
    public LocalPrescription cancel(Caller caller, String reference) {
        LocalPrescription local = requireLocal(caller, reference);
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.EPRESCRIPTION_CALL, local.patientId());
        String identifier = identifierOf(local);
        Session session = session(caller, local.patientId(), "op=cancel id=" + identifier);
        EPrescription cancelled = wire(caller, local.patientId(), "op=cancel id=" + identifier, session,
                () -> requirePort().cancel(caller, session.identity(), identifier));
        transactions.inTransaction(tx -> {
            PrescriptionRows.setState(tx, local.id(), LocalState.ANNULEE, identifier, null, now());
            return null;
        });
        if (cancelled.status() != Status.CANCELLED) {
            throw new IllegalStateException("the service did not cancel " + identifier);
        }
        return transactions.read(tx -> PrescriptionRows.byId(tx, local.id())).orElseThrow();
    }

    /**
     * Replaces the lines of a registered prescription nothing was dispensed from; the identifier stays.
     */
    public LocalPrescription modify(Caller caller, String reference, List<DraftLine> draft) {
        LocalPrescription local = requireLocal(caller, reference);
        authorization.require(caller, Action.CLINICAL_WRITE, AuditAction.EPRESCRIPTION_CALL, local.patientId());
        String identifier = identifierOf(local);
        List<PrescribedLine> lines = number(draft);
        Patient patient = patients.open(caller, local.patientId());
        QualifiedIns ins = InsExchange.requireQualified(patient);
        Session session = session(caller, local.patientId(), "op=modify id=" + identifier);
        EPrescriptionPort connector = requirePort();
        NewPrescription replacement = new NewPrescription(local.id(), ins, prescriber(session),
                now().truncatedTo(ChronoUnit.SECONDS), lines);
        Submission prepared = connector.prepare(replacement);
        wire(caller, local.patientId(), "op=modify id=" + identifier + " lignes=" + lines.size(), session,
                () -> connector.modify(caller, session.identity(), identifier, replacement));
        LocalPrescription modified = new LocalPrescription(local.id(), local.patientId(), local.prescribedBy(),
                local.nationalId(), local.state(), local.paperReason(), lines, prepared.body(), null,
                local.createdAt());
        transactions.inTransaction(tx -> {
            PrescriptionRows.setContent(tx, modified, now());
            return null;
        });
        return modified;
    }

    /** The prescriptions made here for a patient, newest first (audited as a read). */
    public List<LocalPrescription> prescriptionsOf(Caller caller, UUID patientId) {
        authorization.require(caller, Action.CLINICAL_READ, AuditAction.READ, patientId);
        refreshQueued();
        List<LocalPrescription> found = transactions.read(tx -> PrescriptionRows.byPatient(tx, patientId));
        audit(new AuditEvent(caller, patientId, AuditAction.READ, AuditOutcome.SUCCESS,
                "eprescriptions=" + found.size()));
        return found;
    }

    /** A prescription made here, by its identifier or local id. */
    public Optional<LocalPrescription> find(Caller caller, String reference) {
        refreshQueued();
        Optional<LocalPrescription> found = transactions.read(tx -> lookUp(tx, reference));
        found.ifPresent(rx -> authorization.require(caller, Action.CLINICAL_READ, AuditAction.READ, rx.patientId()));
        return found;
    }

    /**
     * The exact document sent (or to send) for a prescription made here ({@code galien erx export}); audited as an
     * export.
     */
    public String exportedDocument(Caller caller, String reference) {
        LocalPrescription local = requireLocal(caller, reference);
        authorization.require(caller, Action.CLINICAL_READ, AuditAction.EXPORT, local.patientId());
        if (local.payload() == null) {
            throw new SegurException(ErxError.ERX_0016);
        }
        audit(new AuditEvent(caller, local.patientId(), AuditAction.EXPORT, AuditOutcome.SUCCESS,
                "eprescription local=" + local.id() + local.nationalId().map(id -> " id=" + id).orElse("")));
        return local.payload();
    }

    /** {@code [e-prescriptions, paper-only]} made here (issue 11: doctors are paid on the share of the first). */
    public long[] countsByChannel() {
        return transactions.read(PrescriptionRows::countByChannel);
    }

    // ---- pharmacist ------------------------------------------------------------------------------------------

    /**
     * Reads a prescription from what was scanned or typed, and checks it against the patient in front of the
     * pharmacist (null: no check, e.g. the prescriber looking at their own prescription).
     *
     * @throws SegurException {@code ERX-0002} not an identifier; {@code ERX-0010} no PSC session; the connector's
     *                        codes (unknown identifier, service down…)
     */
    public CounterPrescription fetch(Caller caller, String scanned, UUID patientId) {
        String identifier = identifier(scanned);
        if (!Authorization.allows(caller, Action.CLINICAL_READ)) {
            authorization.require(caller, Action.DISPENSATION_PREPARE, AuditAction.EPRESCRIPTION_CALL, patientId);
        }
        Patient patient = patientId == null ? null : patients.open(caller, patientId);
        Session session = session(caller, patientId, "op=fetch id=" + identifier);
        EPrescription prescription = wire(caller, patientId, "op=fetch id=" + identifier, session,
                () -> requirePort().fetch(caller, session.identity(), identifier));
        return view(prescription, patient);
    }

    /**
     * Records a dispensation of a prescription fetched with {@link #fetch}: saved here at once with its outbox row,
     * then sent by the dispatcher (whether the service is up or not).
     *
     * @throws SegurException {@code ERX-0003/0004} not this patient; {@code ERX-0005} above what remains;
     *                        {@code ERX-0006} cancelled; {@code ERX-0007} used up; {@code ERX-0008} unknown line;
     *                        {@code ERX-0013/0015} substitution refused; {@code ERX-0014} no reason;
     *                        {@code ERX-0019} above one dispensation
     */
    public LocalDispensation dispense(Caller caller, CounterPrescription fetched, List<DispenseLine> given) {
        Objects.requireNonNull(fetched, "fetched");
        EPrescription prescription = fetched.prescription();
        UUID patientId = fetched.patientId();
        authorization.require(caller, Action.DISPENSATION_VALIDATE, AuditAction.EPRESCRIPTION_RECORD, patientId);
        switch (fetched.check()) {
            case OTHER_PATIENT -> throw new SegurException(ErxError.ERX_0003);
            case TRAITS_DIFFER -> throw new SegurException(ErxError.ERX_0004, differences(fetched));
            default -> { }
        }
        if (prescription.status() == Status.CANCELLED) {
            throw new SegurException(ErxError.ERX_0006);
        }
        Session session = session(caller, patientId, "op=dispense id=" + prescription.prescriptionId());
        EPrescriptionPort connector = requirePort();
        UUID dispensationId = UUID.randomUUID();
        return transactions.inTransaction(tx -> {
            // Re-read what waits here under the transaction: two dispensations saved at this counter meanwhile count.
            CounterPrescription current = withPending(fetched, PrescriptionRows.dispensationsOf(tx,
                    prescription.prescriptionId()));
            List<DispensedLine> lines = check(current, given);
            Dispensation dispensation = new Dispensation(dispensationId, prescription.prescriptionId(),
                    dispenser(session), now().truncatedTo(ChronoUnit.SECONDS), lines);
            Submission prepared = connector.prepare(dispensation);
            LocalDispensation saved = new LocalDispensation(dispensationId, prescription.prescriptionId(), patientId,
                    caller.userId(), lines, LocalState.A_ENVOYER, null, prepared.body(), now());
            PrescriptionRows.insert(tx, saved, now());
            outbox.enqueue(tx, new OutboxRequest(SERVICE, OP_DISPENSE, DISPENSE_KEY_PREFIX + dispensationId,
                    prepared.body()));
            auditTrail.append(tx, new AuditEvent(caller, patientId, AuditAction.EPRESCRIPTION_RECORD,
                    AuditOutcome.SUCCESS, "op=dispense id=" + prescription.prescriptionId() + " delivrance="
                    + dispensationId + " lignes=" + lines.size() + " " + session.authority().auditDetail()));
            return saved;
        });
    }

    /** A dispensation recorded here, with its sending state. */
    public Optional<LocalDispensation> dispensation(UUID id) {
        return transactions.read(tx -> PrescriptionRows.dispensation(tx, id));
    }

    /** The dispensations recorded here for a prescription, oldest first. */
    public List<LocalDispensation> dispensationsHere(String prescriptionId) {
        return transactions.read(tx -> PrescriptionRows.dispensationsOf(tx, prescriptionId));
    }

    /** What waits to be sent: prescriptions queued while the service was down, dispensations not acknowledged. */
    public Pending pending(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        if (!Authorization.allows(caller, Action.CLINICAL_READ)) {
            authorization.require(caller, Action.DISPENSATION_PREPARE, AuditAction.READ, null);
        }
        refreshQueued();
        return transactions.read(tx -> new Pending(PrescriptionRows.byState(tx, LocalState.A_ENVOYER),
                PrescriptionRows.pendingDispensations(tx)));
    }

    /** The writes waiting for the service. */
    public record Pending(List<LocalPrescription> prescriptions, List<LocalDispensation> dispensations) {
        public Pending {
            prescriptions = List.copyOf(prescriptions);
            dispensations = List.copyOf(dispensations);
        }
    }

    // ---- rules -----------------------------------------------------------------------------------------------

    /** The identifier in what a scanner typed: trimmed, upper-cased; anything else is refused ({@code ERX-0002}). */
    public static String identifier(String scanned) {
        String text = scanned == null ? "" : scanned.strip().toUpperCase(Locale.ROOT);
        if (!EPrescriptionPort.isIdentifier(text)) {
            throw new SegurException(ErxError.ERX_0002, scanned == null ? "" : shorten(scanned.strip()));
        }
        return text;
    }

    CounterPrescription view(EPrescription prescription, Patient patient) {
        PatientCheck check = PatientCheck.NOT_CHECKED;
        Optional<TraitsComparison> comparison = Optional.empty();
        if (patient != null) {
            TraitsComparison traits = TraitsComparison.of(StrictTraits.of(patient), prescription.patient().traits());
            comparison = Optional.of(traits);
            if (patient.matricule() != null && !patient.matricule().isBlank()) {
                check = patient.matricule().equals(prescription.patient().matricule())
                        ? PatientCheck.SAME_INS : PatientCheck.OTHER_PATIENT;
            } else {
                check = traits.allEqual() ? PatientCheck.SAME_TRAITS : PatientCheck.TRAITS_DIFFER;
            }
        }
        CounterPrescription bare = new CounterPrescription(prescription, patient == null ? null : patient.id(), check,
                comparison, Map.of(), List.of());
        return withPending(bare, dispensationsHere(prescription.prescriptionId()));
    }

    /** Remaining per line: allowed − dispensed at the service − saved here and not yet known to the service. */
    private static CounterPrescription withPending(CounterPrescription fetched, List<LocalDispensation> here) {
        EPrescription prescription = fetched.prescription();
        Set<UUID> known = new HashSet<>();
        prescription.dispensations().forEach(d -> known.add(d.dispensationId()));
        List<LocalDispensation> pending = here.stream()
                .filter(d -> d.state() != LocalState.REFUSEE && !known.contains(d.id())).toList();
        Map<Integer, BigDecimal> remaining = new HashMap<>();
        for (PrescribedLine line : prescription.lines()) {
            BigDecimal left = line.totalAllowed().subtract(prescription.dispensed(line.number()));
            for (LocalDispensation d : pending) {
                for (DispensedLine given : d.lines()) {
                    if (given.lineNumber() == line.number()) {
                        left = left.subtract(given.quantity());
                    }
                }
            }
            remaining.put(line.number(), left.max(BigDecimal.ZERO));
        }
        return new CounterPrescription(prescription, fetched.patientId(), fetched.check(), fetched.comparison(),
                remaining, pending);
    }

    private List<DispensedLine> check(CounterPrescription current, List<DispenseLine> given) {
        EPrescription prescription = current.prescription();
        if (prescription.lines().stream().allMatch(line -> current.remaining(line.number()).signum() == 0)) {
            throw new SegurException(ErxError.ERX_0007);
        }
        if (given == null || given.isEmpty()) {
            throw new SegurException(ErxError.ERX_0018);
        }
        List<DispensedLine> lines = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (DispenseLine line : given) {
            PrescribedLine prescribed = prescription.line(line.lineNumber())
                    .orElseThrow(() -> new SegurException(ErxError.ERX_0008, line.lineNumber()));
            if (!seen.add(line.lineNumber())) {
                throw new SegurException(ErxError.ERX_0012, line.lineNumber(), "ligne donnée deux fois");
            }
            BigDecimal quantity = line.quantity();
            BigDecimal left = current.remaining(line.lineNumber());
            if (quantity.signum() < 0) {
                throw new SegurException(ErxError.ERX_0012, line.lineNumber(), "quantité négative");
            }
            if (quantity.signum() == 0) {
                if (line.reason() == null) {
                    throw new SegurException(ErxError.ERX_0014, line.lineNumber());
                }
                lines.add(new DispensedLine(line.lineNumber(), BigDecimal.ZERO, Completeness.NOT_DISPENSED, null,
                        line.reason()));
                continue;
            }
            if (quantity.compareTo(left) > 0) {
                throw new SegurException(ErxError.ERX_0005, line.lineNumber(), quantity.toPlainString(),
                        left.toPlainString());
            }
            if (quantity.compareTo(prescribed.quantity()) > 0) {
                throw new SegurException(ErxError.ERX_0019, line.lineNumber(), prescribed.quantity().toPlainString());
            }
            Product substitute = null;
            if (line.substituteCip13() != null && !line.substituteCip13().isBlank()) {
                String cip13 = line.substituteCip13().strip();
                if (!CIP13.matcher(cip13).matches()) {
                    throw new SegurException(ErxError.ERX_0012, line.lineNumber(),
                            "le code du générique doit être un CIP13 (13 chiffres)");
                }
                if (prescribed.nonSubstitutable()) {
                    throw new SegurException(ErxError.ERX_0015, line.lineNumber());
                }
                if (substitutions.sameGenericGroup(prescribed.product(), cip13).filter(same -> !same).isPresent()) {
                    throw new SegurException(ErxError.ERX_0013, line.lineNumber(), cip13);
                }
                String label = line.substituteLabel() != null && !line.substituteLabel().isBlank()
                        ? line.substituteLabel().strip() : substitutions.labelOf(cip13).orElse("");
                substitute = new Product(CodeSystem.CIP13, cip13, label);
            }
            // Complete when this gives what one dispensation may give, or all that remains.
            BigDecimal perDispensation = prescribed.quantity().min(left);
            Completeness completeness = quantity.compareTo(perDispensation) >= 0 ? Completeness.COMPLETE
                    : Completeness.PARTIAL;
            lines.add(new DispensedLine(line.lineNumber(), quantity, completeness, substitute, null));
        }
        return lines;
    }

    private static List<PrescribedLine> number(List<DraftLine> draft) {
        if (draft == null || draft.isEmpty()) {
            throw new SegurException(ErxError.ERX_0018);
        }
        List<PrescribedLine> lines = new ArrayList<>();
        int number = 0;
        for (DraftLine line : draft) {
            number++;
            Product product = line.product();
            boolean codeOk = switch (product.system()) {
                case CIP13 -> CIP13.matcher(product.code()).matches();
                case CIS -> CIS.matcher(product.code()).matches();
                case SUBSTANCE -> !product.code().isBlank();
            };
            if (!codeOk) {
                throw new SegurException(ErxError.ERX_0012, number, "code produit « " + shorten(product.code())
                        + " » invalide pour " + product.system());
            }
            if (line.posology().text().isBlank()) {
                throw new SegurException(ErxError.ERX_0012, number, "posologie absente");
            }
            if (line.quantity().signum() <= 0 || line.quantity().scale() > 3) {
                throw new SegurException(ErxError.ERX_0012, number, "quantité « " + line.quantity().toPlainString()
                        + " » invalide (un nombre positif est attendu)");
            }
            if (line.renewals() < 0 || line.renewals() > MAX_RENEWALS) {
                throw new SegurException(ErxError.ERX_0012, number, "renouvellements entre 0 et " + MAX_RENEWALS);
            }
            if (line.durationDays() != null && line.durationDays() <= 0) {
                throw new SegurException(ErxError.ERX_0012, number, "durée de traitement invalide");
            }
            lines.add(new PrescribedLine(number, product, line.posology(), line.quantity(), line.quantityUnit(),
                    line.durationDays(), line.renewals(), line.nonSubstitutable(), line.ald()));
        }
        return lines;
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    /** The caller's national-call authority and the PSC session whose token goes out (ADR 0009, 0022). */
    private record Session(NationalCallAuthority authority, CallIdentity identity, Optional<PscSession> psc) {
    }

    private Session session(Caller caller, UUID patientId, String what) {
        NationalCallAuthority authority;
        try {
            authority = Authorization.requireNationalCall(caller, Optional.empty());
        } catch (SegurException refused) {
            auditRefused(caller, patientId, what + " " + refused.code());
            throw refused;
        }
        Optional<ProSanteConnectPort> pscPort = psc.get();
        Optional<AccessToken> token = pscPort.flatMap(ProSanteConnectPort::currentAccessToken)
                .filter(t -> authority.sessionOwner().userId().equals("psc:" + t.nationalId()));
        if (token.isEmpty()) {
            auditRefused(caller, patientId, what + " " + ErxError.ERX_0010.code());
            throw new SegurException(ErxError.ERX_0010);
        }
        return new Session(authority, CallIdentity.professional(token.get()),
                pscPort.flatMap(ProSanteConnectPort::currentSession));
    }

    private static Prescriber prescriber(Session session) {
        String nationalId = ((CallIdentity.ProfessionalSession) session.identity()).token().nationalId();
        Optional<PscSession> psc = session.psc();
        String last = psc.map(s -> s.professional().lastName()).orElse("");
        String first = psc.map(s -> s.professional().firstName()).orElse("");
        Optional<Exercise> exercise = psc.flatMap(PscSession::exercise)
                .or(() -> psc.flatMap(s -> s.professional().exercises().stream().findFirst()));
        return new Prescriber(nationalId, last, first, exercise.map(Exercise::professionCode).orElse(""),
                exercise.map(Exercise::structureId).orElse(""), exercise.map(Exercise::structureName).orElse(""));
    }

    private static Dispenser dispenser(Session session) {
        Prescriber who = prescriber(session);
        return new Dispenser(who.nationalId(), who.structureId(), who.structureName());
    }

    private EPrescriptionPort requirePort() {
        return port.get().orElseThrow(() -> new SegurException(ErxError.ERX_0017));
    }

    /** One national call, audited with its outcome; no transaction open while it runs. */
    private <T> T wire(Caller caller, UUID patientId, String what, Session session, Supplier<T> call) {
        T answer;
        try {
            answer = call.get();
        } catch (RuntimeException failure) {
            auditFailure(caller, patientId, what + " " + session.authority().auditDetail(), failure);
            throw failure;
        }
        audit(new AuditEvent(caller, patientId, AuditAction.EPRESCRIPTION_CALL, AuditOutcome.SUCCESS,
                what + " " + session.authority().auditDetail()));
        return answer;
    }

    private void auditFailure(Caller caller, UUID patientId, String what, RuntimeException failure) {
        String code = failure instanceof SegurException coded ? coded.code() : failure.getClass().getSimpleName();
        audit(new AuditEvent(caller, patientId, AuditAction.EPRESCRIPTION_CALL, AuditOutcome.FAILED,
                what + " erreur=" + code));
    }

    private void auditRefused(Caller caller, UUID patientId, String what) {
        audit(new AuditEvent(caller, patientId, AuditAction.EPRESCRIPTION_CALL, AuditOutcome.REFUSED, what));
    }

    private void audit(AuditEvent event) {
        transactions.inTransaction(connection -> {
            auditTrail.append(connection, event);
            return null;
        });
    }

    /**
     * Prescriptions queued while the service was down take the outcome of their outbox row: the identifier the
     * dispatcher received (sent), or the refusal (rejected).
     */
    private void refreshQueued() {
        transactions.inTransaction(tx -> {
            for (LocalPrescription queued : PrescriptionRows.byState(tx, LocalState.A_ENVOYER)) {
                Optional<OutboxEntry> row = outbox.findByKey(tx, REGISTER_KEY_PREFIX + queued.id());
                if (row.isEmpty()) {
                    continue;
                }
                OutboxEntry entry = row.get();
                switch (entry.status()) {
                    case SENT -> PrescriptionRows.setState(tx, queued.id(), LocalState.ENVOYEE,
                            EPrescriptionPort.isIdentifier(entry.receipt()) ? entry.receipt() : null, null, now());
                    case REJECTED -> PrescriptionRows.setState(tx, queued.id(), LocalState.REFUSEE, null,
                            entry.lastError(), now());
                    default -> { }
                }
            }
            return null;
        });
    }

    private LocalPrescription requireLocal(Caller caller, String reference) {
        Objects.requireNonNull(caller, "caller");
        refreshQueued();
        return transactions.read(tx -> lookUp(tx, reference))
                .orElseThrow(() -> new SegurException(ErxError.ERX_0011, shorten(String.valueOf(reference))));
    }

    private static Optional<LocalPrescription> lookUp(Connection tx, String reference) throws SQLException {
        String text = reference == null ? "" : reference.strip();
        if (EPrescriptionPort.isIdentifier(text.toUpperCase(Locale.ROOT))) {
            return PrescriptionRows.byNationalId(tx, text.toUpperCase(Locale.ROOT));
        }
        try {
            return PrescriptionRows.byId(tx, UUID.fromString(text));
        } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }

    private static String identifierOf(LocalPrescription local) {
        if (local.paper()) {
            throw new SegurException(ErxError.ERX_0016);
        }
        return local.nationalId().orElseThrow(() -> new SegurException(local.state() == LocalState.REFUSEE
                ? ErxError.ERX_0011 : ErxError.ERX_0020, local.id()));
    }

    private static String differences(CounterPrescription fetched) {
        return fetched.comparison().map(c -> String.join(", ", c.different().stream()
                .map(TraitsComparison.Trait::label).map(s -> s.toLowerCase(Locale.FRENCH)).toList())).orElse("");
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

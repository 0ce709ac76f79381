package fr.galien.core.port;

import fr.galien.core.error.ErrorCode;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * E-prescription ("ordonnance numérique", specs §4): the prescriber registers a prescription and receives its unique
 * identifier (printed as a QR code); the pharmacist fetches it from that identifier and records each dispensation
 * (« exécution »). Our own records only: the wire (FHIR R4 with the ANS ePrescription profiles in the sandbox
 * contract, docs/eprescription.md) stays behind the connector.
 *
 * <p>Every call carries a {@link CallIdentity} chosen by the core (ADR 0022): e-prescription calls go out under the
 * professional's Pro Santé Connect session only; a connector refuses the organisation certificate.
 *
 * <p>Writes are idempotent: {@link #register} on {@link NewPrescription#requestId()}, {@link #record} on
 * {@link Dispensation#dispensationId()}, so the outbox may resend them (ADR 0006). Failures are
 * {@link SegurException}s with the connector's codes; {@link Unavailable} marks those worth a retry (service down,
 * timeout), which the core queues instead of losing.
 */
public interface EPrescriptionPort {

    /** Root (OID) of the identifier, as the CDA eP-MED-DM examples carry it (specs §4.3). */
    String IDENTIFIER_ROOT = "1.2.250.1.215.500.1.1";

    /** 18 characters, digits and capital letters (specs §4.3; the check algorithm is not public). */
    Pattern IDENTIFIER = Pattern.compile("[0-9A-Z]{18}");

    static boolean isIdentifier(String text) {
        return text != null && IDENTIFIER.matcher(text).matches();
    }

    /**
     * The exact document this connector sends to register {@code prescription}: deterministic (the same request
     * gives the same bytes), so the core keeps it for {@code galien erx export} and the outbox sends it as is.
     */
    Submission prepare(NewPrescription prescription);

    /** The exact document this connector sends to record {@code dispensation}; deterministic. */
    Submission prepare(Dispensation dispensation);

    /** Registers a prescription; a second call with the same request id answers the same identifier. */
    Registered register(Caller caller, CallIdentity identity, NewPrescription prescription);

    /** Sends what {@link #prepare(NewPrescription)} produced earlier (the outbox path). */
    Registered register(Caller caller, CallIdentity identity, Submission prepared);

    /** Replaces the lines of a prescription nothing was dispensed from; the identifier stays. */
    Registered modify(Caller caller, CallIdentity identity, String prescriptionId, NewPrescription replacement);

    /** Cancels a prescription nothing was dispensed from. */
    EPrescription cancel(Caller caller, CallIdentity identity, String prescriptionId);

    /** Reads a prescription, with every dispensation recorded against it (here and at other pharmacies). */
    EPrescription fetch(Caller caller, CallIdentity identity, String prescriptionId);

    /** Records a dispensation; a second call with the same dispensation id is acknowledged without effect. */
    DispensationReceipt record(Caller caller, CallIdentity identity, Dispensation dispensation);

    /** Sends what {@link #prepare(Dispensation)} produced earlier (the outbox path). */
    DispensationReceipt record(Caller caller, CallIdentity identity, Submission prepared);

    /**
     * A failure worth retrying later (service down, timeout, 5xx): the core queues the write in the outbox instead
     * of losing it.
     */
    final class Unavailable extends SegurException {
        private static final long serialVersionUID = 1L;

        public Unavailable(ErrorCode code, Throwable cause, Object... args) {
            super(code, cause, args);
        }

        public Unavailable(ErrorCode code, Object... args) {
            super(code, args);
        }
    }

    /**
     * What goes on the wire for one write.
     *
     * @param key       the idempotency key (request id or dispensation id) the receiver deduplicates on
     * @param operation {@code register} or {@code dispense}
     * @param mediaType e.g. {@code application/fhir+json}
     * @param body      the document, byte for byte as sent
     */
    record Submission(String key, String operation, String mediaType, String body) {
        public Submission {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * The prescriber as Pro Santé Connect names them.
     *
     * @param nationalId     {@code SubjectNameID}: 8 + RPPS (12 characters) or ADELI
     * @param professionCode TRE_G15 ({@code 10} médecin…), may be empty
     * @param structureId    the exercise's structure id (e.g. FINESS or SIRET), may be empty
     */
    record Prescriber(String nationalId, String lastName, String firstName, String professionCode,
                      String structureId, String structureName) {
        public Prescriber {
            Objects.requireNonNull(nationalId, "nationalId");
            lastName = lastName == null ? "" : lastName;
            firstName = firstName == null ? "" : firstName;
            professionCode = professionCode == null ? "" : professionCode;
            structureId = structureId == null ? "" : structureId;
            structureName = structureName == null ? "" : structureName;
        }
    }

    /** How a product is named on a line. */
    enum CodeSystem {
        /** A presentation (box), CIP13. */
        CIP13,
        /** A spécialité, CIS (8 digits). */
        CIS,
        /** A substance (prescription en DC), its ANSM code. */
        SUBSTANCE
    }

    /** A prescribed or dispensed product: its code and the label a human reads. */
    record Product(CodeSystem system, String code, String label) {
        public Product {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(code, "code");
            label = label == null ? "" : label;
        }
    }

    /** The unit of a structured posology period. */
    enum PeriodUnit {
        HOUR("h"), DAY("d"), WEEK("wk");

        private final String ucum;

        PeriodUnit(String ucum) {
            this.ucum = ucum;
        }

        public String ucum() {
            return ucum;
        }

        public static Optional<PeriodUnit> fromUcum(String code) {
            for (PeriodUnit unit : values()) {
                if (unit.ucum.equals(code)) {
                    return Optional.of(unit);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A structured posology: {@code dose} {@code doseUnit} {@code frequency} times every {@code period}
     * {@code periodUnit} (e.g. 1 comprimé 3 fois par 1 jour).
     */
    record StructuredPosology(BigDecimal dose, String doseUnit, int frequency, int period, PeriodUnit periodUnit) {
        public StructuredPosology {
            Objects.requireNonNull(dose, "dose");
            Objects.requireNonNull(doseUnit, "doseUnit");
            Objects.requireNonNull(periodUnit, "periodUnit");
        }
    }

    /** The posology: always a French text (free or rendered), with the structured form when there is one. */
    record Posology(String text, Optional<StructuredPosology> structured) {
        public Posology {
            Objects.requireNonNull(text, "text");
            structured = structured == null ? Optional.empty() : structured;
        }

        public static Posology free(String text) {
            return new Posology(text, Optional.empty());
        }
    }

    /**
     * One line of a prescription.
     *
     * @param number           1-based, in the prescriber's order
     * @param quantity         what may be dispensed at each dispensation (boxes, units…)
     * @param quantityUnit     the unit of {@code quantity} in French ({@code boîte}…)
     * @param durationDays     the treatment duration, or null
     * @param renewals         how many times it may be dispensed again (0: once)
     * @param nonSubstitutable the « non substituable » mention
     * @param ald              in the ALD part of a bizone ordonnance
     */
    record PrescribedLine(int number, Product product, Posology posology, BigDecimal quantity, String quantityUnit,
                          Integer durationDays, int renewals, boolean nonSubstitutable, boolean ald) {
        public PrescribedLine {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(posology, "posology");
            Objects.requireNonNull(quantity, "quantity");
            quantityUnit = quantityUnit == null || quantityUnit.isBlank() ? "boîte" : quantityUnit;
        }

        /** What may be dispensed over the prescription's life: the quantity once plus once per renewal. */
        public BigDecimal totalAllowed() {
            return quantity.multiply(BigDecimal.valueOf(renewals + 1L));
        }
    }

    /**
     * A prescription to register.
     *
     * @param requestId generated once by the prescriber's software: the idempotency key of the registration
     */
    record NewPrescription(UUID requestId, QualifiedIns patient, Prescriber prescriber, Instant authoredOn,
                           List<PrescribedLine> lines) {
        public NewPrescription {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(patient, "patient");
            Objects.requireNonNull(prescriber, "prescriber");
            Objects.requireNonNull(authoredOn, "authoredOn");
            lines = List.copyOf(lines);
        }
    }

    /** The service's answer to a registration. */
    record Registered(String prescriptionId, UUID requestId) {
        public Registered {
            if (!isIdentifier(prescriptionId)) {
                throw new IllegalArgumentException("not an e-prescription identifier");
            }
        }
    }

    /** Status of a prescription at the service (specs §4.6). */
    enum Status {
        ACTIVE, PARTIALLY_DISPENSED, COMPLETED, CANCELLED
    }

    /** The patient as the prescription names them (as the prescriber sent it; not necessarily this practice's). */
    record PatientOnPrescription(String matricule, String oid, IdentityTraits traits) {
        public PatientOnPrescription {
            Objects.requireNonNull(matricule, "matricule");
            Objects.requireNonNull(oid, "oid");
            Objects.requireNonNull(traits, "traits");
        }
    }

    /**
     * A prescription as the service holds it.
     *
     * @param dispensations every dispensation recorded against it, oldest first, wherever it was made
     */
    record EPrescription(String prescriptionId, Status status, PatientOnPrescription patient, Prescriber prescriber,
                         Instant authoredOn, List<PrescribedLine> lines, List<RecordedDispensation> dispensations) {
        public EPrescription {
            Objects.requireNonNull(prescriptionId, "prescriptionId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(patient, "patient");
            Objects.requireNonNull(prescriber, "prescriber");
            lines = List.copyOf(lines);
            dispensations = List.copyOf(dispensations);
        }

        public Optional<PrescribedLine> line(int number) {
            return lines.stream().filter(line -> line.number() == number).findFirst();
        }

        /** What was dispensed of a line so far, every dispensation included. */
        public BigDecimal dispensed(int lineNumber) {
            return dispensations.stream().flatMap(d -> d.lines().stream())
                    .filter(l -> l.lineNumber() == lineNumber).map(DispensedLine::quantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Why a line was not dispensed. */
    enum NotDispensedReason {
        /** Out of stock. */
        RUPTURE("rupture de stock"),
        /** The patient refused. */
        REFUS_PATIENT("refus du patient"),
        /** A contra-indication or interaction found by the pharmacist. */
        CONTRE_INDICATION("contre-indication ou interaction"),
        /** Posology or prescription to clarify with the prescriber. */
        AVIS_PRESCRIPTEUR("avis du prescripteur nécessaire"),
        OTHER("autre motif");

        private final String label;

        NotDispensedReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How complete a dispensed line is, against what remained for this dispensation. */
    enum Completeness {
        COMPLETE, PARTIAL, NOT_DISPENSED
    }

    /**
     * What was given for one line.
     *
     * @param quantity   zero when not dispensed
     * @param substitute the generic given instead (CIP13), or null
     * @param reason     why nothing was given, or null
     */
    record DispensedLine(int lineNumber, BigDecimal quantity, Completeness completeness, Product substitute,
                         NotDispensedReason reason) {
        public DispensedLine {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(completeness, "completeness");
        }
    }

    /**
     * The pharmacist who validated it and the pharmacy.
     *
     * @param nationalId {@code SubjectNameID} of the pharmacist (8 + RPPS)
     */
    record Dispenser(String nationalId, String structureId, String structureName) {
        public Dispenser {
            Objects.requireNonNull(nationalId, "nationalId");
            structureId = structureId == null ? "" : structureId;
            structureName = structureName == null ? "" : structureName;
        }
    }

    /**
     * One dispensation (« exécution ») of a prescription.
     *
     * @param dispensationId generated once at the counter: the idempotency key
     */
    record Dispensation(UUID dispensationId, String prescriptionId, Dispenser dispenser, Instant dispensedAt,
                        List<DispensedLine> lines) {
        public Dispensation {
            Objects.requireNonNull(dispensationId, "dispensationId");
            Objects.requireNonNull(prescriptionId, "prescriptionId");
            Objects.requireNonNull(dispenser, "dispenser");
            Objects.requireNonNull(dispensedAt, "dispensedAt");
            lines = List.copyOf(lines);
        }
    }

    /** A dispensation the service holds, ours or another pharmacy's. */
    record RecordedDispensation(UUID dispensationId, Dispenser dispenser, Instant dispensedAt,
                                List<DispensedLine> lines) {
        public RecordedDispensation {
            Objects.requireNonNull(dispensationId, "dispensationId");
            lines = List.copyOf(lines);
        }
    }

    /** The service's acknowledgement of a dispensation; {@code status} is the prescription's after it. */
    record DispensationReceipt(UUID dispensationId, String prescriptionId, Status status) {
    }
}

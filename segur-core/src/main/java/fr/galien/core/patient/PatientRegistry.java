package fr.galien.core.patient;

import fr.galien.core.domain.Patient;
import fr.galien.core.security.Caller;
import java.util.List;
import java.util.UUID;

/**
 * The practice's human patients. Every method takes the caller: creations, updates, archivals and file openings
 * are written to the audit trail in the same transaction as the change (searches are not: decisions.md).
 */
public interface PatientRegistry {

    /**
     * Saves a new patient after validation, {@code provisoire} and without INS whatever the draft says: only
     * {@link fr.galien.core.identity.IdentityService} moves an identity on. Attributes are kept.
     *
     * @throws fr.galien.core.error.ValidationException with one {@link fr.galien.core.error.FieldError} per bad
     *                                                  field; nothing is saved
     */
    Patient create(Caller caller, Patient draft);

    /**
     * Saves many new patients in one transaction (all or nothing), one audit row each: imports, the demo practice,
     * benchmarks. Identities are requalified first ({@link fr.galien.core.patient.io.ImportedIdentities}, REM 30).
     *
     * @throws fr.galien.core.error.ValidationException field errors named {@code patients[i].field}; nothing is saved
     */
    List<Patient> createAll(Caller caller, List<Patient> drafts);

    /**
     * Saves an edited patient whose {@link Patient#version()} is the one read: contact, used name and, unless the
     * identity is récupérée or qualifiée, the strict traits. The identity status, matricule, OID and attributes are
     * {@link fr.galien.core.identity.IdentityService}'s.
     *
     * @throws fr.galien.core.error.SegurException {@code CORE-0006} when another workstation saved it meanwhile,
     *                                             {@code INS-0032} when the edit changes the identity status,
     *                                             matricule, OID or attributes, {@code INS-0033} when it changes a
     *                                             strict trait of a récupérée or qualifiée identity (REM 26)
     */
    Patient update(Caller caller, Patient edited);

    /** Opens a patient file (audited as a read). {@code CORE-0007} if unknown. */
    Patient open(Caller caller, UUID id);

    /** Archives a patient: hidden from searches, kept in the database. */
    Patient archive(Caller caller, UUID id, long expectedVersion);

    /**
     * Search as you type: every word of {@code query} must start a word of the birth name, used name or first
     * names (case, accents, hyphens and apostrophes ignored); a {@code jj/mm/aaaa} word matches the birth date and
     * a 13- or 15-digit word the matricule. Archived patients are left out. Not audited.
     */
    List<Patient> search(Caller caller, String query, int limit);

    /**
     * Every non-archived patient, ordered by birth name, for an export to a file; audited as one {@code EXPORT}
     * row naming the count (decisions.md: an export is a read).
     */
    List<Patient> exportAll(Caller caller);

    /**
     * Non-archived identities lacking a strict trait rule 5 of the INS guide requires (the birth place: files made
     * before it was enforced, or imported), ordered by birth name, for completion. A worklist like a search: not
     * audited.
     */
    List<Patient> incompleteIdentities(Caller caller, int limit);

    /** Existing patients that look like {@code candidate} (same birth date and similar names): a warning, not a block. */
    List<Patient> lookalikes(Caller caller, Patient candidate);
}

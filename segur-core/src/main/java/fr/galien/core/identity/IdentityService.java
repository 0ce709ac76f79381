package fr.galien.core.identity;

import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.Patient;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.security.Caller;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The RNIV identity of a patient (issue 4 §5, specs §2.5): the only way a status, a matricule, an OID or an attribute
 * changes. Rules in {@link IdentityRules}. Every change takes the caller and the version read (optimistic locking:
 * {@code CORE-0006} when someone saved meanwhile), and writes in ONE transaction the patient row, an identity history
 * row (who, when, method, document) and an audit row (codes only, no patient data). A refused change writes nothing.
 *
 * <p>Errors common to every change: {@code CORE-0007} unknown patient, {@code CORE-0006} stale version,
 * {@code INS-0029} archived patient; {@code SEC-NNNN} from {@link AuthorizingIdentityService}.
 */
public interface IdentityService {

    /**
     * Accepts an INSi answer (CodeCR 00) for the patient: PROV → RECUP, VALI → QUAL, RECUP → RECUP (refreshed); with
     * {@link IdentificationMethod#APCV} the identity is qualified at once with validation mode AV (specs §2.5 and §6,
     * decisions.md). The matricule and OID are stored as INSi returned them — a key that does not verify is kept
     * and flagged in the history, never refused (specs §2.4). The strict traits become INSi's: when they differ
     * from the local ones ({@link TraitsComparison}) only with {@link TraitsChoice#REPLACE_WITH_INSI}.
     *
     * @param method how the INSi query was made: traits, Vitale card, ApCV, datamatrix (not saisie manuelle)
     * @throws fr.galien.core.error.SegurException {@code INS-0020} traits differ without the user's choice,
     *                                             {@code INS-0021} douteuse/fictive, {@code INS-0022} already
     *                                             qualified (verify instead), {@code INS-0030} unusable answer,
     *                                             {@code INS-0031} saisie manuelle, {@code PAT-0001} another active
     *                                             patient is qualified with this matricule
     */
    Patient acceptInsi(Caller caller, UUID patientId, long expectedVersion, InsIdentity insi,
                       IdentificationMethod method, TraitsChoice choice);

    /**
     * Records the check of a high-trust identity document: PROV → VALI, RECUP → QUAL.
     *
     * @throws fr.galien.core.error.SegurException {@code INS-0021} douteuse/fictive, {@code INS-0023} already
     *                                             validated or qualified, {@code INS-0024} livret de famille for an
     *                                             adult, {@code INS-0025} the ApCV (it qualifies through
     *                                             {@link #acceptInsi} with {@link IdentificationMethod#APCV})
     */
    Patient validateDocument(Caller caller, UUID patientId, long expectedVersion, IdentityDocument document);

    /**
     * Replaces the attributes. Douteuse or fictive make the identity provisional and remove its INS; only douteuse
     * and homonyme combine. Setting the attributes it already has changes nothing and writes nothing.
     *
     * @throws fr.galien.core.error.SegurException {@code INS-0026} attributes that do not combine
     */
    Patient setAttributes(Caller caller, UUID patientId, long expectedVersion, Set<IdentityAttribute> attributes);

    /**
     * "Corriger l'identité" (REM 27): new strict traits; the matricule and OID are removed, RECUP → PROV,
     * QUAL → VALI (the document check stays), PROV and VALI keep their status.
     *
     * @throws fr.galien.core.error.ValidationException {@code CORE-0001} when the new traits are not valid,
     *                                                 {@code INS-0027} (a SegurException) when no strict trait changes
     */
    Patient correctStrictTraits(Caller caller, UUID patientId, long expectedVersion, IdentityTraits corrected);

    /**
     * Records an INSi verification of the stored INS ({@link InsVerification}): confirmed keeps everything and notes
     * the date; anything else removes the INS and downgrades (RECUP → PROV, QUAL → VALI; REM 49).
     *
     * @throws fr.galien.core.error.SegurException {@code INS-0028} the identity holds no INS to verify
     */
    VerificationRecord recordVerification(Caller caller, UUID patientId, long expectedVersion, InsiResult answer);

    /** The patient's identity history, oldest first. Not audited: it is shown inside a file whose opening is. */
    List<IdentityHistoryEntry> history(Caller caller, UUID patientId);

    /** The patient with how its identity was obtained and validated. Not audited, like {@link #history}. */
    IdentitySummary summary(Caller caller, UUID patientId);

    /** A recorded verification: the patient as it now is and what INSi said. */
    record VerificationRecord(Patient patient, InsVerification verification) {
    }
}

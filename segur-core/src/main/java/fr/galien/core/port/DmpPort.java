package fr.galien.core.port;

import fr.galien.core.security.Caller;
import java.util.UUID;

/**
 * DMP / Mon espace santé (specs §1): feeds a patient's shared medical record. Only a qualified INS may be used, so
 * the document carries a {@link QualifiedIns}, never a bare matricule.
 *
 * <p>The identity is chosen per call by the core (ADR 0022), never by the connector: the professional's own PSC
 * session ({@link CallIdentity#forDmp}, REM DMP/PSC.01 — a préparateur's call is refused, never sent under the
 * pharmacist's name) or, for a pharmacy, the IGC-Santé organisation certificate (REM DMP.02.LGO). A connector that
 * cannot honour the identity asked for refuses the call rather than send it under another.
 */
public interface DmpPort {

    /**
     * Submits one document (CDA) for a patient under {@code identity}; the call is idempotent on
     * {@code submissionId}.
     */
    SubmissionReceipt submit(Caller caller, CallIdentity identity, DmpDocument document);

    /**
     * @param classCode TRE_A03 class (e.g. 10 compte rendu, 43 dispensation)
     * @param typeCode  JDV_J07 type (e.g. 60593-1 dispensation)
     */
    record DmpDocument(UUID submissionId, QualifiedIns ins, String classCode, String typeCode, String title,
                       byte[] cda) {
    }

    record SubmissionReceipt(UUID submissionId, String documentUniqueId) {
    }
}

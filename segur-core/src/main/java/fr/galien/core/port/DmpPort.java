package fr.galien.core.port;

import fr.galien.core.security.Caller;
import java.util.UUID;

/**
 * DMP / Mon espace santé (specs §1): feeds a patient's shared medical record. Only a qualified INS may be used, so
 * the document carries a {@link QualifiedIns}, never a bare matricule.
 */
public interface DmpPort {

    /** Submits one document (CDA) for a patient; the call is idempotent on {@code submissionId}. */
    SubmissionReceipt submit(Caller caller, DmpDocument document);

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

package fr.galien.core.dmp;

import fr.galien.core.document.PatientDocument;
import fr.galien.core.domain.Practice;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.security.Caller;

/**
 * Wraps a PDF of the patient's file as a CDA level 1 ({@code nonXMLBody}, specs §1.7) so it can go to the DMP: the
 * core's CDA builders do it ({@code fr.galien.core.cda}); kept behind this interface so the DMP feed does not depend
 * on how.
 */
@FunctionalInterface
public interface PdfWrapping {

    /** No wrapper on this workstation: a PDF is refused with {@code DMP-0003}. */
    PdfWrapping UNAVAILABLE = (caller, practice, ins, document, pdf, uniqueId) -> {
        throw new SegurException(DmpRuleError.DMP_0003, "PDF");
    };

    /** The CDA N1 of {@code pdf} whose {@code ClinicalDocument/id} is {@code uniqueId}. */
    WrappedCda wrap(Caller caller, Practice practice, QualifiedIns ins, PatientDocument document, byte[] pdf,
                    String uniqueId);

    record WrappedCda(String uniqueId, byte[] cda) {
    }
}

package fr.galien.core.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kind of a document as the DMP and MSSanté name it: a LOINC code of the ANS value set JDV_J07
 * (XdsTypeCode-CISIS), with its French display. A code outside LOINC (e.g. the CI-SIS {@code SYNTH}) keeps its own
 * system.
 */
public record DocumentType(String code, String system, String display) {

    public static final String LOINC = "2.16.840.1.113883.6.1";

    public static final DocumentType ORDONNANCE =
            loinc("57833-6", "Prescription de produits de santé");
    public static final DocumentType DISPENSATION = loinc("60593-1", "Dispensation médicamenteuse");
    public static final DocumentType SYNTHESE_MEDICALE = loinc("60591-5", "Synthèse médicale");
    public static final DocumentType COMPTE_RENDU_CONSULTATION =
            loinc("11488-4", "Compte rendu de consultation");
    public static final DocumentType NOTE_VACCINATION = loinc("87273-9", "Note de vaccination");
    public static final DocumentType BILAN_MEDICATION =
            loinc("56445-0", "Bilan partagé de médication");
    public static final DocumentType ENTRETIEN_PHARMACEUTIQUE =
            loinc("78601-2", "Compte rendu d'entretien pharmaceutique");
    /** A scanned paper or any document we cannot type better. */
    public static final DocumentType AUTRE = new DocumentType("autre", "urn:galien:document-type", "Document");

    /** The types a user may choose when filing a document by hand. */
    public static final List<DocumentType> KNOWN = List.of(ORDONNANCE, DISPENSATION, SYNTHESE_MEDICALE,
            COMPTE_RENDU_CONSULTATION, NOTE_VACCINATION, BILAN_MEDICATION, ENTRETIEN_PHARMACEUTIQUE, AUTRE);

    public DocumentType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(display, "display");
        if (code.isBlank() || code.length() > 64 || system.length() > 128 || display.length() > 255) {
            throw new IllegalArgumentException("document type out of bounds: " + code);
        }
    }

    /** One of {@link #KNOWN} by its code. */
    public static Optional<DocumentType> known(String code) {
        return KNOWN.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    public static DocumentType loinc(String code, String display) {
        return new DocumentType(code, LOINC, display);
    }
}

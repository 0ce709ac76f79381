package fr.galien.core.cda;

import java.util.List;
import java.util.Objects;

/**
 * The bilan partagé de médication (BPM) the pharmacist writes with the patient: the medications reviewed, what
 * was found, and the conclusions sent to the doctor. No structured CI-SIS volet exists for it (specs §1.7, REM
 * SC.DOC.02.LGO): it is rendered as a PDF and sent as a level-1 CDA with type code 56445-0.
 */
public record MedicationReviewContent(List<Medication> medications, String observations, String conclusions) {

    public MedicationReviewContent {
        medications = List.copyOf(medications);
        observations = observations == null ? "" : observations;
        conclusions = conclusions == null ? "" : conclusions;
    }

    /** One medication taken, with the pharmacist's remark (may be empty). */
    public record Medication(String label, String posology, String remark) {
        public Medication {
            Objects.requireNonNull(label, "label");
            posology = posology == null ? "" : posology;
            remark = remark == null ? "" : remark;
        }
    }
}

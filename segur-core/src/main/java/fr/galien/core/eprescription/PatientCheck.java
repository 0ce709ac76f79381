package fr.galien.core.eprescription;

/** Does the fetched prescription belong to the patient in front of the pharmacist? */
public enum PatientCheck {
    /** Same INS (matricule and OID): the traits are shown side by side if they differ. */
    SAME_INS,
    /** The patient has no INS here, and the five strict traits are equal. */
    SAME_TRAITS,
    /** No INS here and traits differ: dispensing is refused ({@code ERX-0004}) until the identity is checked. */
    TRAITS_DIFFER,
    /** Another INS: another person ({@code ERX-0003}). */
    OTHER_PATIENT,
    /** Shown without a patient (the prescriber looking at their own prescription). */
    NOT_CHECKED
}

package fr.galien.sandbox.apcv;

/** What the simulated patient does on their phone once a QR code of theirs is scanned. */
public enum PatientAnswer {
    /** Approves after the approval delay: the reading becomes APPROUVEE with the beneficiary. */
    APPROUVE,
    /** Refuses after the approval delay: REFUSEE, no beneficiary. */
    REFUSE,
    /** Never answers: the reading becomes EXPIREE at the end of its lifetime. */
    SANS_REPONSE,
    /** The QR code shown has already expired: the reading is refused at once (410 QR_EXPIRE). */
    QR_PERIME
}

package fr.galien.app.ui.common;

import fr.galien.core.domain.Patient;

/** One line of the patients table, already formatted for display (dates jj/mm/aaaa with zeros kept). */
public record PatientRow(Patient patient, String birthName, String usedName, String firstNames, String sex,
                         String birthDate, String identityStatus) {

    public static PatientRow of(Patient patient) {
        return new PatientRow(patient,
                nullToEmpty(patient.birthName()),
                nullToEmpty(patient.usedName()),
                String.join(" ", patient.firstNames()),
                patient.sex() == null ? "" : patient.sex().label(),
                patient.birthDate() == null ? "" : patient.birthDate().toFrench(),
                patient.identityStatus().label());
    }

    /** One-line description for lists and confirmations, e.g. "DUPONT Marie Claire — 12/03/1980". */
    public static String summary(Patient patient) {
        String date = patient.birthDate() == null ? "" : " — " + patient.birthDate().toFrench();
        return patient.displayName().strip() + date;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

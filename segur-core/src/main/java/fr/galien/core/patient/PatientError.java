package fr.galien.core.patient;

import fr.galien.core.error.ErrorCode;

/** Error codes of the patient registry. French texts: {@code i18n/patient.properties}. Append only. */
public enum PatientError implements ErrorCode {
    /** Another active patient already holds this qualified INS matricule. */
    PAT_0001;

    @Override
    public String bundle() {
        return "i18n.patient";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

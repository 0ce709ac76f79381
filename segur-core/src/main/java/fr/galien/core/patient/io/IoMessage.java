package fr.galien.core.patient.io;

import fr.galien.core.i18n.MessageKey;

/** Per-line import problems (not errors of the whole file): shown next to the line number. */
public enum IoMessage implements MessageKey {
    CSV_COLUMN_COUNT("csv.columnCount"),
    CSV_QUOTE_UNTERMINATED("csv.quote.unterminated"),
    CSV_QUOTE_MISPLACED("csv.quote.misplaced"),
    CSV_OVERSIZED("csv.oversized"),
    CSV_ID_INVALID("csv.id.invalid"),
    CSV_BIRTH_DATE_INVALID("csv.birthDate.invalid"),
    CSV_SEX_UNKNOWN("csv.sex.unknown"),
    CSV_IDENTITY_STATUS_UNKNOWN("csv.identityStatus.unknown"),
    FHIR_ID_INVALID("fhir.id.invalid"),
    FHIR_BIRTH_DATE_INVALID("fhir.birthDate.invalid"),
    FHIR_GENDER_UNKNOWN("fhir.gender.unknown"),
    FHIR_IDENTITY_STATUS_UNKNOWN("fhir.identityStatus.unknown");

    private final String key;

    IoMessage(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.io";
    }

    @Override
    public String key() {
        return key;
    }
}

package fr.galien.core.patient;

import fr.galien.core.i18n.MessageKey;

/** Validation messages of the patient form. French texts: {@code i18n/patient.properties}. */
public enum PatientMessages implements MessageKey {
    BIRTH_NAME_REQUIRED("patient.birthName.required"),
    NAME_TOO_LONG("patient.name.tooLong"),
    INVISIBLE_CHARACTER("patient.name.invisibleCharacter"),
    FIRST_NAMES_REQUIRED("patient.firstNames.required"),
    FIRST_NAME_BLANK("patient.firstNames.blank"),
    FIRST_NAMES_TOO_MANY("patient.firstNames.tooMany"),
    SEX_INVALID("patient.sex.invalid"),
    BIRTH_DATE_REQUIRED("patient.birthDate.required"),
    BIRTH_DATE_FUTURE("patient.birthDate.future"),
    BIRTH_PLACE_INVALID("patient.birthPlaceCode.invalid"),
    BIRTH_PLACE_REQUIRED("patient.birthPlaceCode.required"),
    EMAIL_INVALID("patient.contact.email.invalid"),
    PHONE_INVALID("patient.contact.phone.invalid"),
    POSTAL_CODE_INVALID("patient.contact.postalCode.invalid"),
    TEXT_TOO_LONG("patient.text.tooLong"),
    MATRICULE_INVALID("patient.matricule.invalid"),
    OID_INVALID("patient.oid.invalid"),
    QUALIFIED_NEEDS_MATRICULE("patient.identityStatus.qualifiedNeedsMatricule"),
    ATTRIBUTES_NOT_COMBINABLE("patient.attributes.notCombinable"),
    /** A warning, not an error: shown with the list of look-alikes. */
    LOOKALIKE_WARNING("patient.lookalike.warning");

    private final String key;

    PatientMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.patient";
    }

    @Override
    public String key() {
        return key;
    }
}

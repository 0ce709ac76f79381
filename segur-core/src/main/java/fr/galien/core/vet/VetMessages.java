package fr.galien.core.vet;

import fr.galien.core.i18n.MessageKey;

/** Validation messages of the owner and animal forms. French texts: {@code i18n/vet.properties}. */
public enum VetMessages implements MessageKey {
    OWNER_LAST_NAME_REQUIRED("vet.owner.lastName.required"),
    NAME_TOO_LONG("vet.name.tooLong"),
    INVISIBLE_CHARACTER("vet.name.invisibleCharacter"),
    EMAIL_INVALID("vet.contact.email.invalid"),
    PHONE_INVALID("vet.contact.phone.invalid"),
    POSTAL_CODE_INVALID("vet.contact.postalCode.invalid"),
    ANIMAL_NAME_REQUIRED("vet.animal.name.required"),
    ANIMAL_SPECIES_REQUIRED("vet.animal.species.required"),
    ANIMAL_SPECIES_TOO_LONG("vet.animal.species.tooLong"),
    ANIMAL_SEX_REQUIRED("vet.animal.sex.required"),
    ANIMAL_BIRTH_DATE_FUTURE("vet.animal.birthDate.future"),
    IDENTIFICATION_INVALID("vet.animal.identificationNumber.invalid");

    private final String key;

    VetMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.vet";
    }

    @Override
    public String key() {
        return key;
    }
}

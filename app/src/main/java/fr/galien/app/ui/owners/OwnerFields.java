package fr.galien.app.ui.owners;

import java.util.List;

/**
 * Names of the owner and animal form fields as {@link fr.galien.core.error.FieldError#field()} reports them (the
 * {@link fr.galien.core.domain.Owner} and {@link fr.galien.core.domain.Animal} record components).
 */
public final class OwnerFields {

    public static final String LAST_NAME = "lastName";
    public static final String FIRST_NAME = "firstName";
    public static final String PHONE = "contact.phone";
    public static final String EMAIL = "contact.email";
    public static final String ADDRESS = "contact.address";
    public static final String POSTAL_CODE = "contact.postalCode";
    public static final String CITY = "contact.city";

    public static final String NAME = "name";
    public static final String SPECIES = "species";
    public static final String BREED = "breed";
    public static final String SEX = "sex";
    public static final String BIRTH_DATE = "birthDate";
    public static final String IDENTIFICATION = "identificationNumber";

    public static final List<String> OWNER = List.of(LAST_NAME, FIRST_NAME, PHONE, EMAIL, ADDRESS, POSTAL_CODE, CITY);
    public static final List<String> ANIMAL = List.of(NAME, SPECIES, BREED, SEX, BIRTH_DATE, IDENTIFICATION);

    private OwnerFields() {
    }
}

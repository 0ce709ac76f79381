package fr.galien.app.ui.patients;

import java.util.List;

/**
 * Names of the patient form's fields as {@link fr.galien.core.error.FieldError#field()} reports them: the
 * {@link fr.galien.core.domain.Patient} record components, {@code contact.xxx} for contact details.
 */
public final class PatientFields {

    public static final String BIRTH_NAME = "birthName";
    public static final String USED_NAME = "usedName";
    public static final String FIRST_NAMES = "firstNames";
    public static final String SEX = "sex";
    public static final String BIRTH_DATE = "birthDate";
    public static final String BIRTH_PLACE_CODE = "birthPlaceCode";
    public static final String PHONE = "contact.phone";
    public static final String EMAIL = "contact.email";
    public static final String ADDRESS = "contact.address";
    public static final String POSTAL_CODE = "contact.postalCode";
    public static final String CITY = "contact.city";

    public static final List<String> ALL = List.of(BIRTH_NAME, USED_NAME, FIRST_NAMES, SEX, BIRTH_DATE,
            BIRTH_PLACE_CODE, PHONE, EMAIL, ADDRESS, POSTAL_CODE, CITY);

    private PatientFields() {
    }

    /**
     * The form field an error belongs to: exact name, or a sub-path of it ({@code firstNames[1]} → firstNames);
     * null when no field matches (the error is then shown above the form).
     */
    public static String fieldFor(String reported) {
        if (reported == null) {
            return null;
        }
        for (String field : ALL) {
            if (reported.equals(field) || reported.startsWith(field + "[") || reported.startsWith(field + ".")) {
                return field;
            }
        }
        return null;
    }
}

package fr.galien.core.patient;

import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.FieldError;
import fr.galien.core.identity.IdentityRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a patient must meet before it is saved. Field names are the {@link Patient} record components
 * ({@code contact.email} for nested ones) so a form can put each message next to its field.
 *
 * <p>Names keep every printable character (apostrophes, markup-looking text, emoji: they are data, shown verbatim);
 * only control characters are refused, because one of them (U+001F) separates the first names in the database.
 */
public final class PatientValidator {

    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_FIRST_NAMES = 15;
    /** The birth place code for « lieu de naissance inconnu » (INSi and the INS guide). */
    public static final String UNKNOWN_BIRTH_PLACE = "99999";

    /** COG commune code (2A/2B for Corsica) or 99 + INSEE country code; both are five characters. */
    private static final Pattern BIRTH_PLACE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    private static final Pattern MATRICULE = Pattern.compile("\\d{5}(\\d{2}|2[AB])\\d{8}");
    private static final Pattern OID = Pattern.compile("\\d+(\\.\\d+)+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .\\-()]{6,30}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    private PatientValidator() {
    }

    /** Every problem of {@code patient}; empty when it may be saved. */
    public static List<FieldError> validate(Patient patient, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (patient.birthName() == null || patient.birthName().isBlank()) {
            errors.add(FieldError.of("birthName", PatientMessages.BIRTH_NAME_REQUIRED));
        } else {
            checkName(errors, "birthName", patient.birthName());
        }
        if (patient.usedName() != null && !patient.usedName().isEmpty()) {
            checkName(errors, "usedName", patient.usedName());
        }
        checkFirstNames(errors, patient.firstNames());
        if (patient.sex() == null) {
            errors.add(FieldError.of("sex", PatientMessages.SEX_INVALID));
        }
        if (patient.birthDate() == null) {
            errors.add(FieldError.of("birthDate", PatientMessages.BIRTH_DATE_REQUIRED));
        } else if (patient.birthDate().isAfter(today)) {
            errors.add(FieldError.of("birthDate", PatientMessages.BIRTH_DATE_FUTURE));
        }
        if (patient.birthPlaceCode() != null && !patient.birthPlaceCode().isEmpty()
                && !BIRTH_PLACE.matcher(patient.birthPlaceCode()).matches()) {
            errors.add(FieldError.of("birthPlaceCode", PatientMessages.BIRTH_PLACE_INVALID));
        }
        checkContact(errors, patient.contact());
        checkIdentity(errors, patient);
        return List.copyOf(errors);
    }

    /**
     * What creating an identity needs beyond {@link #validate} (rule 5 of the INS implementation guide, REM
     * SC.INS.09.LGO): every strict trait filled — birth name, first birth first name, birth date, sex (checked by
     * {@link #validate}) and the birth place: a COG commune code, 99 + the country's code for a birth abroad, or
     * {@value #UNKNOWN_BIRTH_PLACE} when the place is unknown, the only « inconnu » the guide allows here (an unknown
     * day or month of birth is written 00, already accepted by {@link #validate}).
     */
    public static List<FieldError> validateCreation(Patient patient, LocalDate today) {
        List<FieldError> errors = new ArrayList<>(validate(patient, today));
        if (!present(patient.birthPlaceCode()) || patient.birthPlaceCode().isBlank()) {
            errors.add(FieldError.of("birthPlaceCode", PatientMessages.BIRTH_PLACE_REQUIRED));
        }
        return List.copyOf(errors);
    }

    /** True when a stored identity lacks a strict trait rule 5 requires (files to complete). */
    public static boolean missingStrictTraits(Patient patient) {
        return !present(patient.birthPlaceCode()) || patient.birthName() == null || patient.birthName().isBlank()
                || patient.firstNames().isEmpty() || patient.sex() == null || patient.birthDate() == null;
    }

    private static void checkName(List<FieldError> errors, String field, String name) {
        if (name.length() > MAX_NAME_LENGTH) {
            errors.add(FieldError.of(field, PatientMessages.NAME_TOO_LONG, MAX_NAME_LENGTH));
        }
        if (hasControlCharacter(name)) {
            errors.add(FieldError.of(field, PatientMessages.INVISIBLE_CHARACTER));
        }
    }

    private static void checkFirstNames(List<FieldError> errors, List<String> firstNames) {
        if (firstNames.isEmpty()) {
            errors.add(FieldError.of("firstNames", PatientMessages.FIRST_NAMES_REQUIRED));
            return;
        }
        if (firstNames.size() > MAX_FIRST_NAMES) {
            errors.add(FieldError.of("firstNames", PatientMessages.FIRST_NAMES_TOO_MANY, MAX_FIRST_NAMES));
        }
        for (String firstName : firstNames) {
            if (firstName == null || firstName.isBlank()) {
                errors.add(FieldError.of("firstNames", PatientMessages.FIRST_NAME_BLANK));
                return;
            }
            if (firstName.length() > MAX_NAME_LENGTH) {
                errors.add(FieldError.of("firstNames", PatientMessages.NAME_TOO_LONG, MAX_NAME_LENGTH));
                return;
            }
            if (hasControlCharacter(firstName)) {
                errors.add(FieldError.of("firstNames", PatientMessages.INVISIBLE_CHARACTER));
                return;
            }
        }
    }

    private static void checkContact(List<FieldError> errors, Contact contact) {
        if (present(contact.email()) && (contact.email().length() > 254 || !EMAIL.matcher(contact.email()).matches())) {
            errors.add(FieldError.of("contact.email", PatientMessages.EMAIL_INVALID));
        }
        if (present(contact.phone()) && !PHONE.matcher(contact.phone()).matches()) {
            errors.add(FieldError.of("contact.phone", PatientMessages.PHONE_INVALID));
        }
        if (present(contact.postalCode()) && !POSTAL_CODE.matcher(contact.postalCode()).matches()) {
            errors.add(FieldError.of("contact.postalCode", PatientMessages.POSTAL_CODE_INVALID));
        }
        checkText(errors, "contact.address", contact.address());
        checkText(errors, "contact.city", contact.city());
    }

    private static void checkText(List<FieldError> errors, String field, String text) {
        if (!present(text)) {
            return;
        }
        if (text.length() > MAX_NAME_LENGTH) {
            errors.add(FieldError.of(field, PatientMessages.TEXT_TOO_LONG, MAX_NAME_LENGTH));
        } else if (hasControlCharacter(text)) {
            errors.add(FieldError.of(field, PatientMessages.INVISIBLE_CHARACTER));
        }
    }

    private static void checkIdentity(List<FieldError> errors, Patient patient) {
        if (present(patient.matricule()) && !MATRICULE.matcher(patient.matricule()).matches()) {
            errors.add(FieldError.of("matricule", PatientMessages.MATRICULE_INVALID));
        }
        if (present(patient.oid()) && (patient.oid().length() > 64 || !OID.matcher(patient.oid()).matches())) {
            errors.add(FieldError.of("oid", PatientMessages.OID_INVALID));
        }
        if (patient.identityStatus() == IdentityStatus.QUALIFIEE
                && (!present(patient.matricule()) || !present(patient.oid()))) {
            errors.add(FieldError.of("identityStatus", PatientMessages.QUALIFIED_NEEDS_MATRICULE));
        }
        if (!IdentityRules.attributesAllowed(patient.attributes())) {
            errors.add(FieldError.of("attributes", PatientMessages.ATTRIBUTES_NOT_COMBINABLE));
        }
    }

    private static boolean hasControlCharacter(String text) {
        return text.codePoints().anyMatch(Character::isISOControl);
    }

    private static boolean present(String text) {
        return text != null && !text.isEmpty();
    }
}

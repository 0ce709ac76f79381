package fr.galien.core.vet;

import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Owner;
import fr.galien.core.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules an owner (client) must meet before it is saved. Field names are the {@link Owner} record components
 * ({@code contact.email} for nested ones) so the form can put each message next to its field. As for patients,
 * names keep every printable character (they are data, shown verbatim); only control characters are refused.
 */
public final class OwnerValidator {

    public static final int MAX_TEXT_LENGTH = 255;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .\\-()]{6,30}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    private OwnerValidator() {
    }

    /** Every problem of {@code owner}; empty when it may be saved. */
    public static List<FieldError> validate(Owner owner) {
        List<FieldError> errors = new ArrayList<>();
        if (owner.lastName() == null || owner.lastName().isBlank()) {
            errors.add(FieldError.of("lastName", VetMessages.OWNER_LAST_NAME_REQUIRED));
        } else {
            checkText(errors, "lastName", owner.lastName());
        }
        checkText(errors, "firstName", owner.firstName());
        checkContact(errors, owner.contact());
        return List.copyOf(errors);
    }

    private static void checkContact(List<FieldError> errors, Contact contact) {
        if (present(contact.email()) && (contact.email().length() > 254 || !EMAIL.matcher(contact.email()).matches())) {
            errors.add(FieldError.of("contact.email", VetMessages.EMAIL_INVALID));
        }
        if (present(contact.phone()) && !PHONE.matcher(contact.phone()).matches()) {
            errors.add(FieldError.of("contact.phone", VetMessages.PHONE_INVALID));
        }
        if (present(contact.postalCode()) && !POSTAL_CODE.matcher(contact.postalCode()).matches()) {
            errors.add(FieldError.of("contact.postalCode", VetMessages.POSTAL_CODE_INVALID));
        }
        checkText(errors, "contact.address", contact.address());
        checkText(errors, "contact.city", contact.city());
    }

    /** Length and control characters of an optional text (also used for animals). */
    static void checkText(List<FieldError> errors, String field, String text) {
        if (!present(text)) {
            return;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            errors.add(FieldError.of(field, VetMessages.NAME_TOO_LONG, MAX_TEXT_LENGTH));
        } else if (text.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.of(field, VetMessages.INVISIBLE_CHARACTER));
        }
    }

    static boolean present(String text) {
        return text != null && !text.isEmpty();
    }
}

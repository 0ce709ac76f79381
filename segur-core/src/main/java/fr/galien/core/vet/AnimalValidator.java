package fr.galien.core.vet;

import fr.galien.core.domain.Animal;
import fr.galien.core.error.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules an animal must meet before it is saved; field names are the {@link Animal} record components.
 *
 * <p>Identification number (optional, as small NAC are often not identified): either a <b>transponder</b> — the
 * 15 digits of an ISO 11784 chip as I-CAD prints them ({@code 250…} for France) — or a <b>tattoo</b>, the older
 * French marking, 3 to 10 letters and digits ({@code 2ABC123}). {@link #normaliseIdentification} removes the
 * spaces people type between digit groups and upper-cases a tattoo before validation and storage.
 */
public final class AnimalValidator {

    public static final int MAX_SPECIES_LENGTH = 50;

    private static final Pattern TRANSPONDER = Pattern.compile("\\d{15}");
    private static final Pattern TATTOO = Pattern.compile("[A-Z0-9]{3,10}");
    private static final Pattern SPACES = Pattern.compile("[\\s.\\-]+");

    private AnimalValidator() {
    }

    /** Every problem of {@code animal} on {@code today}; empty when it may be saved. */
    public static List<FieldError> validate(Animal animal, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (animal.name() == null || animal.name().isBlank()) {
            errors.add(FieldError.of("name", VetMessages.ANIMAL_NAME_REQUIRED));
        } else {
            OwnerValidator.checkText(errors, "name", animal.name());
        }
        if (animal.species() == null || animal.species().isBlank()) {
            errors.add(FieldError.of("species", VetMessages.ANIMAL_SPECIES_REQUIRED));
        } else if (animal.species().length() > MAX_SPECIES_LENGTH) {
            errors.add(FieldError.of("species", VetMessages.ANIMAL_SPECIES_TOO_LONG, MAX_SPECIES_LENGTH));
        } else {
            OwnerValidator.checkText(errors, "species", animal.species());
        }
        OwnerValidator.checkText(errors, "breed", animal.breed());
        if (animal.sex() == null) {
            errors.add(FieldError.of("sex", VetMessages.ANIMAL_SEX_REQUIRED));
        }
        if (animal.birthDate() != null && animal.birthDate().isAfter(today)) {
            errors.add(FieldError.of("birthDate", VetMessages.ANIMAL_BIRTH_DATE_FUTURE));
        }
        String identification = normaliseIdentification(animal.identificationNumber());
        if (identification != null && !isTransponder(identification) && !TATTOO.matcher(identification).matches()) {
            errors.add(FieldError.of("identificationNumber", VetMessages.IDENTIFICATION_INVALID));
        }
        return List.copyOf(errors);
    }

    /** Spaces, dots and hyphens removed, upper case; null when nothing is left. */
    public static String normaliseIdentification(String number) {
        if (number == null) {
            return null;
        }
        String compact = SPACES.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    /** A 15-digit ISO 11784 transponder number (as opposed to a tattoo). */
    public static boolean isTransponder(String number) {
        return number != null && TRANSPONDER.matcher(number).matches();
    }
}

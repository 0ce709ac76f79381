package fr.galien.app.ui.owners;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;

/**
 * Texts of the "Clients et animaux" area, in their own bundle {@code i18n/ui_owners.properties} (French base) so
 * the vet screens never collide with edits of the shared {@code ui.properties}. The key is the constant's name.
 */
public enum OwnersText implements MessageKey {
    SEARCH_PROMPT,
    KEYBOARD_HINT,
    EMPTY_QUERY,
    COUNT,
    COUNT_LIMIT,
    SEARCHING,
    NO_RESULT,
    NEW_OWNER,
    OPEN,
    OPENING,
    COLUMN_LAST_NAME,
    COLUMN_FIRST_NAME,
    COLUMN_ANIMALS,
    COLUMN_CITY,
    COLUMN_PHONE,
    OWNER_TITLE_NEW,
    OWNER_TITLE_EDIT,
    OWNER_SECTION,
    OWNER_LAST_NAME,
    OWNER_FIRST_NAME,
    OWNER_PHONE,
    OWNER_EMAIL,
    OWNER_ADDRESS,
    OWNER_POSTAL_CODE,
    OWNER_CITY,
    OWNER_SAVE,
    OWNER_SAVING,
    OWNER_SAVED,
    HAS_ERRORS,
    CLOSE,
    ANIMALS_SECTION,
    ANIMALS_SAVE_OWNER_FIRST,
    ANIMALS_NONE,
    ANIMALS_ADD,
    ANIMALS_EDIT,
    ANIMALS_ARCHIVE,
    ANIMALS_ARCHIVE_CONFIRM_TITLE,
    ANIMALS_ARCHIVE_CONFIRM,
    ANIMALS_ARCHIVING,
    ANIMAL_COLUMN_NAME,
    ANIMAL_COLUMN_SPECIES,
    ANIMAL_COLUMN_SEX,
    ANIMAL_COLUMN_BIRTH_DATE,
    ANIMAL_COLUMN_IDENTIFICATION,
    ANIMAL_TITLE_NEW,
    ANIMAL_TITLE_EDIT,
    ANIMAL_NAME,
    ANIMAL_SPECIES,
    ANIMAL_BREED,
    ANIMAL_SEX,
    ANIMAL_BIRTH_DATE,
    ANIMAL_BIRTH_DATE_PROMPT,
    ANIMAL_BIRTH_DATE_INVALID,
    ANIMAL_IDENTIFICATION,
    ANIMAL_IDENTIFICATION_HINT,
    ANIMAL_SAVE,
    ANIMAL_CANCEL,
    ANIMAL_UNSAVED,
    ANIMAL_SAVING,
    ANIMAL_SAVED,
    SPECIES_CHIEN,
    SPECIES_CHAT,
    SPECIES_NAC,
    SPECIES_CHEVAL,
    SPECIES_AUTRE;

    @Override
    public String bundle() {
        return "i18n.ui_owners";
    }

    @Override
    public String key() {
        return name();
    }

    public String text(Object... args) {
        return Messages.format(this, args);
    }
}

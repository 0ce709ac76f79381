package fr.galien.core.patient.duplicates;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;

/**
 * Why two patients look alike (or do not), listed with a similarity score so that the person deciding sees the
 * evidence. French texts: {@code i18n/duplicates.properties}. Append only: names may be stored.
 */
public enum MatchReason implements MessageKey {
    SAME_MATRICULE("duplicates.reason.sameMatricule", true),
    DIFFERENT_QUALIFIED_MATRICULES("duplicates.reason.differentQualifiedMatricules", false),
    DIFFERENT_MATRICULES("duplicates.reason.differentMatricules", false),
    SAME_BIRTH_NAME("duplicates.reason.sameBirthName", true),
    SIMILAR_BIRTH_NAMES("duplicates.reason.similarBirthNames", true),
    CROSSED_NAMES("duplicates.reason.crossedNames", true),
    SAME_USED_NAME("duplicates.reason.sameUsedName", true),
    DIFFERENT_NAMES("duplicates.reason.differentNames", false),
    SAME_FIRST_NAMES("duplicates.reason.sameFirstNames", true),
    SAME_FIRST_FIRST_NAME("duplicates.reason.sameFirstFirstName", true),
    SIMILAR_FIRST_NAMES("duplicates.reason.similarFirstNames", true),
    FIRST_NAMES_REORDERED("duplicates.reason.firstNamesReordered", true),
    DIFFERENT_FIRST_NAMES("duplicates.reason.differentFirstNames", false),
    SAME_BIRTH_DATE("duplicates.reason.sameBirthDate", true),
    COMPATIBLE_PARTIAL_BIRTH_DATES("duplicates.reason.partialBirthDates", true),
    SWAPPED_DAY_AND_MONTH("duplicates.reason.swappedDayAndMonth", true),
    BIRTH_DATE_TYPO("duplicates.reason.birthDateTypo", true),
    DIFFERENT_BIRTH_DATES("duplicates.reason.differentBirthDates", false),
    DIFFERENT_SEX("duplicates.reason.differentSex", false),
    SAME_BIRTH_PLACE("duplicates.reason.sameBirthPlace", true),
    DIFFERENT_BIRTH_PLACES("duplicates.reason.differentBirthPlaces", false);

    private final String key;
    private final boolean forDuplicate;

    MatchReason(String key, boolean forDuplicate) {
        this.key = key;
        this.forDuplicate = forDuplicate;
    }

    @Override
    public String bundle() {
        return "i18n.duplicates";
    }

    @Override
    public String key() {
        return key;
    }

    /** True for evidence of one person, false for evidence of two (the UI shows them differently). */
    public boolean forDuplicate() {
        return forDuplicate;
    }

    /** French, for the worklist and the command line. */
    public String text() {
        return Messages.format(this);
    }
}

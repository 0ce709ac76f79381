package fr.galien.app.ui.duplicates;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;

/**
 * Texts of the "Doublons" area, in their own bundle {@code i18n/ui_duplicates.properties} (French base) so this
 * screen never collides with edits of the shared {@code ui.properties}. The key is the constant's name.
 */
public enum DuplicatesText implements MessageKey {
    NAV,
    TITLE,
    INTRO,
    REFRESH,
    LOADING,
    COUNT,
    NONE,
    TAB_PAIRS,
    TAB_MERGES,
    COLUMN_SCORE,
    COLUMN_FIRST,
    COLUMN_SECOND,
    NO_SELECTION,
    FIELD,
    RECORD,
    KEEP,
    KEPT,
    RETIRED,
    REASONS,
    QUALIFIED_MUST_SURVIVE,
    MERGE,
    MERGE_CONFIRM_TITLE,
    MERGE_CONFIRM,
    MERGING,
    MERGED,
    NOT_DUPLICATE,
    DISMISSING,
    DISMISSED,
    MERGES_NONE,
    MERGES_COLUMN_DATE,
    MERGES_COLUMN_KEPT,
    MERGES_COLUMN_RETIRED,
    MERGES_COLUMN_FILLED,
    MERGES_COLUMN_STATE,
    MERGES_FILLED_NONE,
    MERGES_STATE_ACTIVE,
    MERGES_STATE_UNDONE,
    UNMERGE,
    UNMERGE_CONFIRM_TITLE,
    UNMERGE_CONFIRM,
    UNMERGING,
    UNMERGED,
    FIELD_BIRTH_NAME,
    FIELD_USED_NAME,
    FIELD_FIRST_NAMES,
    FIELD_SEX,
    FIELD_BIRTH_DATE,
    FIELD_BIRTH_PLACE,
    FIELD_IDENTITY_STATUS,
    FIELD_MATRICULE,
    FIELD_PHONE,
    FIELD_EMAIL,
    FIELD_ADDRESS;

    @Override
    public String bundle() {
        return "i18n.ui_duplicates";
    }

    @Override
    public String key() {
        return name();
    }

    public String text(Object... args) {
        return Messages.format(this, args);
    }
}

package fr.galien.app.ui.documents;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;

/**
 * Texts of the patient documents screens, in their own bundle {@code i18n/ui_documents.properties} (French base).
 * The key is the constant's name; a test checks each one has its text and formats.
 */
public enum DocumentsText implements MessageKey {
    SECTION_TITLE,
    COLUMN_DATE,
    COLUMN_TYPE,
    COLUMN_TITLE,
    COLUMN_ORIGIN,
    COLUMN_SHARING,
    EMPTY,
    COUNT,
    LOADING,
    OPEN,
    OPENING,
    ADD_FILE,
    ADDING,
    ADDED,
    CHOOSE_FILE,
    FILE_FILTER,
    VIEWER_TITLE,
    VIEWER_CLOSE,
    VIEWER_PAGES_SHOWN,
    VIEWER_UNREADABLE,
    VIEWER_CDA_HEADER,
    VIEWER_NOT_SHARED,
    VERSION;

    @Override
    public String bundle() {
        return "i18n.ui_documents";
    }

    @Override
    public String key() {
        return name();
    }

    /** The French text, formatted with {@code args}. */
    public String text(Object... args) {
        return Messages.format(this, args);
    }
}

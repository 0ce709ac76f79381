package fr.galien.core.identity;

import fr.galien.core.i18n.MessageKey;

/** Sentences of the INS identity core shown to users (not errors). French texts: {@code i18n/identity.properties}. */
public enum InsMessages implements MessageKey {
    SEARCH_FOUND("ins.search.found"),
    SEARCH_FOUND_KEY_NOT_VERIFIED("ins.search.foundKeyNotVerified"),
    SEARCH_NOT_FOUND("ins.search.notFound"),
    SEARCH_SEVERAL_ADD_BIRTH_PLACE("ins.search.severalAddBirthPlace"),
    SEARCH_SEVERAL("ins.search.several");

    private final String key;

    InsMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.identity";
    }

    @Override
    public String key() {
        return key;
    }
}

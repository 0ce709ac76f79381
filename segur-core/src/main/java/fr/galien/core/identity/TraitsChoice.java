package fr.galien.core.identity;

/**
 * What the user decided after seeing the local and INSi traits side by side ({@link TraitsComparison}). INSi's traits
 * replace the local ones only on {@link #REPLACE_WITH_INSI} (issue 4 §5); with {@link #IDENTICAL_ONLY} an answer
 * whose traits differ is refused ({@code INS-0020}) and nothing changes.
 */
public enum TraitsChoice {
    /** No choice made: accept the INSi identity only when its traits equal the local ones (as INSi writes them). */
    IDENTICAL_ONLY,
    /** The user compared and chose INSi's strict traits in place of the local ones. */
    REPLACE_WITH_INSI
}

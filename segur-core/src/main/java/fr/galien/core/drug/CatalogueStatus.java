package fr.galien.core.drug;

import java.time.OffsetDateTime;

/**
 * The state of the practice's catalogue.
 *
 * @param state         empty (never imported), loading (first start), ready
 * @param source        where the stored data comes from (a BDPM directory, the catalogue bundled with Galien)
 * @param importedAt    when it was stored, or null
 * @param medicines     medicines searchable (withdrawn ones included)
 * @param presentations presentations searchable
 */
public record CatalogueStatus(State state, String source, OffsetDateTime importedAt, int medicines,
                              int presentations) {

    public enum State { EMPTY, LOADING, READY }
}

package fr.galien.core.drug;

import fr.galien.core.security.Caller;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The practice's drug catalogue (ANSM BDPM): look-ups for prescriptions and dispensations, search as you type, the
 * generic group for substitution, and the import of a BDPM export. Look-ups and searches read an in-memory index
 * (no database query, no audit: reference data, not patient data); the first one after start builds it from the
 * tables (about a second), or — on a database that has never had a catalogue — stores the catalogue bundled with
 * Galien first ({@link CompactCatalogue#RESOURCE}).
 *
 * <p>Every look-up may throw {@code DRG-0011} while another thread is loading the catalogue for the first time
 * (call {@link #ensureLoaded()} from a background task to wait instead).
 */
public interface DrugCatalogue {

    /** The medicine with this CIS (8 digits), withdrawn ones included. */
    Optional<Medicine> byCis(String cis);

    /** The medicine one of whose boxes has this CIP13 (13 digits, 340…): what a scanned box gives. */
    Optional<Medicine> byCip13(String cip13);

    /** The medicine one of whose boxes has this former CIP7. */
    Optional<Medicine> byCip7(String cip7);

    /**
     * A CIS, CIP13, CIP7 or GTIN-14 ({@code 0} + CIP13) code.
     *
     * @throws fr.galien.core.error.SegurException {@code DRG-0009} not such a code
     */
    Optional<Medicine> byCode(String code);

    /**
     * Search as you type: by the beginning of the words of the name or of a substance (accents and case ignored),
     * or by a CIS / CIP13 / CIP7 code or its beginning. Commercialised medicines first, then those not
     * commercialised, then withdrawn ones; in each, names starting with the first word typed first, then by name.
     */
    List<Medicine> search(String text, int limit);

    /** The first generic group of the medicine and its members in the catalogue (princeps first). */
    Optional<GenericGroup> genericGroupOf(String cis);

    /** All the generic groups of the medicine (a few medicines belong to two). */
    List<GenericGroup> genericGroupsOf(String cis);

    /** Empty, loading or ready, and where the data comes from. Never blocks, never loads. */
    CatalogueStatus status();

    /**
     * Builds the in-memory index if not yet built: from the tables, or from the bundled catalogue on a database that
     * never had one. Blocks while another thread loads.
     */
    CatalogueStatus ensureLoaded();

    /**
     * Imports a BDPM export directory in one transaction: all or nothing; medicines and presentations updated in
     * place by CIS / CIP13; those no longer in the export marked withdrawn, never deleted. Needs
     * {@code SETTINGS_MANAGE}; audited ({@code IMPORT}).
     *
     * @throws fr.galien.core.error.SegurException {@code DRG-0001..0006} (see {@link BdpmDirectory#read}),
     *                                             {@code SEC-…} not allowed, {@code CORE-…} database
     */
    ImportReport importDirectory(Caller caller, Path directory);
}

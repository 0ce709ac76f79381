package fr.galien.sandbox.insi;

/**
 * A former matricule of an identity, answered as {@code INSHISTO} (specs §2.1: e.g. NIA → NIR, or a corrected NIR).
 *
 * @param matricule 13 characters
 * @param key       2 digits, as INSi holds it (not necessarily the computed one: see HERMANN)
 * @param nia       the matricule was a NIA (OID 1.2.250.1.213.1.4.9) rather than a NIR
 * @param startDate {@code DateDeb} (YYYY-MM-DD) or null
 * @param endDate   {@code DateFin} (YYYY-MM-DD) or null
 */
public record HistoricIns(String matricule, String key, boolean nia, String startDate, String endDate) {

    static HistoricIns nir(String matricule, String key) {
        return new HistoricIns(matricule, key, false, null, null);
    }
}

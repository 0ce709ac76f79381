package fr.galien.core.drug;

import java.time.Duration;

/**
 * What an import did.
 *
 * @param source                 where the data came from
 * @param medicines              medicines in the imported data
 * @param presentations          presentations in the imported data
 * @param medicinesAdded         new CIS
 * @param medicinesUpdated       CIS already known, updated in place
 * @param medicinesWithdrawn     CIS known before and absent now: marked withdrawn, never deleted
 * @param presentationsAdded     new CIP13
 * @param presentationsUpdated   CIP13 already known, updated in place
 * @param presentationsWithdrawn CIP13 known before and absent now: marked withdrawn
 * @param presentationsOrphan    presentations whose CIS is not in the medicines file (stored, not searchable)
 * @param genericGroups          distinct generic groups
 * @param readTime               reading and checking the files
 * @param storeTime              the one transaction that stores them
 * @param indexTime              building the in-memory search index
 */
public record ImportReport(String source, int medicines, int presentations, int medicinesAdded, int medicinesUpdated,
                           int medicinesWithdrawn, int presentationsAdded, int presentationsUpdated,
                           int presentationsWithdrawn, int presentationsOrphan, int genericGroups, Duration readTime,
                           Duration storeTime, Duration indexTime) {

    public Duration total() {
        return readTime.plus(storeTime).plus(indexTime);
    }
}

package fr.galien.core.ordonnance;

import java.time.Instant;
import java.util.UUID;

/**
 * An ordonnance printed and recorded in the register.
 *
 * @param vetNumber the running number of a vet ordonnance, 0 otherwise
 * @param pdf       the PDF/A-2b bytes
 */
public record IssuedOrdonnance(UUID id, UUID subjectId, Kind kind, long vetNumber, Instant issuedAt, String sha256,
                               byte[] pdf) {

    /** What kind of ordonnance it was. Names are stored. */
    public enum Kind { ELECTRONIC, PAPER, VET }
}

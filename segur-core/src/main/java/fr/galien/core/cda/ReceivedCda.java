package fr.galien.core.cda;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@link CdaReader} found in a clinical document received from outside (DMP, MSSanté, a file): the header
 * metadata needed to file it, and its human-readable part as plain structured text — never markup, never anything
 * to run. For a level-1 document, the embedded PDF.
 *
 * @param uniqueId       {@code id} ({@code root} or {@code root^extension})
 * @param setId          {@code setId}, same form; may be empty
 * @param version        {@code versionNumber}, 1 when absent
 * @param replacesId     the {@code relatedDocument/parentDocument/id} of a replacement, may be empty
 * @param type           the document's {@code code}, may be null when absent
 * @param effectiveTime  parsed {@code effectiveTime}, empty when absent or unreadable
 * @param patient        the patient as the header names them
 * @param author         the first author
 * @param sections       section titles and narrative text, in document order
 * @param pdf            the embedded PDF of a level-1 document, empty for a structured one
 */
public record ReceivedCda(String uniqueId, String setId, int version, String replacesId, CdaCode type, String title,
                          Optional<Instant> effectiveTime, Patient patient, Author author, List<CdaSection> sections,
                          Optional<byte[]> pdf) {

    public ReceivedCda {
        sections = List.copyOf(sections);
    }

    public boolean level1() {
        return pdf.isPresent();
    }

    /**
     * @param insMatricule the INS extension when the patient is identified under an INS OID, else empty
     * @param insOid       that OID, else empty
     * @param birthName    {@code family qualifier="BR"} (or the first family name)
     * @param firstNames   the given names of the birth certificate
     * @param birthDate    {@code birthTime} as written ({@code yyyyMMdd})
     */
    public record Patient(String insMatricule, String insOid, String birthName, String firstNames, String sex,
                          String birthDate) {
    }

    /** @param nationalId the author's national id (8 + RPPS…), may be empty */
    public record Author(String nationalId, String name, String specialty, String organization) {
    }
}

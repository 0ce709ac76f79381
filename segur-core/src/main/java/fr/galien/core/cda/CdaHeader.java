package fr.galien.core.cda;

import fr.galien.core.domain.PracticeMode;
import fr.galien.core.port.QualifiedIns;
import java.time.Instant;
import java.util.Objects;

/**
 * What every DMP document's header says beyond its kind (specs §1.7, StrucMin): the patient by qualified INS, the
 * author (also legal authenticator and performer: in a practice the one who writes is the one who signs), the
 * practice, when, and the place in the version chain.
 *
 * @param ins            the patient's INS; only {@code InsExchange} makes one, so the identity is qualified
 * @param usedName       nom utilisé when it differs from the birth name (RNIV), else null
 * @param usedFirstName  prénom utilisé when it differs from the first first name, else null
 * @param effectiveTime  when the document was made
 * @param serviceStart   when the documented act began (consultation, dispensation, vaccination)
 * @param mode           the practice's mode: a real practice may not send a test or demo INS OID
 */
public record CdaHeader(QualifiedIns ins, String usedName, String usedFirstName,
                        CdaProfessional author, CdaOrganization organization, Instant effectiveTime,
                        Instant serviceStart, PracticeMode mode, CdaVersion version) {

    public CdaHeader {
        Objects.requireNonNull(ins, "ins");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(effectiveTime, "effectiveTime");
        serviceStart = serviceStart == null ? effectiveTime : serviceStart;
        Objects.requireNonNull(mode, "mode");
        version = version == null ? CdaVersion.first() : version;
    }

    /**
     * The same, with the practice's local patient id, which the header does not carry (the practice has no OID of
     * its own for its patient ids): the form the DMP connector's first callers use.
     */
    public CdaHeader(QualifiedIns ins, String usedName, String usedFirstName, String localPatientId,
                     CdaProfessional author, CdaOrganization organization, Instant effectiveTime, Instant serviceStart,
                     PracticeMode mode, CdaVersion version) {
        this(ins, usedName, usedFirstName, author, organization, effectiveTime, serviceStart, mode, version);
    }

    /** The same header for another version. */
    public CdaHeader withVersion(CdaVersion newVersion) {
        return new CdaHeader(ins, usedName, usedFirstName, author, organization, effectiveTime,
                serviceStart, mode, newVersion);
    }
}

package fr.galien.core.cda;

import fr.galien.core.error.SegurException;
import fr.galien.core.document.DocumentIds;
import java.util.Objects;

/**
 * Where a document stands in its version chain (specs §1.7): its unique id, the id common to all its versions
 * ({@code setId}) and its version number. A replacement keeps the setId, takes version + 1 and names the document it
 * replaces ({@code relatedDocument typeCode="RPLC"}); the DMP then marks the older one as superseded.
 *
 * @param replacesId the unique id of the version this one replaces, null for a first version
 */
public record CdaVersion(String uniqueId, String setId, int version, String replacesId) {

    public CdaVersion {
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(setId, "setId");
        if (version < 1 || (version == 1) != (replacesId == null)) {
            throw new SegurException(CdaError.CDA_0008);
        }
    }

    /** A first version: new unique id and new setId. */
    public static CdaVersion first() {
        return new CdaVersion(newOid(), newOid(), 1, null);
    }

    /** The next version of the document {@code previousId} (its setId, its version). */
    public static CdaVersion replacing(String previousId, String setId, int previousVersion) {
        if (previousId == null || previousId.isBlank() || setId == null || setId.isBlank() || previousVersion < 1) {
            throw new SegurException(CdaError.CDA_0008);
        }
        return new CdaVersion(newOid(), setId, previousVersion + 1, previousId);
    }

    /** A new globally unique OID {@code 2.25.<UUID as an integer>}, the form every generated document id takes. */
    public static String newOid() {
        return DocumentIds.newOid();
    }
}

package fr.galien.core.identity;

import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.port.IdentityTraits;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a patient's identity history (REM 19–21): who changed what, when, how.
 *
 * @param role               the role name of who acted (a {@link fr.galien.core.security.Role} name)
 * @param method             how the INS in place was obtained, null when none
 * @param validationMode     the document checked (or the ApCV), null when none
 * @param matricule          the matricule after the change, null when none
 * @param keyVerified        whether that matricule's key verifies; null without matricule. INSi answers are never
 *                           refused on the key: false is a flag for the user (specs §2.4)
 * @param previousTraits     the strict traits before an INSi replacement or a correction, else null
 * @param detail             codes only (e.g. the verification outcome), never patient data
 */
public record IdentityHistoryEntry(long seq, OffsetDateTime at, String userId, String role, String workstationId,
                                   IdentityEvent event, IdentityStatus before, IdentityStatus after,
                                   IdentificationMethod method, IdentityDocument validationMode, String matricule,
                                   String oid, Boolean keyVerified, Set<IdentityAttribute> attributes,
                                   boolean traitsReplaced, IdentityTraits previousTraits, String detail) {

    public IdentityHistoryEntry {
        Objects.requireNonNull(event, "event");
        attributes = Set.copyOf(attributes);
    }
}

package fr.galien.core.patient.duplicates;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an active patient as duplicate detection reads it: the traits, the INS and nothing else (no
 * contact, so 100,000 of them stay small in memory).
 */
public record DuplicateCandidate(UUID id, String birthName, String usedName, List<String> firstNames, Sex sex,
                                 BirthDate birthDate, String birthPlaceCode, IdentityStatus identityStatus,
                                 String matricule, String oid) {

    public DuplicateCandidate {
        Objects.requireNonNull(id, "id");
        firstNames = firstNames == null ? List.of() : List.copyOf(firstNames);
        identityStatus = identityStatus == null ? IdentityStatus.PROVISOIRE : identityStatus;
    }

    public static DuplicateCandidate of(Patient patient) {
        return new DuplicateCandidate(patient.id(), patient.birthName(), patient.usedName(), patient.firstNames(),
                patient.sex(), patient.birthDate(), patient.birthPlaceCode(), patient.identityStatus(),
                patient.matricule(), patient.oid());
    }

    public String firstFirstName() {
        return firstNames.isEmpty() ? "" : firstNames.get(0);
    }

    /** True when the identity is qualified and carries its matricule: the only INS that proves who someone is. */
    public boolean qualified() {
        return identityStatus == IdentityStatus.QUALIFIEE && matricule != null;
    }

    /**
     * SHA-256 (hex) of the identity: traits, INS and status. A "not a duplicate" decision holds while both digests
     * stay the same; any change of identity shows the pair again. Fields are length-prefixed so no two identities
     * share a digest by moving text from one field to the next.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        append(text, birthName);
        append(text, usedName);
        append(text, String.join("\u001F", firstNames));
        append(text, sex == null ? null : sex.name());
        append(text, birthDate == null ? null : birthDate.toIso());
        append(text, birthPlaceCode);
        append(text, identityStatus.code());
        append(text, matricule);
        append(text, oid);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static void append(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }
}

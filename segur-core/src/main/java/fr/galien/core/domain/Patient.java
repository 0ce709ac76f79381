package fr.galien.core.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import java.util.UUID;

/**
 * A human patient.
 *
 * @param birthName      nom de naissance (strict trait)
 * @param usedName       nom utilisé, may be null
 * @param firstNames     prénoms de naissance in civil-status order; the first is the "premier prénom"
 * @param birthPlaceCode COG code of the birth commune, or 99 + country code for people born abroad; may be null
 * @param matricule      INS matricule (15 characters: 13 + key), null until INSi fills it
 * @param oid            the OID INSi returned with the matricule (bare, e.g. 1.2.250.1.213.1.4.8), null until then
 * @param attributes     RNIV attributes (douteuse, fictive, homonyme); empty for most patients
 * @param version        optimistic-locking version; 0 for a patient not yet saved
 */
public record Patient(
        UUID id,
        String birthName,
        String usedName,
        List<String> firstNames,
        Sex sex,
        BirthDate birthDate,
        String birthPlaceCode,
        Contact contact,
        IdentityStatus identityStatus,
        String matricule,
        String oid,
        Set<IdentityAttribute> attributes,
        boolean archived,
        long version) {

    public Patient {
        Objects.requireNonNull(id, "id");
        firstNames = firstNames == null ? List.of() : List.copyOf(firstNames);
        contact = contact == null ? Contact.NONE : contact;
        identityStatus = identityStatus == null ? IdentityStatus.PROVISOIRE : identityStatus;
        attributes = attributes == null || attributes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(attributes));
    }

    /** A new, unsaved patient with a provisional identity. */
    public static Patient draft(String birthName, String usedName, List<String> firstNames, Sex sex,
                                BirthDate birthDate, String birthPlaceCode, Contact contact) {
        return new Patient(UUID.randomUUID(), birthName, usedName, firstNames, sex, birthDate, birthPlaceCode,
                contact, IdentityStatus.PROVISOIRE, null, null, Set.of(), false, 0);
    }

    public String firstFirstName() {
        return firstNames.isEmpty() ? "" : firstNames.get(0);
    }

    /** Name as shown in lists: used name when it differs, then birth name, then first names. */
    public String displayName() {
        String names = String.join(" ", firstNames);
        if (usedName != null && !usedName.isBlank() && !usedName.equalsIgnoreCase(birthName)) {
            // « née » / « né » by sex; without a known sex, the plain « nom de naissance ».
            String born = sex == Sex.F ? "née " : sex == Sex.M ? "né " : "nom de naissance ";
            return usedName.toUpperCase(Locale.FRENCH) + " (" + born + birthName.toUpperCase(Locale.FRENCH) + ") "
                    + names;
        }
        return (birthName == null ? "" : birthName.toUpperCase(Locale.FRENCH)) + " " + names;
    }

    public Patient withVersion(long newVersion) {
        return new Patient(id, birthName, usedName, firstNames, sex, birthDate, birthPlaceCode, contact,
                identityStatus, matricule, oid, attributes, archived, newVersion);
    }

    public Patient withArchived(boolean value) {
        return new Patient(id, birthName, usedName, firstNames, sex, birthDate, birthPlaceCode, contact,
                identityStatus, matricule, oid, attributes, value, version);
    }
}

package fr.galien.sandbox.insi;

import java.util.List;
import java.util.Optional;

/**
 * A person the INSi simulator knows: CNDA test identities of the qualification platform (specs §2.4) and invented
 * ones, never a real person.
 *
 * @param id          stable id for tests, the ApCV test codes and the docs (e.g. {@code ADRUN_ZOE})
 * @param birthName   {@code NomNaissance}, upper case without diacritics as INSi answers it
 * @param firstNames  birth first names in order ({@code ListePrenom} once joined by spaces)
 * @param sex         M or F
 * @param birthDate   YYYY-MM-DD (INSi « DateLunaire »: 00 day or month allowed)
 * @param birthPlace  COG of the birthplace (99xxx for a country)
 * @param matricule   active matricule, 13 characters
 * @param key         its key as INSi holds it (2 digits)
 * @param nia         the active matricule is a NIA (OID .4.9), not a NIR
 * @param history     former matricules ({@code INSHISTO}), oldest first
 * @param card        the carte Vitale data, if the person has one
 * @param deathDate   YYYY-MM-DD when the person is dead (never on the wire: see docs/sandbox.md), else null
 * @param purpose     what the identity is for, in French
 */
public record TestIdentity(String id, String birthName, List<String> firstNames, String sex, String birthDate,
        String birthPlace, String matricule, String key, boolean nia, List<HistoricIns> history, VitaleCard card,
        String deathDate, String purpose) {

    public TestIdentity {
        firstNames = List.copyOf(firstNames);
        history = List.copyOf(history);
        if (firstNames.isEmpty()) {
            throw new IllegalArgumentException(id + ": at least one first name");
        }
    }

    /** Matricule and key, 15 characters. */
    public String matricule15() {
        return matricule + key;
    }

    /** The first birth first name. */
    public String firstName() {
        return firstNames.get(0);
    }

    /** {@code ListePrenom}: every birth first name, separated by one space. */
    public String firstNamesList() {
        return String.join(" ", firstNames);
    }

    public Optional<VitaleCard> vitaleCard() {
        return Optional.ofNullable(card);
    }

    public boolean deceased() {
        return deathDate != null;
    }
}

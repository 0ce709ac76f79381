package fr.galien.sandbox.insi;

import java.util.List;

/**
 * Matches queries against the {@link TestIdentities} as INSi does (specs §2.1, §2.4):
 * <ul>
 *   <li>by traits: exact birth name, sex and birth date after normalisation; the given first name(s) must be the
 *       first birth first name or the whole list (TCHITCHI: OLA ⇒ none, CATARINA ⇒ found); a birthplace, when
 *       given, narrows;</li>
 *   <li>with Vitale: the individual matricule (13 + key) and birth date, or else the opening-rights matricule,
 *       birth date and rank, as a child on a parent's card is found.</li>
 * </ul>
 * Zero matches answer CR 01, one CR 00, several CR 02.
 */
final class IdentityBase {

    private final List<TestIdentity> identities;

    IdentityBase(List<TestIdentity> identities) {
        this.identities = List.copyOf(identities);
    }

    List<TestIdentity> search(TraitsQuery query) {
        String given = String.join(" ", query.firstNames());
        return identities.stream()
                .filter(identity -> identity.birthName().equals(query.birthName()))
                .filter(identity -> identity.sex().equals(query.sex()))
                .filter(identity -> identity.birthDate().equals(query.birthDate()))
                .filter(identity -> given.equals(identity.firstName()) || given.equals(identity.firstNamesList()))
                .filter(identity -> query.birthPlace() == null || query.birthPlace().equals(identity.birthPlace()))
                .toList();
    }

    List<TestIdentity> search(VitaleQuery query) {
        if (query.individual() != null) {
            return identities.stream()
                    .filter(identity -> identity.matricule15().equals(query.individual()))
                    .filter(identity -> identity.birthDate().equals(query.birthDate()))
                    .toList();
        }
        return identities.stream()
                .filter(identity -> identity.vitaleCard().isPresent())
                .filter(identity -> identity.card().openingRightsMatricule().equals(query.openingRights()))
                .filter(identity -> identity.birthDate().equals(query.birthDate()))
                .filter(identity -> identity.card().birthRank().equals(query.birthRank()))
                .toList();
    }
}

package fr.galien.sandbox.apcv;

import fr.galien.sandbox.insi.TestIdentity;
import fr.galien.sandbox.insi.VitaleCard;
import java.util.List;

/**
 * The beneficiary as the ApCV sandbox contract sends it (HELPERS.md « ApCV sandbox wire contract », our own design:
 * the real ApCV goes through SESAM-Vitale and is not public, specs §6). Field names are the JSON names. Built from
 * the INSi simulator's identities, so the NIRs agree with what INSi answers.
 *
 * @param matriculeIndividu    15 characters, or null for a child on a parent's card
 * @param matriculeOuvrantDroit 15 characters
 * @param nomUsuel             null when the card shows the birth name
 * @param dateNaissance        YYYY-MM-DD, 00 day or month allowed
 * @param lieuNaissance        COG, or null
 */
public record ApCvBeneficiary(String matriculeIndividu, String matriculeOuvrantDroit, String nomNaissance,
        String nomUsuel, List<String> prenoms, String sexe, String dateNaissance, String lieuNaissance,
        String rangNaissance) {

    public ApCvBeneficiary {
        prenoms = List.copyOf(prenoms);
    }

    /** The card data of an INSi test identity that has a carte Vitale. */
    public static ApCvBeneficiary of(TestIdentity identity) {
        VitaleCard card = identity.vitaleCard().orElseThrow(() -> new IllegalArgumentException(identity.id()
                + " has no carte Vitale"));
        return new ApCvBeneficiary(card.individualMatricule(), card.openingRightsMatricule(), identity.birthName(),
                card.usageName(), identity.firstNames(), identity.sex(), identity.birthDate(), identity.birthPlace(),
                card.birthRank());
    }
}

package fr.galien.sandbox.insi;

/**
 * What the beneficiary's carte Vitale (or appli carte Vitale) carries for the INSi « with Vitale » search
 * ({@code RECVITALE}, specs §2.1).
 *
 * @param individualMatricule 15 characters (13 + key), or null when the card does not carry the beneficiary's own
 *                            number (a child on a parent's card)
 * @param openingRightsMatricule the « ouvrant droit » (insured person) number, 15 characters
 * @param birthRank           {@code RangNaissance}: "1", or 2, 3 … for twins
 * @param usageName           the name printed on the card when it is not the birth name, or null
 */
public record VitaleCard(String individualMatricule, String openingRightsMatricule, String birthRank,
        String usageName) {

    /** A card in the beneficiary's own name: individual and opening-rights numbers are theirs, rank 1. */
    static VitaleCard own(String matricule15) {
        return new VitaleCard(matricule15, matricule15, "1", null);
    }
}

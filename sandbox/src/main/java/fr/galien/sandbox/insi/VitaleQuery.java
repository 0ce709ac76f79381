package fr.galien.sandbox.insi;

/**
 * A search « with Vitale » ({@code RECVITALE}) once checked.
 *
 * @param individual     MatriculeIndividu, 15 characters in upper case, or null
 * @param openingRights  MatriculeOD, 15 characters in upper case, or null
 * @param birthName      normalised, or null (not used to match: a card may show a usage name)
 * @param birthRank      RangNaissance, or null
 */
record VitaleQuery(String individual, String openingRights, String birthName, String birthDate, String birthRank) {
}

package fr.galien.sandbox.insi;

import java.util.List;

/**
 * A search by traits ({@code RECSANSVITALE}) once checked and normalised ({@link InsiText#normalise}).
 *
 * @param birthName  normalised
 * @param firstNames normalised, as sent (usually one)
 * @param birthPlace COG in upper case, or null
 */
record TraitsQuery(String birthName, List<String> firstNames, String sex, String birthDate, String birthPlace) {

    TraitsQuery {
        firstNames = List.copyOf(firstNames);
    }
}

package fr.galien.core.ordonnance;

import java.util.List;
import java.util.Objects;

/**
 * The practice as printed at the top of an ordonnance.
 *
 * @param name         « Cabinet médical des Tilleuls »
 * @param addressLines street, then postal code and city
 * @param phone        may be null
 * @param email        may be null
 * @param finess       FINESS, may be null (a liberal cabinet often has none)
 * @param city         the city for « Fait à …, le … », may be null
 */
public record PracticeHeader(String name, List<String> addressLines, String phone, String email, String finess,
                             String city) {

    public PracticeHeader {
        Objects.requireNonNull(name, "name");
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}

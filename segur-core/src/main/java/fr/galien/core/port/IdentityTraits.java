package fr.galien.core.port;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import java.util.List;

/** The five INS reference traits (specs §2.1 TIQ): what INSi searches by and returns. */
public record IdentityTraits(String birthName, List<String> firstNames, Sex sex, BirthDate birthDate,
                             String birthPlaceCode) {

    public IdentityTraits {
        firstNames = List.copyOf(firstNames);
    }
}

package fr.galien.core.vet;

import fr.galien.core.domain.Animal;
import fr.galien.core.domain.Owner;
import fr.galien.core.search.SearchTokens;
import fr.galien.core.search.SearchTokens.QueryToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a household is found by: {@link SearchTokens}' name tokens of the owner's names and of every active
 * animal's name and tattoo, plus {@code i} + the 15 digits of each transponder (an exact token, so a 15-digit query
 * word finds exactly that chip; its first digits alone find nothing, as 250… starts every French chip).
 */
final class VetSearchTokens {

    private static final String TRANSPONDER_PREFIX = "i";

    private VetSearchTokens() {
    }

    static Set<String> of(Owner owner, List<Animal> animals) {
        Set<String> tokens = new LinkedHashSet<>(SearchTokens.ofNames(owner.lastName(), owner.firstName()));
        for (Animal animal : animals) {
            if (animal.archived()) {
                continue;
            }
            tokens.addAll(SearchTokens.ofNames(animal.name()));
            String identification = animal.identificationNumber();
            if (AnimalValidator.isTransponder(identification)) {
                tokens.add(TRANSPONDER_PREFIX + identification);
            } else if (identification != null) {
                tokens.addAll(SearchTokens.ofNames(identification));
            }
        }
        return tokens;
    }

    /** The query's tokens, most selective first (exact transponders, then longer prefixes). */
    static List<QueryToken> ofQuery(String query) {
        if (query == null) {
            return List.of();
        }
        Set<QueryToken> tokens = new LinkedHashSet<>();
        for (String word : query.strip().split("\\s+")) {
            if (AnimalValidator.isTransponder(word)) {
                tokens.add(new QueryToken(TRANSPONDER_PREFIX + word, true));
            } else {
                tokens.addAll(SearchTokens.ofQuery(word));
            }
        }
        List<QueryToken> sorted = new ArrayList<>(tokens);
        sorted.sort(Comparator.comparing(QueryToken::exact).reversed()
                .thenComparing(Comparator.comparingInt((QueryToken token) -> token.value().length()).reversed()));
        return List.copyOf(sorted);
    }
}

package fr.galien.sandbox.psc;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Authentication context classes. RPs ask {@code acr_values=eidas1}; captured PSC tokens carry {@code eidas3}
 * (specs §5.4), so both are accepted and the tokens say {@code eidas3} (an e-CPS login is « substantiel » or more).
 */
final class Acr {

    static final List<String> SUPPORTED = List.of("eidas1", "eidas3");
    static final String RETURNED = "eidas3";
    private static final Set<String> KNOWN = Set.copyOf(SUPPORTED);

    private Acr() {
    }

    static void check(Optional<String> requested) {
        requested.ifPresent(values -> {
            for (String value : values.trim().split(" +")) {
                if (!KNOWN.contains(value)) {
                    throw OAuthException.invalidRequest("Niveau d'authentification « " + value
                            + " » non pris en charge (acceptés : eidas1, eidas3).");
                }
            }
        });
    }

    /** The scope must contain openid (an OpenID Connect request); the others are echoed back as asked. */
    static String checkScope(String scope) {
        String normalised = scope.trim().replaceAll(" +", " ");
        if (!List.of(normalised.split(" ")).contains("openid")) {
            throw OAuthException.badRequest("invalid_scope", "La portée doit contenir « openid ».");
        }
        return normalised;
    }
}

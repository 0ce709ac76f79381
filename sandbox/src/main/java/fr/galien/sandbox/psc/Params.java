package fr.galien.sandbox.psc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parameters of a query string or form body (application/x-www-form-urlencoded). */
final class Params {

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    static Params parse(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new Params(values);
    }

    /** The value, absent when missing or empty; repeated parameters are refused (RFC 6749 §3.1, §3.2). */
    Optional<String> optional(String name) {
        List<String> found = values.get(name);
        if (found == null) {
            return Optional.empty();
        }
        if (found.size() > 1) {
            throw OAuthException.invalidRequest("Le paramètre « " + name + " » est répété.");
        }
        return found.get(0).isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    String required(String name) {
        return optional(name).orElseThrow(
                () -> OAuthException.invalidRequest("Le paramètre obligatoire « " + name + " » est absent."));
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Map<String, List<String>> asMap() {
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("Encodage de paramètre invalide.");
        }
    }
}

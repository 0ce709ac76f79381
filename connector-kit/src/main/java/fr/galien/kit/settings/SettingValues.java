package fr.galien.kit.settings;

import fr.galien.core.error.ErrorCode;
import fr.galien.core.error.SegurException;
import fr.galien.core.spi.ConfigKey;
import fr.galien.kit.KitError;
import fr.galien.kit.http.EndpointRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Reads one module's settings map (keys without the module prefix) against its declared keys, as typed values:
 * text, endpoint {@link URI}, {@link Duration} in milliseconds, bounded int, {@link Path}. Each failure is reported
 * with the module's "invalid setting" code — {@code KIT-0001} unless the module has its own — naming the full key
 * ({@code ins.timeout-ms}) and a French reason. Blank values fall back to the declared default.
 */
public final class SettingValues {

    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

    private final String moduleId;
    private final Map<String, String> given;
    private final List<ConfigKey> declared;
    private final ErrorCode invalid;

    public SettingValues(String moduleId, Map<String, String> given, List<ConfigKey> declared) {
        this(moduleId, given, declared, KitError.KIT_0001);
    }

    /** @param invalid the module's own "invalid setting" code, formatted with the full key and a French reason */
    public SettingValues(String moduleId, Map<String, String> given, List<ConfigKey> declared, ErrorCode invalid) {
        this.moduleId = moduleId;
        this.given = given;
        this.declared = declared;
        this.invalid = invalid;
    }

    /** The given value, else the declared default; null when both are blank. */
    public String text(String key) {
        String value = given.get(key);
        if (value == null || value.isBlank()) {
            value = declared.stream().filter(k -> k.name().equals(key)).map(ConfigKey::defaultValue)
                    .findFirst().orElse(null);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String required(String key) {
        String value = text(key);
        if (value == null) {
            throw invalid(key, "valeur absente");
        }
        return value;
    }

    /** Null when blank (service not configured); otherwise an endpoint that {@link EndpointRules} accepts. */
    public URI endpoint(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(key, "adresse mal formée");
        }
        String problem = EndpointRules.problem(uri);
        if (problem != null) {
            throw invalid(key, problem);
        }
        return uri;
    }

    public Duration millis(String key) {
        String value = required(key);
        try {
            Duration duration = Duration.ofMillis(Long.parseLong(value));
            if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_TIMEOUT) > 0) {
                throw invalid(key, "entre 1 et " + MAX_TIMEOUT.toMillis() + " ms");
            }
            return duration;
        } catch (NumberFormatException e) {
            throw invalid(key, "nombre de millisecondes attendu");
        }
    }

    public Path path(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw invalid(key, "chemin de fichier invalide");
        }
    }

    /** A whole number within {@code [min, max]} (a page size, a retry count, a body cap). */
    public int integer(String key, int min, int max) {
        String value = required(key);
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw invalid(key, "entre " + min + " et " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid(key, "nombre entier attendu");
        }
    }

    private SegurException invalid(String key, String reason) {
        return new SegurException(invalid, moduleId + "." + key, reason);
    }
}

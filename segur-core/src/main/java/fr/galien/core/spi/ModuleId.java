package fr.galien.core.spi;

import fr.galien.core.error.SegurException;
import java.util.regex.Pattern;

/**
 * The one rule for module ids: they name settings ({@code <id>.<key>}), the Flyway history table
 * ({@code flyway_history_<id>}) and outbox rows, so they must be valid in all three — lowercase letters and digits
 * only (no {@code -}, no {@code _}: a SQL identifier and a settings prefix both stay unambiguous).
 */
public final class ModuleId {

    public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9]{1,30}");

    private ModuleId() {
    }

    /** @return {@code id} when valid; {@code MOD-0001} otherwise */
    public static String check(String id) {
        if (id == null || !PATTERN.matcher(id).matches()) {
            throw new SegurException(ModuleError.MOD_0001, String.valueOf(id));
        }
        return id;
    }
}

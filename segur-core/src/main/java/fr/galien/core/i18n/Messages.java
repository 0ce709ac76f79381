package fr.galien.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Formats French messages from typed keys. Placeholders follow {@link MessageFormat} ({@code {0}}, {@code {1}}). */
public final class Messages {

    private static final ResourceBundle.Control BASE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String format(MessageKey key, Object... args) {
        String pattern = pattern(key);
        if (args == null || args.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, Locale.FRENCH).format(args);
    }

    /** The raw pattern; throws {@link MissingResourceException} when a key has no text (a test checks none does). */
    public static String pattern(MessageKey key) {
        return ResourceBundle.getBundle(key.bundle(), Locale.ROOT, Messages.class.getClassLoader(), BASE_ONLY)
                .getString(key.key());
    }

    public static boolean exists(MessageKey key) {
        try {
            pattern(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}

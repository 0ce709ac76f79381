package fr.galien.core.storage;

import java.util.Locale;

/** Byte counts as a French user reads them: {@code 12,5 Mo}, {@code 3,1 Go}, {@code 800 Ko}. */
public final class Sizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private Sizes() {
    }

    public static String describe(long bytes) {
        if (bytes < 0) {
            return "inconnu";
        }
        if (bytes >= GB) {
            return one(bytes / (double) GB) + " Go";
        }
        if (bytes >= MB) {
            return one(bytes / (double) MB) + " Mo";
        }
        if (bytes >= KB) {
            return (bytes / KB) + " Ko";
        }
        return bytes + " octets";
    }

    private static String one(double value) {
        return String.format(Locale.FRANCE, "%.1f", value);
    }
}

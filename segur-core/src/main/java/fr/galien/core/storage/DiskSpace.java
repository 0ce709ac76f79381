package fr.galien.core.storage;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a full disk behind the many shapes it takes (an {@link IOException} from the JDK, H2's {@code 90028} /
 * {@code 90031} / {@code HY000} wrapping one, or a "No space left on device" text), and measures free space.
 */
public final class DiskSpace {

    /** What a database write needs at least to go through, when we cannot tell more precisely. */
    public static final long MINIMUM_FREE_BYTES = 64L * 1024 * 1024;

    private DiskSpace() {
    }

    /** True when {@code failure} or one of its causes says the disk (or the user's quota) is full. */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (mentionsFullDisk(t.getMessage())) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    if (mentionsFullDisk(next.getMessage())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean mentionsFullDisk(String message) {
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        return text.contains("no space left on device") // Linux, macOS (ENOSPC)
                || text.contains("not enough space on the disk") // Windows ERROR_DISK_FULL
                || text.contains("disk quota exceeded"); // EDQUOT
    }

    /**
     * {@code CORE-0009} for {@code directory}: how much is free and how much to free, at least
     * {@link #MINIMUM_FREE_BYTES} or {@code neededHint} when the operation knows better (a compaction: the file size).
     */
    public static SegurException full(Path directory, long neededHint, Throwable cause) {
        long free = Math.max(usable(directory), 0);
        long needed = Math.max(MINIMUM_FREE_BYTES, neededHint);
        return new SegurException(CoreError.CORE_0009, cause, directory, Sizes.describe(free),
                Sizes.describe(Math.max(needed - free, MINIMUM_FREE_BYTES / 4)));
    }

    /** Free bytes usable by this user where {@code path} (or its nearest existing parent) lives; -1 if unknown. */
    public static long usable(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return -1;
        }
        try {
            return Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}

package fr.galien.core.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 runs with {@code REUSE_SPACE=FALSE} (ADR 0003): every commit is appended, so a crash can never leave the newest
 * commit in a reused area that recovery misses. The file therefore grows while open (about 15 KB per commit) and is
 * rewritten compactly ({@code SHUTDOWN COMPACT}) at a clean close, but only when it has grown enough since the last
 * compaction to be worth the seconds it takes — short CLI commands usually skip it.
 */
final class H2Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);
    static final String MARKER = "galien.compacted-size";
    /** Compact when the file is this much larger than after the last compaction… */
    static final long GROWTH_BYTES = 32L * 1024 * 1024;
    /** …or more than this many times as large. */
    static final long GROWTH_FACTOR = 2;

    private H2Compaction() {
    }

    static void compactIfGrown(Runnable shutdownCompact, Path h2File) {
        Path marker = h2File.resolveSibling(MARKER);
        try {
            if (!Files.exists(h2File)) {
                return;
            }
            long size = Files.size(h2File);
            long last = readLong(marker);
            if (last > 0 && size < last + GROWTH_BYTES && size < last * GROWTH_FACTOR) {
                return;
            }
            if (last == 0 && size < GROWTH_BYTES) {
                Files.writeString(marker, Long.toString(size), StandardCharsets.US_ASCII);
                return;
            }
            long start = System.nanoTime();
            shutdownCompact.run();
            long after = Files.size(h2File);
            Files.writeString(marker, Long.toString(after), StandardCharsets.US_ASCII);
            LOG.info("H2 file compacted from {} KB to {} KB in {} ms", size / 1024, after / 1024,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            LOG.warn("H2 compaction check skipped: {}", e.getClass().getSimpleName());
        }
    }

    /** After a compaction done elsewhere (crash recovery): the size the next growth is measured from. */
    static void recordCompactedSize(Path h2File, long size) {
        try {
            Files.writeString(h2File.resolveSibling(MARKER), Long.toString(size), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.warn("Compaction marker not written: {}", e.getClass().getSimpleName());
        }
    }

    /** The size recorded after the last compaction; 0 when none was recorded or it cannot be read. */
    static long lastCompactedSize(Path h2File) {
        try {
            return readLong(h2File.resolveSibling(MARKER));
        } catch (IOException e) {
            return 0;
        }
    }

    private static long readLong(Path marker) throws IOException {
        if (!Files.exists(marker)) {
            return 0;
        }
        try {
            return Long.parseLong(Files.readString(marker, StandardCharsets.US_ASCII).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

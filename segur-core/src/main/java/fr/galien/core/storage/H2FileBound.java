package fr.galien.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bound the H2 file keeps while open (issue 9 deliverable 8, ADR 0003): at most twice its size after the last
 * compaction, or that size plus {@link #FLOOR} when that is more — so about twice the live data plus 64 MB. With
 * {@code REUSE_SPACE=FALSE} every commit appends (about 15 KB); past the bound the database compacts itself online.
 * One {@code stat} per committing transaction.
 */
final class H2FileBound {

    /** Growth always allowed before compacting: small files are not rewritten every few hundred commits. */
    static final long FLOOR = 64L * 1024 * 1024;
    /** Tests and benchmarks lower the floor to see compactions without writing 64 MB. */
    static final String FLOOR_PROPERTY = "galien.h2.compactionFloorBytes";

    private final Path file;
    private final long floor;
    private volatile long baseline;

    H2FileBound(Path file) {
        this.file = file;
        this.floor = Math.max(1, Long.getLong(FLOOR_PROPERTY, FLOOR));
        long recorded = H2Compaction.lastCompactedSize(file);
        this.baseline = recorded > 0 ? recorded : size();
    }

    /** The largest size allowed before an online compaction. */
    long limit() {
        return baseline + Math.max(baseline, floor);
    }

    boolean outgrown() {
        return size() > limit();
    }

    /** Records the size just after a compaction; returns it. */
    long compacted() {
        long size = size();
        baseline = size;
        H2Compaction.recordCompactedSize(file, size);
        return size;
    }

    long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}

package fr.galien.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CompactionTest {

    @TempDir
    Path dir;

    private Path fileOfSize(long bytes) throws IOException {
        Path file = dir.resolve("galien.mv.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
        }
        return file;
    }

    @Test
    void aSmallNewFileIsRecordedNotCompacted() throws IOException {
        AtomicInteger compactions = new AtomicInteger();
        Path file = fileOfSize(1024 * 1024);

        H2Compaction.compactIfGrown(compactions::incrementAndGet, file);

        assertThat(compactions).hasValue(0);
        assertThat(Files.readString(dir.resolve("galien.compacted-size"))).isEqualTo("1048576");
    }

    @Test
    void aFileThatGrewPastTheThresholdIsCompactedOnce() throws IOException {
        AtomicInteger compactions = new AtomicInteger();
        Path file = fileOfSize(1024 * 1024);
        H2Compaction.compactIfGrown(compactions::incrementAndGet, file);
        fileOfSize(1024 * 1024 + H2Compaction.GROWTH_BYTES);

        H2Compaction.compactIfGrown(compactions::incrementAndGet, file);

        assertThat(compactions).hasValue(1);
    }

    @Test
    void aFileThatGrewALittleIsLeftAlone() throws IOException {
        AtomicInteger compactions = new AtomicInteger();
        Path file = fileOfSize(40L * 1024 * 1024);
        Files.writeString(dir.resolve("galien.compacted-size"), Long.toString(40L * 1024 * 1024));
        fileOfSize(41L * 1024 * 1024);

        H2Compaction.compactIfGrown(compactions::incrementAndGet, file);

        assertThat(compactions).hasValue(0);
    }
}

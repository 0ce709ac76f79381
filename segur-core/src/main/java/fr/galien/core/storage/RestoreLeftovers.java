package fr.galien.core.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working files of a restore, kept inside the data directory (same file system, so the final swap is an atomic
 * rename). A restore removes them on every path; one killed half-way (power cut, {@code kill -9}) leaves them
 * behind, and they are removed by the next process that takes the data-directory lock — never read, never blocking.
 */
public final class RestoreLeftovers {

    /** Prefix of the working directory of a restore in progress. */
    public static final String WORK_DIRECTORY_PREFIX = ".galien-restauration-";
    /** Prefix of the temporary zip of a backup being encrypted (ADR 0033). */
    public static final String BACKUP_WORK_PREFIX = ".galien-sauvegarde-";
    /** The single working file earlier versions extracted next to the database. */
    static final String LEGACY_WORK_FILE = DatabaseSettings.H2_DATABASE_NAME + ".mv.db.restauration";

    private static final Logger LOG = LoggerFactory.getLogger(RestoreLeftovers.class);

    private RestoreLeftovers() {
    }

    /**
     * Removes what an interrupted restore left in {@code dataDirectory}. Call only while holding its lock. Failures
     * are logged, never thrown: a leftover must not stop the practice from working.
     *
     * @return the number of leftovers removed
     */
    public static int removeAll(Path dataDirectory) {
        int removed = 0;
        if (!Files.isDirectory(dataDirectory)) {
            return 0;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dataDirectory,
                entry -> isLeftover(entry.getFileName().toString()))) {
            for (Path entry : entries) {
                deleteRecursively(entry);
                removed++;
            }
        } catch (IOException e) {
            LOG.warn("Could not remove restore leftovers in the data directory: {}", e.getClass().getSimpleName());
        }
        if (removed > 0) {
            LOG.info("Removed {} leftover(s) of an interrupted restore", removed);
        }
        return removed;
    }

    static boolean isLeftover(String name) {
        return name.startsWith(WORK_DIRECTORY_PREFIX) || name.equals(LEGACY_WORK_FILE)
                || name.startsWith(H2Encryption.WORK_DIRECTORY_PREFIX) || name.startsWith(BACKUP_WORK_PREFIX);
    }

    /** Deletes a file or a directory tree; missing is fine. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

package fr.galien.core.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files only their owner reads (issue 9, deliverable 6; ADR 0033): on POSIX systems, data files are {@code 0600}
 * and their folders {@code 0700}. Elsewhere (Windows), the user's profile folder already has owner-only ACLs and
 * these calls do nothing.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** Data directories hold files one level down (restore working folders): two levels cover them. */
    private static final int DEPTH = 2;
    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);

    private PrivateFiles() {
    }

    /** True where the file system knows POSIX permissions. */
    public static boolean posix(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }

    /** Attributes creating a file readable by its owner only, where POSIX applies; none elsewhere. */
    public static FileAttribute<?>[] fileAttributes(Path path) {
        return posix(path) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Creates {@code directory} and its missing parents; the last one (new or not) becomes owner-only. */
    public static void createDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            try {
                if (posix(directory)) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
                } else {
                    Files.createDirectories(directory);
                }
            } catch (FileAlreadyExistsException raced) {
                // another process made it meanwhile
            }
        }
        restrict(directory, DIRECTORY);
    }

    /**
     * Makes {@code directory} owner-only, with every file and folder under it (two levels, links not followed).
     * Failures are logged, never thrown: a file the user owns but cannot chmod (a network share) must not stop the
     * practice.
     */
    public static void restrictTree(Path directory) {
        if (!posix(directory) || !Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        restrictQuietly(directory, DIRECTORY);
        restrictChildren(directory, DEPTH);
    }

    private static void restrictChildren(Path directory, int depth) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (Files.isSymbolicLink(entry)) {
                    continue;
                }
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    restrictQuietly(entry, DIRECTORY);
                    if (depth > 1) {
                        restrictChildren(entry, depth - 1);
                    }
                } else {
                    restrictQuietly(entry, FILE);
                }
            }
        } catch (IOException e) {
            LOG.warn("Permissions of {} not restricted: {}", directory, e.getClass().getSimpleName());
        }
    }

    /** Owner-only file ({@code 0600}) where POSIX applies. */
    public static void restrictFile(Path file) throws IOException {
        restrict(file, FILE);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        if (!view.readAttributes().permissions().equals(permissions)) {
            view.setPermissions(permissions);
        }
    }

    private static void restrictQuietly(Path path, Set<PosixFilePermission> permissions) {
        try {
            restrict(path, permissions);
        } catch (IOException | SecurityException e) {
            LOG.warn("Permissions of {} not restricted: {}", path.getFileName(), e.getClass().getSimpleName());
        }
    }
}

package fr.galien.core.storage;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Galien process per data directory: {@code galien.lock} held with an OS file lock for the life of the
 * {@link Database}. The file's text names the holder (pid, OS user, host, since) so the refusal can say who to ask.
 *
 * <p>The OS releases the lock when the process dies, so a crash ({@code kill -9}, power cut) never blocks the next
 * start; a stale file with an old holder's text is simply overwritten.
 */
public final class DataDirectoryLock implements AutoCloseable {

    public static final String FILE_NAME = "galien.lock";

    /**
     * We lock one byte far beyond the text, not the text itself: Windows locks are mandatory, and a lock over the
     * text would stop the refused process from reading who holds it.
     */
    private static final long LOCK_POSITION = 1L << 40;

    /**
     * Directories locked by this JVM. Checked before opening a second channel: on POSIX, closing ANY descriptor of a
     * file drops every lock the process holds on it, so a refused second open must not even open the file.
     */
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean uncleanStop;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock, boolean uncleanStop) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
        this.uncleanStop = uncleanStop;
    }

    /**
     * Takes the lock of {@code directory} (created if absent).
     *
     * @throws SegurException {@code CORE-0004} naming the holder when another process or this one holds it;
     *                        {@code CORE-0009} disk full, {@code CORE-0010} not a directory, {@code CORE-0011} not
     *                        writable, {@code CORE-0012} another I/O failure
     */
    public static DataDirectoryLock acquire(Path directory) {
        Path key = directory.toAbsolutePath().normalize();
        Path file = key.resolve(FILE_NAME);
        if (!HELD_IN_THIS_JVM.add(key)) {
            throw new SegurException(CoreError.CORE_0004, key, holderOf(file));
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(key);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                HELD_IN_THIS_JVM.remove(key);
                throw new SegurException(CoreError.CORE_0004, key, holderOf(file));
            }
            // A clean release empties the file: text left in it means its last holder died holding it.
            boolean uncleanStop = channel.size() > 0;
            writeHolder(channel);
            return new DataDirectoryLock(key, channel, lock, uncleanStop);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(key);
            throw unusable(key, e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** What is wrong with the directory, each cause its own code (issue 9). */
    static SegurException unusable(Path directory, IOException e) {
        if (DiskSpace.isDiskFull(e)) {
            return DiskSpace.full(directory, 0, e);
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException
                || (Files.exists(directory) && !Files.isDirectory(directory))) {
            return new SegurException(CoreError.CORE_0010, e, directory);
        }
        if (e instanceof java.nio.file.AccessDeniedException
                || (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                        && fs.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only"))) {
            return new SegurException(CoreError.CORE_0011, e, directory, System.getProperty("user.name", "?"));
        }
        return new SegurException(CoreError.CORE_0012, e, directory, e.getClass().getSimpleName());
    }

    /**
     * True when the previous holder did not release the lock (killed, crashed, power cut): the database may hold a
     * transaction whose commit H2 has yet to finish (ADR 0003, crash recovery before anything reads).
     */
    public boolean previousHolderStoppedUncleanly() {
        return uncleanStop;
    }

    /** Who this process says it is, as written into the lock file. */
    static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "hôte inconnu";
        }
        String since = OffsetDateTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return "processus " + ProcessHandle.current().pid() + ", utilisateur " + System.getProperty("user.name", "?")
                + ", poste " + host + ", depuis " + since;
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    private static String holderOf(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "détenteur inconnu" : text;
        } catch (IOException e) {
            return "détenteur inconnu";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** Releases the lock; the file stays, emptied: the next holder knows the stop was clean. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            channel.force(true);
        } catch (IOException ignored) {
            // the next holder then runs the crash recovery once more: slower, never wrong
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        }
        closeQuietly(channel);
        HELD_IN_THIS_JVM.remove(directory);
    }
}

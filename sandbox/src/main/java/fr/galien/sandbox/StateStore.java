package fr.galien.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One value a simulator keeps, as JSON in {@code <its state folder>/<name>.json} (or in memory, see
 * {@link SimulatorState#inMemory()}), shared by every process that opens the same folder: a prescription made by the
 * demo cabinet's process is seen by the demo pharmacy's.
 *
 * <ul>
 *   <li>{@link #read()} reads the file each time (parsing it again only when its bytes changed), so another
 *       process's writes are seen at once;</li>
 *   <li>{@link #update} holds a lock (a lock file for other processes, a lock per file inside this JVM), reads the
 *       current value <em>under the lock</em>, applies the change and writes the result atomically (temporary file
 *       in the same folder, then a move): a reader never sees half a file, two writers never lose each other's
 *       change;</li>
 *   <li>a file that cannot be read as the expected JSON, or larger than the store's limit, is moved aside to
 *       {@code <name>.json.corrupt} (replacing an older one, so they never pile up) with a warning in the log, and
 *       the store starts again from its empty value;</li>
 *   <li>a value whose JSON would exceed the limit is refused ({@link SandboxException}): callers keep their state
 *       bounded (the last N calls, readings…).</li>
 * </ul>
 *
 * <p>Values are treated as immutable: {@code update} receives the current value and returns the next one (records
 * holding {@code List.copyOf}…). Unknown JSON fields are ignored, so a newer version's file still reads. Do not call
 * {@code update} from inside another {@code update} on a store of the same file. No fsync: a crash may lose the
 * last change, never leave a half-written file in place (and a damaged file is moved aside anyway).
 *
 * @param <T> the stored value, a Jackson-readable type (records are)
 */
public final class StateStore<T> {

    /** Default limit of one store's JSON: far above what a simulator keeps, far below a problem. */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Inside one JVM the lock file alone is not enough: the OS lock belongs to the process, not the thread. */
    private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final JavaType type;
    private final Supplier<T> empty;
    private final int maxBytes;
    private byte[] lastBytes;
    private T lastValue;
    private T memory;

    private StateStore(Path file, JavaType type, Supplier<T> empty, int maxBytes) {
        this.file = file;
        this.type = type;
        this.empty = Objects.requireNonNull(empty, "empty");
        this.maxBytes = maxBytes;
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    static <T> StateStore<T> inMemory(Supplier<T> empty) {
        StateStore<T> store = new StateStore<>(null, null, empty, Integer.MAX_VALUE);
        store.memory = Objects.requireNonNull(empty.get(), "empty value");
        return store;
    }

    static <T> StateStore<T> onDisk(Path file, JavaType type, Supplier<T> empty, int maxBytes) {
        return new StateStore<>(Objects.requireNonNull(file, "file"), Objects.requireNonNull(type, "type"), empty,
                maxBytes);
    }

    /** The file, or null for a store in memory. */
    public Path file() {
        return file;
    }

    /** The current value: the file's (another process may have written it), or the empty value. */
    public T read() {
        if (file == null) {
            synchronized (this) {
                return memory;
            }
        }
        byte[] bytes = readBytes();
        synchronized (this) {
            if (bytes == null) {
                return empty.get();
            }
            if (Arrays.equals(bytes, lastBytes)) {
                return lastValue;
            }
        }
        T parsed = parse(bytes);
        if (parsed == null) {
            // Moved aside under the lock, unless a writer replaced it meanwhile: then read what it wrote.
            return withLock(this::readUnderLock);
        }
        remember(bytes, parsed);
        return parsed;
    }

    /**
     * Applies {@code change} to the current value and stores the result, under the lock, so two processes (or
     * threads) changing the same store never lose each other's change. Returns the stored value.
     */
    public T update(UnaryOperator<T> change) {
        Objects.requireNonNull(change, "change");
        if (file == null) {
            synchronized (this) {
                memory = Objects.requireNonNull(change.apply(memory), "the new value");
                return memory;
            }
        }
        return withLock(() -> {
            T next = Objects.requireNonNull(change.apply(readUnderLock()), "the new value");
            write(next);
            return next;
        });
    }

    private T withLock(Supplier<T> action) {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(canonical(lockFile), key -> new ReentrantLock());
            jvmLock.lock();
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return action.get();
            } finally {
                jvmLock.unlock();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox state " + file + " unavailable", e);
        }
    }

    /** Same folder reached by two spellings (a symbolic link, a relative path) must share one lock. */
    private static Path canonical(Path lockFile) throws IOException {
        return lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
    }

    /** Under the lock: the file's value, a damaged file being moved aside (then the empty value). */
    private T readUnderLock() {
        byte[] bytes = readBytes();
        if (bytes == null) {
            return empty.get();
        }
        synchronized (this) {
            if (Arrays.equals(bytes, lastBytes)) {
                return lastValue;
            }
        }
        T parsed = parse(bytes);
        if (parsed == null) {
            setAside();
            return empty.get();
        }
        remember(bytes, parsed);
        return parsed;
    }

    /** The file's bytes, null when there is none; {@code maxBytes + 1} bytes when it is too large. */
    private byte[] readBytes() {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes + 1);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox state " + file + " unreadable", e);
        }
    }

    /** The value, or null when the bytes are too many or not the expected JSON. */
    private T parse(byte[] bytes) {
        if (bytes.length > maxBytes) {
            return null;
        }
        try {
            return JSON.readValue(bytes, type);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void setAside() {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            // The path only: simulator state holds invented test data, still nothing of it goes to the log.
            LOG.warn("Sandbox state {} was unreadable or too large; moved aside to {}, starting empty", file, aside);
        } catch (NoSuchFileException e) {
            // Already moved by someone else.
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox state " + file + " could not be moved aside", e);
        }
        synchronized (this) {
            lastBytes = null;
            lastValue = null;
        }
    }

    private void write(T value) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox state " + file + " could not be written as JSON", e);
        }
        if (bytes.length > maxBytes) {
            throw new SandboxException("L'état du simulateur dépasse la taille permise (" + bytes.length + " > "
                    + maxBytes + " octets) : " + file + ".");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox state " + file + " could not be written", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.debug("Temporary file {} left behind", temp, e);
                }
            }
        }
        remember(bytes, value);
    }

    private synchronized void remember(byte[] bytes, T value) {
        lastBytes = bytes;
        lastValue = value;
    }
}

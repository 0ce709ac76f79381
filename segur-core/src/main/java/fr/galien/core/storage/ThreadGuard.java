package fr.galien.core.storage;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says whether the current thread may use the database, checked by {@link Database} each time it takes a connection.
 * The app installs "not on the window's thread" (the FX thread must never wait for a disk sync or a slow query);
 * segur-core knows no JavaFX, hence a {@link BooleanSupplier} given from outside. Not installed, it allows every
 * thread (the CLI, the core's own tests).
 *
 * <p>{@link Mode#LOG} logs each forbidden call with its stack (the running app); {@link Mode#FAIL} also throws, and
 * the app's tests fail on any call counted in {@link #violations()}.
 */
public final class ThreadGuard {

    /** What a forbidden call does. */
    public enum Mode { LOG, FAIL }

    private static final Logger LOG = LoggerFactory.getLogger(ThreadGuard.class);
    private static final AtomicReference<Installed> INSTALLED = new AtomicReference<>();
    private static final AtomicInteger VIOLATIONS = new AtomicInteger();
    private static final AtomicReference<Throwable> FIRST = new AtomicReference<>();

    private record Installed(BooleanSupplier forbidden, Mode mode) {
    }

    private ThreadGuard() {
    }

    /** @param forbidden true on a thread that must not touch the database, e.g. {@code Platform::isFxApplicationThread} */
    public static void install(BooleanSupplier forbidden, Mode mode) {
        INSTALLED.set(new Installed(Objects.requireNonNull(forbidden, "forbidden"), Objects.requireNonNull(mode)));
    }

    public static void uninstall() {
        INSTALLED.set(null);
    }

    /** Forbidden calls seen since the last {@link #reset()}. */
    public static int violations() {
        return VIOLATIONS.get();
    }

    /** Where the first forbidden call since the last {@link #reset()} came from; null when there was none. */
    public static Throwable firstViolation() {
        return FIRST.get();
    }

    public static void reset() {
        VIOLATIONS.set(0);
        FIRST.set(null);
    }

    /** Called before a connection is taken. */
    static void check() {
        Installed installed = INSTALLED.get();
        if (installed == null || !installed.forbidden().getAsBoolean()) {
            return;
        }
        IllegalStateException violation = new IllegalStateException(
                "Database used on a forbidden thread (" + Thread.currentThread().getName() + ")");
        VIOLATIONS.incrementAndGet();
        FIRST.compareAndSet(null, violation);
        LOG.warn("Database used on thread {}: move this call into a BackgroundTask",
                Thread.currentThread().getName(), violation);
        if (installed.mode() == Mode.FAIL) {
            throw violation;
        }
    }
}

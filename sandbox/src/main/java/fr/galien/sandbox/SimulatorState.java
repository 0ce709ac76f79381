package fr.galien.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Where one simulator keeps what must outlive a request: its own folder of the sandbox state
 * ({@code <state>/<simulator id>/}, given by {@link Simulator#useStateDirectory}), or memory when the sandbox keeps
 * no state (tests, benches). Each named {@link StateStore} is one JSON file of that folder:
 *
 * <pre>{@code
 * StateStore<Prescriptions> prescriptions = state.store("prescriptions", Prescriptions.class, Prescriptions::none);
 * prescriptions.update(all -> all.with(prescription));   // seen at once by every process sharing the folder
 * }</pre>
 */
public final class SimulatorState {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

    private final Path directory;

    private SimulatorState(Path directory) {
        this.directory = directory;
    }

    /** Nothing on disk: each store lives and dies with this object. */
    public static SimulatorState inMemory() {
        return new SimulatorState(null);
    }

    /** Stores in {@code directory} (created on the first write). */
    public static SimulatorState in(Path directory) {
        return new SimulatorState(Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize());
    }

    /** The folder, empty in memory. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    public <T> StateStore<T> store(String name, Class<T> type, Supplier<T> empty) {
        return store(name, type, empty, StateStore.DEFAULT_MAX_BYTES);
    }

    /**
     * The store {@code <name>.json}; {@code empty} gives its value while there is no file (or after a damaged one
     * was moved aside); a JSON larger than {@code maxBytes} is refused on write and set aside on read.
     *
     * @param name lower-case letters, digits and hyphens (e.g. {@code prescriptions}, {@code journal})
     */
    public <T> StateStore<T> store(String name, Class<T> type, Supplier<T> empty, int maxBytes) {
        checkName(name);
        if (directory == null) {
            return StateStore.inMemory(empty);
        }
        return StateStore.onDisk(directory.resolve(name + ".json"), StateStore.JSON.constructType(type), empty,
                maxBytes);
    }

    /** For generic values ({@code new TypeReference<Map<String, Document>>() {}}). */
    public <T> StateStore<T> store(String name, TypeReference<T> type, Supplier<T> empty, int maxBytes) {
        checkName(name);
        if (directory == null) {
            return StateStore.inMemory(empty);
        }
        return StateStore.onDisk(directory.resolve(name + ".json"), StateStore.JSON.constructType(type), empty,
                maxBytes);
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("store name: lower-case letters, digits and hyphens, not " + name);
        }
    }

    @Override
    public String toString() {
        return directory == null ? "SimulatorState[memory]" : "SimulatorState[" + directory + "]";
    }
}

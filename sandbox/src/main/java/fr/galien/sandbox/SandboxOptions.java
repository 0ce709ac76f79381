package fr.galien.sandbox;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How to start the sandbox.
 *
 * @param indexPort      port of the JSON index, 0 for any free port
 * @param fixedPorts     simulator id → port for simulators that must keep a known address; the others get free ports
 * @param stateDirectory where simulators keep their state on disk, each in {@code <stateDirectory>/<id>/}, shared by
 *                       every process given the same folder; null keeps it in memory, lost at {@code close()}
 */
public record SandboxOptions(int indexPort, Map<String, Integer> fixedPorts, Path stateDirectory) {

    public SandboxOptions {
        checkPort(indexPort);
        fixedPorts = Map.copyOf(Objects.requireNonNull(fixedPorts, "fixedPorts"));
        fixedPorts.values().forEach(SandboxOptions::checkPort);
        stateDirectory = stateDirectory == null ? null : stateDirectory.toAbsolutePath().normalize();
    }

    /** State in memory. */
    public SandboxOptions(int indexPort, Map<String, Integer> fixedPorts) {
        this(indexPort, fixedPorts, null);
    }

    /** Every port chosen at random, state in memory. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Map.of());
    }

    public SandboxOptions withIndexPort(int port) {
        return new SandboxOptions(port, fixedPorts, stateDirectory);
    }

    public SandboxOptions withFixedPort(String simulatorId, int port) {
        Map<String, Integer> ports = new TreeMap<>(fixedPorts);
        ports.put(Objects.requireNonNull(simulatorId, "simulatorId"), port);
        return new SandboxOptions(indexPort, ports, stateDirectory);
    }

    /** State on disk in {@code directory} (null: in memory). */
    public SandboxOptions withStateDirectory(Path directory) {
        return new SandboxOptions(indexPort, fixedPorts, directory);
    }

    /** Port for {@code simulatorId}: its fixed port, or 0. */
    public int portFor(String simulatorId) {
        return fixedPorts.getOrDefault(simulatorId, 0);
    }

    /** {@code <stateDirectory>/<simulatorId>}, empty when the state stays in memory. */
    public Optional<Path> stateDirectoryFor(String simulatorId) {
        if (stateDirectory == null) {
            return Optional.empty();
        }
        Path own = stateDirectory.resolve(simulatorId).normalize();
        if (!stateDirectory.equals(own.getParent())) {
            throw new SandboxException("Identifiant de simulateur impropre à nommer un dossier : « " + simulatorId
                    + " ».");
        }
        return Optional.of(own);
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}

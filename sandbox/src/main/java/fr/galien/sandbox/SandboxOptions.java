package fr.galien.sandbox;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How to start the sandbox.
 *
 * @param indexPort  port of the JSON index, 0 for any free port
 * @param fixedPorts simulator id → port for simulators that must keep a known address; the others get free ports
 */
public record SandboxOptions(int indexPort, Map<String, Integer> fixedPorts) {

    public SandboxOptions {
        checkPort(indexPort);
        fixedPorts = Map.copyOf(Objects.requireNonNull(fixedPorts, "fixedPorts"));
        fixedPorts.values().forEach(SandboxOptions::checkPort);
    }

    /** Every port chosen at random. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Map.of());
    }

    public SandboxOptions withIndexPort(int port) {
        return new SandboxOptions(port, fixedPorts);
    }

    public SandboxOptions withFixedPort(String simulatorId, int port) {
        Map<String, Integer> ports = new TreeMap<>(fixedPorts);
        ports.put(Objects.requireNonNull(simulatorId, "simulatorId"), port);
        return new SandboxOptions(indexPort, ports);
    }

    /** Port for {@code simulatorId}: its fixed port, or 0. */
    public int portFor(String simulatorId) {
        return fixedPorts.getOrDefault(simulatorId, 0);
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}

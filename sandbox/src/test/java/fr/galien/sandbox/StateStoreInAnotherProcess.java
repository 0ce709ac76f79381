package fr.galien.sandbox;

import java.nio.file.Path;

/**
 * Test helper run in a second JVM by {@link StateStoreTest}: adds 1 to the counter store of the folder {@code args[0]},
 * {@code args[1]} times, as another Galien process would.
 */
public final class StateStoreInAnotherProcess {

    private StateStoreInAnotherProcess() {
    }

    public static void main(String[] args) {
        StateStore<StateStoreTest.Counter> counter = SimulatorState.in(Path.of(args[0]))
                .store("counter", StateStoreTest.Counter.class, () -> new StateStoreTest.Counter(0));
        int times = Integer.parseInt(args[1]);
        for (int i = 0; i < times; i++) {
            counter.update(current -> new StateStoreTest.Counter(current.value() + 1));
        }
    }
}

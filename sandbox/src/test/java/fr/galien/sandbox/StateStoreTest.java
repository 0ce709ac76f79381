package fr.galien.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SimulatorState} and {@link StateStore}: what the future e-prescription and DMP simulators keep (here a
 * list of invented prescriptions), seen by every store over the same folder as another process would.
 */
class StateStoreTest {

    /** An invented prescription, as a simulator would keep it. */
    record Prescription(String id, String patient, String drug) {
    }

    record Prescriptions(List<Prescription> all) {

        Prescriptions {
            all = List.copyOf(all);
        }

        static Prescriptions none() {
            return new Prescriptions(List.of());
        }

        Prescriptions with(Prescription prescription) {
            List<Prescription> next = new ArrayList<>(all);
            next.add(prescription);
            return new Prescriptions(next);
        }
    }

    /** Public: {@link StateStoreInAnotherProcess} reads it in another JVM. */
    public record Counter(int value) {
    }

    @TempDir
    Path dir;

    private StateStore<Prescriptions> prescriptions(Path folder) {
        return SimulatorState.in(folder).store("prescriptions", Prescriptions.class, Prescriptions::none);
    }

    @Test
    void twoStoresOverTheSameFolderSeeEachOthersWrites() {
        StateStore<Prescriptions> cabinet = prescriptions(dir);
        StateStore<Prescriptions> pharmacy = prescriptions(dir);

        cabinet.update(all -> all.with(new Prescription("rx-1", "PATIENT-TEST", "Paracétamol 500 mg")));

        assertThat(pharmacy.read().all()).extracting(Prescription::id).containsExactly("rx-1");

        pharmacy.update(all -> all.with(new Prescription("rx-2", "PATIENT-TEST", "Amoxicilline 1 g")));

        assertThat(cabinet.read().all()).extracting(Prescription::id).containsExactly("rx-1", "rx-2");
        assertThat(dir.resolve("prescriptions.json")).exists();
    }

    @Test
    void aNewStoreFindsWhatWasWrittenBefore() {
        prescriptions(dir).update(all -> all.with(new Prescription("rx-1", "PATIENT-TEST", "Doliprane")));

        // « A document sent yesterday is there today »: a store opened later (another run) reads the file.
        assertThat(prescriptions(dir).read().all()).containsExactly(
                new Prescription("rx-1", "PATIENT-TEST", "Doliprane"));
    }

    @Test
    void concurrentUpdatesThroughTwoStoresLoseNothing() throws Exception {
        StateStore<Counter> first = SimulatorState.in(dir).store("counter", Counter.class, () -> new Counter(0));
        StateStore<Counter> second = SimulatorState.in(dir).store("counter", Counter.class, () -> new Counter(0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                StateStore<Counter> store = i % 2 == 0 ? first : second;
                done.add(pool.submit(() -> store.update(counter -> new Counter(counter.value() + 1))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(first.read().value()).isEqualTo(200);
        assertThat(second.read().value()).isEqualTo(200);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("no temporary file left behind").noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void anotherProcessWritingAtTheSameTimeLosesNothing() throws Exception {
        StateStore<Counter> here = SimulatorState.in(dir).store("counter", Counter.class, () -> new Counter(0));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StateStoreInAnotherProcess.class.getName(), dir.toString(), "150")
                .redirectErrorStream(true).redirectOutput(dir.resolve("autre-processus.log").toFile()).start();
        while (here.read().value() == 0 && other.isAlive()) {
            Thread.sleep(5); // start writing once the other process does, so the two really overlap
        }
        for (int i = 0; i < 150; i++) {
            here.update(counter -> new Counter(counter.value() + 1));
        }

        assertThat(other.waitFor()).as("the other process: %s", dir.resolve("autre-processus.log")).isZero();
        assertThat(here.read().value()).isEqualTo(300);
    }

    @Test
    void aDamagedFileIsMovedAsideAndTheStoreStartsEmpty() throws IOException {
        Files.writeString(dir.resolve("prescriptions.json"), "{\"all\": [ {\"id\": ", StandardCharsets.UTF_8);
        StateStore<Prescriptions> store = prescriptions(dir);

        assertThat(store.read().all()).isEmpty();
        assertThat(dir.resolve("prescriptions.json")).doesNotExist();
        assertThat(dir.resolve("prescriptions.json.corrupt")).hasContent("{\"all\": [ {\"id\": ");

        store.update(all -> all.with(new Prescription("rx-1", "PATIENT-TEST", "Doliprane")));
        assertThat(prescriptions(dir).read().all()).hasSize(1);
    }

    @Test
    void aFileOfTheWrongShapeIsMovedAsideOnUpdateToo() throws IOException {
        Files.writeString(dir.resolve("prescriptions.json"), "[1, 2, 3]", StandardCharsets.UTF_8);

        prescriptions(dir).update(all -> all.with(new Prescription("rx-1", "PATIENT-TEST", "Doliprane")));

        assertThat(prescriptions(dir).read().all()).extracting(Prescription::id).containsExactly("rx-1");
        assertThat(dir.resolve("prescriptions.json.corrupt")).hasContent("[1, 2, 3]");
    }

    @Test
    void unknownFieldsOfANewerVersionAreIgnored() throws IOException {
        Files.writeString(dir.resolve("prescriptions.json"),
                "{\"all\":[{\"id\":\"rx-9\",\"patient\":\"P\",\"drug\":\"D\",\"dosage\":\"1/j\"}],\"version\":2}",
                StandardCharsets.UTF_8);

        assertThat(prescriptions(dir).read().all()).extracting(Prescription::id).containsExactly("rx-9");
    }

    @Test
    void sizeIsBoundedOnWriteAndOnRead() throws IOException {
        StateStore<Counter> small = SimulatorState.in(dir).store("small", Counter.class, () -> new Counter(0), 16);

        small.update(counter -> new Counter(7));
        assertThat(small.read().value()).isEqualTo(7);

        assertThatThrownBy(() -> small.update(counter -> new Counter(1_000_000_000)))
                .isInstanceOf(SandboxException.class).hasMessageContaining("taille");
        assertThat(small.read().value()).as("a refused value changes nothing").isEqualTo(7);

        Files.writeString(dir.resolve("small.json"), "{\"value\":1}" + " ".repeat(64), StandardCharsets.UTF_8);
        assertThat(small.read().value()).as("a file over the limit is set aside").isZero();
        assertThat(dir.resolve("small.json.corrupt")).exists();
    }

    @Test
    void inMemoryStoresShareNothing() {
        SimulatorState memory = SimulatorState.inMemory();
        StateStore<Counter> first = memory.store("counter", Counter.class, () -> new Counter(0));
        StateStore<Counter> second = memory.store("counter", Counter.class, () -> new Counter(0));

        first.update(counter -> new Counter(counter.value() + 1));

        assertThat(first.read().value()).isEqualTo(1);
        assertThat(second.read().value()).isZero();
        assertThat(memory.directory()).isEmpty();
        assertThat(first.file()).isNull();
    }

    @Test
    void storeNamesCannotLeaveTheFolder() {
        SimulatorState state = SimulatorState.in(dir);

        for (String name : new String[] {"../escape", "a/b", "", "Majuscule", "x.json"}) {
            assertThatThrownBy(() -> state.store(name, Counter.class, () -> new Counter(0)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}

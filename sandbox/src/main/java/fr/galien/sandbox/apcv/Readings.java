package fr.galien.sandbox.apcv;

import fr.galien.sandbox.SimulatorState;
import fr.galien.sandbox.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The readings started, oldest first; the oldest are forgotten beyond {@link #KEPT} (a sandbox never needs more).
 * Kept in the simulator's state ({@code readings.json}), so a reading started through one process can be polled
 * through another sharing the sandbox state.
 */
final class Readings {

    static final int KEPT = 1_000;

    /** The stored form: instants as ISO-8601 text, the test code by its token. */
    record Row(String id, String token, PatientAnswer answer, String startedAt, String decidesAt, String expiresAt) {

        static Row of(Reading reading) {
            return new Row(reading.id(), reading.code().token(), reading.answer(), reading.startedAt().toString(),
                    reading.decidesAt().toString(), reading.expiresAt().toString());
        }

        /** Empty for a row this version cannot read (a test code it does not know). */
        Optional<Reading> reading() {
            try {
                return ApCvTestCodes.byToken(token).map(code -> new Reading(id, code, answer,
                        Instant.parse(startedAt), Instant.parse(decidesAt), Instant.parse(expiresAt)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** The whole file. */
    record Stored(List<Row> readings) {

        Stored {
            readings = readings == null ? List.of() : List.copyOf(readings);
        }

        static Stored none() {
            return new Stored(List.of());
        }

        Stored with(Row row) {
            List<Row> next = new ArrayList<>(readings);
            next.add(row);
            while (next.size() > KEPT) {
                next.remove(0);
            }
            return new Stored(next);
        }
    }

    private volatile StateStore<Stored> store = SimulatorState.inMemory().store("readings", Stored.class,
            Stored::none);

    /** Before start: keep the readings in {@code state}. */
    void use(SimulatorState state) {
        store = state.store("readings", Stored.class, Stored::none);
    }

    void add(Reading reading) {
        Row row = Row.of(reading);
        store.update(stored -> stored.with(row));
    }

    Optional<Reading> find(String id) {
        List<Row> rows = store.read().readings();
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).id().equals(id)) {
                return rows.get(i).reading();
            }
        }
        return Optional.empty();
    }

    int count() {
        return store.read().readings().size();
    }

    void clear() {
        store.update(stored -> Stored.none());
    }
}

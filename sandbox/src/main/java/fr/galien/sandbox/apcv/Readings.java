package fr.galien.sandbox.apcv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The readings started, by id; the oldest are forgotten beyond {@link #KEPT} (a sandbox never needs more). */
final class Readings {

    static final int KEPT = 1_000;

    private final Map<String, Reading> byId = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Reading> eldest) {
            return size() > KEPT;
        }
    };

    synchronized void add(Reading reading) {
        byId.put(reading.id(), reading);
    }

    synchronized Optional<Reading> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    synchronized int count() {
        return byId.size();
    }

    synchronized void clear() {
        byId.clear();
    }
}

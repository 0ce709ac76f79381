package fr.galien.sandbox.insi;

import fr.galien.sandbox.SimulatorState;
import fr.galien.sandbox.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the calls to {@code /insi/lps} and keeps the last {@link #KEPT} of them, newest last. Kept in the
 * simulator's state ({@code journal.json}) when the sandbox has one, so {@code GET /insi/_control} of any process
 * sharing it shows the calls every process received.
 */
public final class InsiJournal {

    private static final Logger LOG = LoggerFactory.getLogger(InsiJournal.class);

    public static final int KEPT = 50;
    static final int MAX_KEPT_CHARS = 64 * 1024;
    /** KEPT requests of MAX_KEPT_CHARS characters, each escaped at worst to a few bytes per character. */
    private static final int MAX_BYTES = 24 * 1024 * 1024;

    /** The stored form of a call: the instant as ISO-8601 text. */
    record Row(String at, String operation, String messageId, String outcome, int httpStatus, String request,
               String identity) {

        static Row of(InsiCall call) {
            return new Row(call.at().toString(), call.operation(), call.messageId(), call.outcome(),
                    call.httpStatus(), call.request(), call.identity());
        }

        InsiCall call() {
            return new InsiCall(Instant.parse(at), operation, messageId, outcome, httpStatus, request, identity);
        }
    }

    /** The whole file. */
    record Stored(long count, List<Row> last) {

        Stored {
            last = last == null ? List.of() : List.copyOf(last);
        }

        static Stored none() {
            return new Stored(0, List.of());
        }

        Stored with(Row row) {
            List<Row> next = new ArrayList<>(last);
            next.add(row);
            while (next.size() > KEPT) {
                next.remove(0);
            }
            return new Stored(count + 1, next);
        }
    }

    private volatile StateStore<Stored> store = SimulatorState.inMemory().store("journal", Stored.class,
            Stored::none);

    /** Before start: keep the journal in {@code state}. */
    void use(SimulatorState state) {
        store = state.store("journal", Stored.class, Stored::none, MAX_BYTES);
    }

    /** Records the call; a journal that cannot be written is logged, never a reason to fail the INSi call. */
    void record(InsiCall call) {
        Row row = Row.of(call);
        try {
            store.update(stored -> stored.with(row));
        } catch (RuntimeException e) {
            // No request text in the log: the class and the file are enough to find the cause.
            LOG.warn("INSi journal not recorded in {}: {}", store.file(), e.getClass().getSimpleName());
        }
    }

    /** Every call since the journal was started (or {@link #clear() cleared}), faults and outages included. */
    public long count() {
        return store.read().count();
    }

    /** The last calls, oldest first. */
    public List<InsiCall> lastCalls() {
        List<InsiCall> calls = new ArrayList<>();
        for (Row row : store.read().last()) {
            try {
                calls.add(row.call());
            } catch (RuntimeException e) {
                // A row this version cannot read (written by hand, or by another version): not shown.
            }
        }
        return List.copyOf(calls);
    }

    public void clear() {
        store.update(stored -> Stored.none());
    }
}

package fr.galien.sandbox.insi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Counts the calls to {@code /insi/lps} and keeps the last {@link #KEPT} of them, newest last. */
public final class InsiJournal {

    public static final int KEPT = 50;
    static final int MAX_KEPT_CHARS = 64 * 1024;

    private final Deque<InsiCall> last = new ArrayDeque<>();
    private long count;

    synchronized void record(InsiCall call) {
        count++;
        if (last.size() == KEPT) {
            last.removeFirst();
        }
        last.addLast(call);
    }

    /** Every call since start (or since {@link #clear()}), faults and outages included. */
    public synchronized long count() {
        return count;
    }

    /** The last calls, oldest first. */
    public synchronized List<InsiCall> lastCalls() {
        return List.copyOf(last);
    }

    public synchronized void clear() {
        count = 0;
        last.clear();
    }
}

package fr.galien.sandbox.dmp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulated DMP received since start, for tests and benchmarks: documents stored, resends answered as
 * already present (a lost answer, then the outbox sending again), refusals, searches. Counted here, at the
 * receiver, so "zero duplicates" is measured where it matters.
 */
public final class DmpJournal {

    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong alreadyPresent = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong searches = new AtomicLong();
    private final AtomicLong statusQueries = new AtomicLong();
    private final AtomicLong retrievals = new AtomicLong();
    private volatile String lastIdentity = "";

    void stored() {
        stored.incrementAndGet();
    }

    void alreadyPresent() {
        alreadyPresent.incrementAndGet();
    }

    void refused() {
        refused.incrementAndGet();
    }

    void searched() {
        searches.incrementAndGet();
    }

    void statusQueried() {
        statusQueries.incrementAndGet();
    }

    void retrieved() {
        retrievals.incrementAndGet();
    }

    void identity(String who) {
        lastIdentity = who;
    }

    /** New documents stored (each unique id once). */
    public long storedCount() {
        return stored.get();
    }

    /** Submissions answered "already present, same content" (resends). */
    public long alreadyPresentCount() {
        return alreadyPresent.get();
    }

    public long refusedCount() {
        return refused.get();
    }

    public long searchCount() {
        return searches.get();
    }

    public long statusCount() {
        return statusQueries.get();
    }

    public long retrievalCount() {
        return retrievals.get();
    }

    /** {@code psc:<national id>} of the last authenticated call. */
    public String lastIdentity() {
        return lastIdentity;
    }

    public Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documentsRecus", storedCount());
        json.put("renvoisDejaPresents", alreadyPresentCount());
        json.put("refus", refusedCount());
        json.put("recherches", searchCount());
        return json;
    }
}

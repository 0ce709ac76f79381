package fr.galien.core.outbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test port: counts calls per idempotency key and answers from a script (then {@code Sent} by default), like a
 * receiver that would dedupe on the key.
 */
final class RecordingHandler implements OutboxHandler {

    /** Stands for the process dying right after the call left: not an Exception, so nothing records the outcome. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private final Map<String, AtomicInteger> callsPerKey = new ConcurrentHashMap<>();
    private final List<OutboxEntry> received = new CopyOnWriteArrayList<>();
    private final Deque<Object> script = new ArrayDeque<>();

    /** Next answers, in order: a {@link Delivery}, an {@link Exception} to throw or a {@link SimulatedCrash}. */
    synchronized RecordingHandler thenAnswer(Object... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    @Override
    public Delivery send(OutboxEntry entry) throws Exception {
        callsPerKey.computeIfAbsent(entry.idempotencyKey(), key -> new AtomicInteger()).incrementAndGet();
        received.add(entry);
        Object answer;
        synchronized (this) {
            answer = script.poll();
        }
        if (answer == null) {
            return new Delivery.Sent("reçu-" + entry.idempotencyKey());
        }
        if (answer instanceof Exception e) {
            throw e;
        }
        if (answer instanceof Error e) {
            throw e;
        }
        return (Delivery) answer;
    }

    int calls(String key) {
        AtomicInteger calls = callsPerKey.get(key);
        return calls == null ? 0 : calls.get();
    }

    int totalCalls() {
        return received.size();
    }

    Map<String, AtomicInteger> callsPerKey() {
        return callsPerKey;
    }

    List<OutboxEntry> received() {
        return received;
    }
}

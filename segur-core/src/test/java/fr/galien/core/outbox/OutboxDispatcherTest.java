package fr.galien.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.testsupport.MigratedTestDatabase;
import fr.galien.core.testsupport.MutableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxDispatcherTest {

    private static final Instant T0 = Instant.parse("2026-03-12T09:00:00Z");
    private static final Backoff EXACT = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), 0);

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(T0);
    private final Outbox outbox = new Outbox(clock);
    private final RecordingHandler dmp = new RecordingHandler();
    private MigratedTestDatabase db;

    @BeforeEach
    void openDatabase() {
        db = newDatabase(dataDir);
    }

    /** The engine under test, on disk so a restart is real; the PostgreSQL subclass overrides it. */
    MigratedTestDatabase newDatabase(Path directory) {
        return MigratedTestDatabase.inDirectory(directory);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void dueCallIsSentOnceAndRecordedAsSent() {
        UUID id = enqueue("cle-1");

        int attempts = dispatcher().dispatchDue();

        OutboxEntry entry = find(id);
        assertThat(attempts).isEqualTo(1);
        assertThat(dmp.calls("cle-1")).isEqualTo(1);
        assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(entry.receipt()).isEqualTo("reçu-cle-1");
        assertThat(entry.sentAt()).isEqualTo(T0);
        assertThat(entry.attempts()).isEqualTo(1);
    }

    @Test
    void handlerReceivesTheStoredCallWithItsKey() {
        enqueue("cle-1");

        dispatcher().dispatchDue();

        OutboxEntry received = dmp.received().get(0);
        assertThat(received.idempotencyKey()).isEqualTo("cle-1");
        assertThat(received.payload()).isEqualTo("{\"patient\":\"id-only\"}");
        assertThat(received.operation()).isEqualTo("submitDocument");
    }

    @Test
    void sentCallIsNeverSentAgainByLaterPasses() {
        enqueue("cle-1");
        OutboxDispatcher dispatcher = dispatcher();
        dispatcher.dispatchDue();

        clock.advance(Duration.ofDays(30));
        int later = dispatcher.dispatchDue();

        assertThat(later).isZero();
        assertThat(dmp.calls("cle-1")).isEqualTo(1);
    }

    @Test
    void sentCallIsNeverSentAgainAfterARestart() throws Exception {
        enqueue("cle-1");
        dispatcher().dispatchDue();
        restart();

        clock.advance(Duration.ofDays(30));
        int afterRestart = dispatcher().dispatchDue();

        assertThat(afterRestart).isZero();
        assertThat(dmp.calls("cle-1")).isEqualTo(1);
    }

    @Test
    void failureSchedulesTheNextAttemptAfterTheBackoff() {
        UUID id = enqueue("cle-1");
        dmp.thenAnswer(new Delivery.RetryLater("Service DMP indisponible (503)"));

        dispatcher().dispatchDue();

        OutboxEntry entry = find(id);
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(entry.lastError()).isEqualTo("Service DMP indisponible (503)");
    }

    @Test
    void failedCallIsNotRetriedBeforeItsNextAttempt() {
        enqueue("cle-1");
        dmp.thenAnswer(new Delivery.RetryLater("indisponible"));
        OutboxDispatcher dispatcher = dispatcher();
        dispatcher.dispatchDue();

        clock.advance(Duration.ofSeconds(4));
        int tooEarly = dispatcher.dispatchDue();

        assertThat(tooEarly).isZero();
        assertThat(dmp.calls("cle-1")).isEqualTo(1);
    }

    @Test
    void failedCallIsRetriedWhenDueAndThenSent() {
        UUID id = enqueue("cle-1");
        dmp.thenAnswer(new Delivery.RetryLater("indisponible"));
        OutboxDispatcher dispatcher = dispatcher();
        dispatcher.dispatchDue();

        clock.advance(Duration.ofSeconds(5));
        dispatcher.dispatchDue();

        assertThat(dmp.calls("cle-1")).isEqualTo(2);
        assertThat(find(id).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(find(id).lastError()).isNull();
    }

    @Test
    void repeatedFailuresBackOffExponentially() {
        UUID id = enqueue("cle-1");
        dmp.thenAnswer(new Delivery.RetryLater("1"), new Delivery.RetryLater("2"), new Delivery.RetryLater("3"));
        OutboxDispatcher dispatcher = dispatcher();
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant before = clock.instant();
            dispatcher.dispatchDue();
            Instant next = find(id).nextAttemptAt();
            waits.add(Duration.between(before, next));
            clock.set(next);
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    @Test
    void exceptionFromTheHandlerCountsAsRetryLater() {
        UUID id = enqueue("cle-1");
        dmp.thenAnswer(new IOException("connexion refusée"));

        dispatcher().dispatchDue();

        OutboxEntry entry = find(id);
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(entry.lastError()).isEqualTo("Échec technique de l'envoi (IOException) : nouvel essai plus tard.");
    }

    @Test
    void rejectedCallIsNeverRetried() {
        UUID id = enqueue("cle-1");
        dmp.thenAnswer(new Delivery.Rejected("Document refusé : format non conforme"));
        OutboxDispatcher dispatcher = dispatcher();
        dispatcher.dispatchDue();

        clock.advance(Duration.ofDays(1));
        dispatcher.dispatchDue();

        OutboxEntry entry = find(id);
        assertThat(dmp.calls("cle-1")).isEqualTo(1);
        assertThat(entry.status()).isEqualTo(OutboxStatus.REJECTED);
        assertThat(entry.lastError()).isEqualTo("Document refusé : format non conforme");
    }

    @Test
    void pendingStateAndAttemptCountSurviveARestart() throws Exception {
        UUID id = enqueue("cle-1");
        dmp.thenAnswer(new Delivery.RetryLater("indisponible"));
        dispatcher().dispatchDue();
        restart();

        clock.advance(Duration.ofSeconds(5));
        dispatcher().dispatchDue();

        OutboxEntry entry = find(id);
        assertThat(dmp.calls("cle-1")).isEqualTo(2);
        assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(entry.attempts()).isEqualTo(2);
    }

    @Test
    void crashBetweenSendAndRecordResendsWithTheSameKeyAfterTheLease() throws Exception {
        UUID id = enqueue("cle-1");
        dmp.thenAnswer(new RecordingHandler.SimulatedCrash());
        assertThatThrownBy(() -> dispatcher().dispatchDue()).isInstanceOf(RecordingHandler.SimulatedCrash.class);
        restart();

        int beforeLease = dispatcher().dispatchDue();
        clock.advance(OutboxDispatcher.CLAIM_LEASE);
        int afterLease = dispatcher().dispatchDue();

        assertThat(beforeLease).isZero();
        assertThat(afterLease).isEqualTo(1);
        assertThat(dmp.received()).extracting(OutboxEntry::idempotencyKey).containsExactly("cle-1", "cle-1");
        assertThat(find(id).status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void callsOfServicesWithoutAHandlerHereAreLeftPending() {
        UUID id = db.inTransaction(tx -> outbox.enqueue(tx, new OutboxRequest("mssante", "send", "cle-m", "{}")));

        int attempts = dispatcher().dispatchDue();

        assertThat(attempts).isZero();
        assertThat(find(id).attempts()).isZero();
        assertThat(find(id).status()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void twoDispatchersOnOneDatabaseSendEachKeyOnce() throws Exception {
        int calls = 120;
        for (int i = 0; i < calls; i++) {
            enqueue("cle-" + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Void> drain = () -> {
                OutboxDispatcher dispatcher = dispatcher();
                while (dispatcher.dispatchDue() > 0) {
                    // keep competing for the remaining due rows
                }
                return null;
            };
            for (Future<Void> pass : pool.invokeAll(List.of(drain, drain))) {
                pass.get();
            }
        } finally {
            pool.shutdown();
        }
        dispatcher().dispatchDue();

        assertThat(dmp.totalCalls()).isEqualTo(calls);
        assertThat(dmp.callsPerKey().values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void startedDispatcherSendsInTheBackgroundUntilStopped() throws Exception {
        enqueue("cle-1");
        CountDownLatch sent = new CountDownLatch(1);
        AtomicInteger passes = new AtomicInteger();
        OutboxDispatcher dispatcher = new OutboxDispatcher(db, Map.of("dmp", entry -> {
            passes.incrementAndGet();
            sent.countDown();
            return new Delivery.Sent("ok");
        }), clock, EXACT);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            dispatcher.start(executor, Duration.ofMillis(10));
            assertThat(sent.await(30, TimeUnit.SECONDS)).isTrue();
            dispatcher.stop();
        } finally {
            executor.shutdown();
            assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(passes.get()).isEqualTo(1);
        assertThat(db.inTransaction(outbox::pending)).isZero();
    }

    @Test
    void aBatchedPassSendsEachDueRowOnceConcurrentlyAndRecordsEveryOutcome() {
        UUID first = enqueue("cle-1");
        UUID second = enqueue("cle-2");
        UUID third = enqueue("cle-3");
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            assertThat(dispatcher().dispatchDue(senders)).isEqualTo(3);
            assertThat(dispatcher().dispatchDue(senders)).isZero();
        } finally {
            senders.shutdownNow();
        }
        for (String key : java.util.List.of("cle-1", "cle-2", "cle-3")) {
            assertThat(dmp.calls(key)).isEqualTo(1);
        }
        for (UUID id : java.util.List.of(first, second, third)) {
            assertThat(find(id).status()).isEqualTo(OutboxStatus.SENT);
        }
    }

    @Test
    void aRefusedRowIsRetriedOnDemandAndDroppedOnlyWhenRefusedOrForced() {
        UUID refused = enqueue("cle-1");
        dmp.thenAnswer(new Delivery.Rejected("Document refusé"));
        dispatcher().dispatchDue();
        assertThat(find(refused).status()).isEqualTo(OutboxStatus.REJECTED);

        db.inTransaction(tx -> outbox.retry(tx, refused));
        assertThat(find(refused).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(find(refused).attempts()).isZero();
        assertThatThrownBy(() -> db.inTransaction(tx -> outbox.drop(tx, refused, false)))
                .isInstanceOfSatisfying(fr.galien.core.error.SegurException.class,
                        e -> assertThat(e.code()).isEqualTo("OUT-0003"));
        dispatcher().dispatchDue();
        assertThat(find(refused).status()).isEqualTo(OutboxStatus.SENT);
        assertThatThrownBy(() -> db.inTransaction(tx -> outbox.drop(tx, refused, true)))
                .isInstanceOfSatisfying(fr.galien.core.error.SegurException.class,
                        e -> assertThat(e.code()).isEqualTo("OUT-0004"));
        assertThatThrownBy(() -> db.inTransaction(tx -> outbox.retry(tx, refused)))
                .isInstanceOfSatisfying(fr.galien.core.error.SegurException.class,
                        e -> assertThat(e.code()).isEqualTo("OUT-0004"));

        UUID other = enqueue("cle-2");
        db.inTransaction(tx -> outbox.drop(tx, other, true));
        java.util.Optional<OutboxEntry> gone = db.inTransaction(tx -> outbox.find(tx, other));
        assertThat(gone).isEmpty();
    }

    private OutboxDispatcher dispatcher() {
        return new OutboxDispatcher(db, Map.of("dmp", dmp), clock, EXACT);
    }

    private UUID enqueue(String key) {
        return db.inTransaction(tx -> outbox.enqueue(tx,
                new OutboxRequest("dmp", "submitDocument", key, "{\"patient\":\"id-only\"}")));
    }

    private OutboxEntry find(UUID id) {
        return db.inTransaction(tx -> outbox.find(tx, id)).orElseThrow();
    }

    /** Closes every connection and opens the same data again, as a new process would. */
    private void restart() throws Exception {
        db = db.restarted();
    }
}

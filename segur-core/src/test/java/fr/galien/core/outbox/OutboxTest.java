package fr.galien.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import fr.galien.core.testsupport.MigratedTestDatabase;
import fr.galien.core.testsupport.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private static final Instant T0 = Instant.parse("2026-03-12T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final Outbox outbox = new Outbox(clock);
    private MigratedTestDatabase db;

    @BeforeEach
    void openDatabase() {
        db = newDatabase();
    }

    /** The engine under test; the PostgreSQL subclass overrides it. */
    MigratedTestDatabase newDatabase() {
        return MigratedTestDatabase.inMemory();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void enqueuedCallIsPendingAndDueAtOnce() {
        UUID id = db.inTransaction(tx -> outbox.enqueue(tx, request("cle-1")));

        OutboxEntry entry = db.inTransaction(tx -> outbox.find(tx, id)).orElseThrow();

        assertThat(entry).isEqualTo(new OutboxEntry(id, "dmp", "submitDocument", "cle-1", "{\"doc\":1}",
                OutboxStatus.PENDING, 0, T0, null, null, T0, null));
    }

    @Test
    void sameKeyEnqueuedTwiceReturnsTheExistingCall() {
        UUID first = db.inTransaction(tx -> outbox.enqueue(tx, request("cle-1")));
        UUID second = db.inTransaction(tx -> outbox.enqueue(tx, request("cle-1")));

        assertThat(second).isEqualTo(first);
        assertThat(db.inTransaction(outbox::pending)).isEqualTo(1);
    }

    @Test
    void sameKeyTwiceInOneTransactionAddsOneRow() {
        List<UUID> ids = db.inTransaction(tx -> List.of(outbox.enqueue(tx, request("cle-1")),
                outbox.enqueue(tx, request("cle-1"))));

        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(list(null)).hasSize(1);
    }

    @Test
    void keyReusedForAnotherOperationIsRefused() {
        db.inTransaction(tx -> outbox.enqueue(tx, request("cle-1")));

        assertThatThrownBy(() -> db.inTransaction(tx -> outbox.enqueue(tx,
                new OutboxRequest("dmp", "deleteDocument", "cle-1", "{}"))))
                .isInstanceOf(SegurException.class)
                .hasMessageStartingWith("OUT-0001 : La clé d'idempotence « cle-1 » est déjà utilisée");
    }

    @Test
    void callEnqueuedInARolledBackTransactionIsNotKept() {
        try {
            db.inTransaction(tx -> {
                outbox.enqueue(tx, request("cle-1"));
                throw new IllegalStateException("the business change failed");
            });
        } catch (IllegalStateException expected) {
            // the call belongs to the change: it must vanish with it
        }

        assertThat(db.inTransaction(outbox::pending)).isZero();
    }

    @Test
    void listFiltersByStatusNewestFirst() {
        db.inTransaction(tx -> outbox.enqueue(tx, request("cle-1")));
        clock.advance(java.time.Duration.ofSeconds(1));
        db.inTransaction(tx -> outbox.enqueue(tx, request("cle-2")));
        db.update("UPDATE outbox SET status = 'sent' WHERE idempotency_key = 'cle-1'");

        assertThat(list(null))
                .extracting(OutboxEntry::idempotencyKey).containsExactly("cle-2", "cle-1");
        assertThat(list(OutboxStatus.SENT))
                .extracting(OutboxEntry::idempotencyKey).containsExactly("cle-1");
        assertThat(db.inTransaction(outbox::pending)).isEqualTo(1);
    }

    @Test
    void payloadOfAHundredThousandCharactersIsStoredVerbatim() {
        String payload = "é'\"<b>".repeat(20_000);
        UUID id = db.inTransaction(tx -> outbox.enqueue(tx, new OutboxRequest("dmp", "submit", "cle-1", payload)));

        assertThat(db.inTransaction(tx -> outbox.find(tx, id)).orElseThrow().payload()).isEqualTo(payload);
    }

    private List<OutboxEntry> list(OutboxStatus status) {
        return db.inTransaction(tx -> outbox.list(tx, status, 10));
    }

    private static OutboxRequest request(String key) {
        return new OutboxRequest("dmp", "submitDocument", key, "{\"doc\":1}");
    }
}

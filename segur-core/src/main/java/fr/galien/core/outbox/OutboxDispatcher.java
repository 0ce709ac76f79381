package fr.galien.core.outbox;

import fr.galien.core.i18n.Messages;
import fr.galien.core.storage.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the due rows of the {@link Outbox} through the {@link OutboxHandler} of their service, and records each
 * outcome: {@code sent} (never sent again), {@code rejected} (never retried) or still {@code pending} with the next
 * attempt pushed back by the {@link Backoff}.
 *
 * <p><b>At least once, never again once acknowledged.</b> A row is first <em>claimed</em> in its own short
 * transaction: its attempt count goes up and its next attempt moves a lease ahead, with a compare-and-set on "still
 * pending and due", so two dispatchers (two workstations on one PostgreSQL, or a restart) never claim the same due
 * row at once. The call is made outside any transaction, then the outcome is recorded in another. If the process
 * dies between the call and the record, the row is still pending and is sent again when the lease expires, with the
 * same idempotency key: receivers deduplicate on it (ADR 0006). A row recorded as sent is never selected again.
 *
 * <p>All state lives in the table, so a new dispatcher on the same database (after a restart) resumes where the
 * previous one stopped. Rows of services with no handler on this workstation are left alone for another one.
 */
public final class OutboxDispatcher {

    /** How long a claimed row stays invisible to other dispatchers while its call is in flight. */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    /** Rows taken per service and per pass, so one pass stays bounded. */
    static final int BATCH_SIZE = 50;

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private static final String DUE = "SELECT " + OutboxRows.COLUMNS + " FROM outbox WHERE service = ? "
            + "AND status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at "
            + "FETCH FIRST ? ROWS ONLY";
    private static final String CLAIM = "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ? "
            + "WHERE id = ? AND status = 'pending' AND attempts = ? AND next_attempt_at <= ?";
    private static final String MARK_SENT = "UPDATE outbox SET status = 'sent', sent_at = ?, receipt = ?, "
            + "last_error = NULL WHERE id = ? AND status = 'pending'";
    private static final String MARK_REJECTED = "UPDATE outbox SET status = 'rejected', last_error = ? "
            + "WHERE id = ? AND status = 'pending'";
    private static final String RESCHEDULE = "UPDATE outbox SET next_attempt_at = ?, last_error = ? "
            + "WHERE id = ? AND status = 'pending'";

    private final Transactions transactions;
    private final Map<String, OutboxHandler> handlers;
    private final Clock clock;
    private final Backoff backoff;
    private final Object scheduleLock = new Object();
    private ScheduledFuture<?> scheduled;

    public OutboxDispatcher(Transactions transactions, Map<String, OutboxHandler> handlers, Clock clock,
            Backoff backoff) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.handlers = new TreeMap<>(Objects.requireNonNull(handlers, "handlers"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    /**
     * One pass: claims the due pending rows of every service that has a handler, sends each, records each outcome.
     *
     * @return the number of attempts made (sent, rejected or failed)
     */
    public int dispatchDue() {
        int attempts = 0;
        for (Map.Entry<String, OutboxHandler> service : handlers.entrySet()) {
            List<OutboxEntry> due = transactions.inTransaction(tx -> due(tx, service.getKey()));
            for (OutboxEntry candidate : due) {
                OutboxEntry claimed = claim(candidate);
                if (claimed != null) {
                    record(service.getValue(), claimed, attempt(service.getValue(), claimed));
                    attempts++;
                }
            }
        }
        return attempts;
    }

    /**
     * One pass in batches: per service, claims the due rows in <em>one</em> transaction (the same compare-and-set
     * per row), sends them concurrently on {@code senders}, and records every outcome in one transaction (each
     * row's handler {@link OutboxHandler#recorded} inside it). Same guarantees as {@link #dispatchDue()} — a row is
     * claimed by one dispatcher only, a crash leaves it pending for a resend with the same key — with two commits
     * per batch instead of two per row, which is what a queue of thousands needs (issue 12: 10,000 DMP documents).
     * If the batch's record fails, each outcome is recorded on its own.
     *
     * @return the number of attempts made
     */
    public int dispatchDue(ExecutorService senders) {
        Objects.requireNonNull(senders, "senders");
        int attempts = 0;
        for (Map.Entry<String, OutboxHandler> service : handlers.entrySet()) {
            OutboxHandler handler = service.getValue();
            List<OutboxEntry> claimed = transactions.inTransaction(tx -> claimAll(tx, due(tx, service.getKey())));
            if (claimed.isEmpty()) {
                continue;
            }
            List<Future<Delivery>> sends = new ArrayList<>(claimed.size());
            for (OutboxEntry entry : claimed) {
                sends.add(senders.submit(() -> attempt(handler, entry)));
            }
            List<Delivery> outcomes = new ArrayList<>(claimed.size());
            for (Future<Delivery> send : sends) {
                outcomes.add(outcome(send));
            }
            try {
                transactions.inTransaction(tx -> {
                    for (int i = 0; i < claimed.size(); i++) {
                        if (recordRow(tx, claimed.get(i), outcomes.get(i)) == 1) {
                            handler.recorded(tx, claimed.get(i), outcomes.get(i));
                        }
                    }
                    return null;
                });
            } catch (RuntimeException batchFailed) {
                LOG.warn("Outbox batch of {} ({}) could not be recorded at once; recording one by one", claimed.size(),
                        service.getKey(), batchFailed);
                for (int i = 0; i < claimed.size(); i++) {
                    try {
                        record(handler, claimed.get(i), outcomes.get(i));
                    } catch (RuntimeException rowFailed) {
                        // Left pending: the lease expires and the row is sent again with the same key.
                        LOG.warn("Outbox entry {} outcome not recorded", claimed.get(i).id(), rowFailed);
                    }
                }
            }
            attempts += claimed.size();
        }
        return attempts;
    }

    private static Delivery outcome(Future<Delivery> send) {
        try {
            return send.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.RetryLater(Messages.format(OutboxMessage.HANDLER_FAILED, e.getClass().getSimpleName()));
        } catch (ExecutionException e) {
            return new Delivery.RetryLater(Messages.format(OutboxMessage.HANDLER_FAILED,
                    e.getCause() == null ? "?" : e.getCause().getClass().getSimpleName()));
        }
    }

    /** The compare-and-set claim of each candidate, in the caller's transaction; the rows this dispatcher got. */
    private List<OutboxEntry> claimAll(Connection tx, List<OutboxEntry> candidates) throws SQLException {
        Instant now = now();
        Instant leaseEnd = now.plus(CLAIM_LEASE);
        List<OutboxEntry> claimed = new ArrayList<>();
        try (PreparedStatement update = tx.prepareStatement(CLAIM)) {
            for (OutboxEntry candidate : candidates) {
                update.setObject(1, OutboxRows.timestamp(leaseEnd));
                update.setObject(2, candidate.id());
                update.setInt(3, candidate.attempts());
                update.setObject(4, OutboxRows.timestamp(now));
                if (update.executeUpdate() == 1) {
                    claimed.add(new OutboxEntry(candidate.id(), candidate.service(), candidate.operation(),
                            candidate.idempotencyKey(), candidate.payload(), OutboxStatus.PENDING,
                            candidate.attempts() + 1, leaseEnd, candidate.lastError(), candidate.receipt(),
                            candidate.createdAt(), candidate.sentAt()));
                }
            }
        }
        return claimed;
    }

    /** Runs {@link #dispatchDue()} every {@code period} on {@code executor} (owned by the caller) until {@link #stop()}. */
    public void start(ScheduledExecutorService executor, Duration period) {
        start(executor, period, null);
    }

    /**
     * Same, in batches sent concurrently on {@code senders} ({@link #dispatchDue(ExecutorService)}), or one row at a
     * time when {@code senders} is null.
     */
    public void start(ScheduledExecutorService executor, Duration period, ExecutorService senders) {
        Objects.requireNonNull(executor, "executor");
        synchronized (scheduleLock) {
            if (scheduled != null) {
                throw new IllegalStateException("dispatcher already started");
            }
            // Fixed delay, not fixed rate: a slow pass is never overlapped by the next one.
            scheduled = executor.scheduleWithFixedDelay(() -> dispatchQuietly(senders), 0, period.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Stops scheduling passes; a pass in progress finishes (its outcomes are recorded). */
    public void stop() {
        synchronized (scheduleLock) {
            if (scheduled != null) {
                scheduled.cancel(false);
                scheduled = null;
            }
        }
    }

    private void dispatchQuietly(ExecutorService senders) {
        try {
            if (senders == null) {
                dispatchDue();
            } else {
                dispatchDue(senders);
            }
        } catch (RuntimeException e) {
            // A periodic task that throws is silently never run again: log and keep the schedule alive.
            LOG.warn("Outbox pass failed; next pass as scheduled", e);
        }
    }

    private List<OutboxEntry> due(Connection tx, String service) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(DUE)) {
            select.setString(1, service);
            select.setObject(2, OutboxRows.timestamp(now()));
            select.setInt(3, BATCH_SIZE);
            return OutboxRows.read(select);
        }
    }

    /** Compare-and-set on (pending, attempts, due): null when another dispatcher got there first. */
    private OutboxEntry claim(OutboxEntry candidate) {
        Instant now = now();
        Instant leaseEnd = now.plus(CLAIM_LEASE);
        int updated = transactions.inTransaction(tx -> {
            try (PreparedStatement update = tx.prepareStatement(CLAIM)) {
                update.setObject(1, OutboxRows.timestamp(leaseEnd));
                update.setObject(2, candidate.id());
                update.setInt(3, candidate.attempts());
                update.setObject(4, OutboxRows.timestamp(now));
                return update.executeUpdate();
            }
        });
        if (updated != 1) {
            return null;
        }
        return new OutboxEntry(candidate.id(), candidate.service(), candidate.operation(),
                candidate.idempotencyKey(), candidate.payload(), OutboxStatus.PENDING, candidate.attempts() + 1,
                leaseEnd, candidate.lastError(), candidate.receipt(), candidate.createdAt(), candidate.sentAt());
    }

    private static Delivery attempt(OutboxHandler handler, OutboxEntry entry) {
        try {
            Delivery delivery = handler.send(entry);
            if (delivery == null) {
                return new Delivery.RetryLater(Messages.format(OutboxMessage.HANDLER_FAILED, "null"));
            }
            return delivery;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.RetryLater(Messages.format(OutboxMessage.HANDLER_FAILED, e.getClass().getSimpleName()));
        } catch (Exception e) {
            // The entry id, never the payload: it may carry patient data.
            LOG.warn("Outbox entry {} ({}/{}) failed on attempt {}", entry.id(), entry.service(), entry.operation(),
                    entry.attempts(), e);
            return new Delivery.RetryLater(Messages.format(OutboxMessage.HANDLER_FAILED, e.getClass().getSimpleName()));
        }
    }

    private void record(OutboxHandler handler, OutboxEntry entry, Delivery delivery) {
        transactions.inTransaction(tx -> {
            int updated = recordRow(tx, entry, delivery);
            if (updated == 1) {
                handler.recorded(tx, entry, delivery);
            }
            return updated;
        });
    }

    private int recordRow(Connection tx, OutboxEntry entry, Delivery delivery) throws SQLException {
        Instant now = now();
        if (delivery instanceof Delivery.Sent sent) {
            try (PreparedStatement update = tx.prepareStatement(MARK_SENT)) {
                update.setObject(1, OutboxRows.timestamp(now));
                update.setString(2, OutboxRows.fit(sent.receipt()));
                update.setObject(3, entry.id());
                return update.executeUpdate();
            }
        }
        if (delivery instanceof Delivery.Rejected rejected) {
            try (PreparedStatement update = tx.prepareStatement(MARK_REJECTED)) {
                update.setString(1, OutboxRows.fit(rejected.reason()));
                update.setObject(2, entry.id());
                return update.executeUpdate();
            }
        }
        Delivery.RetryLater retry = (Delivery.RetryLater) delivery;
        Duration delay = backoff.delayAfter(entry.attempts(), ThreadLocalRandom.current().nextDouble());
        try (PreparedStatement update = tx.prepareStatement(RESCHEDULE)) {
            update.setObject(1, OutboxRows.timestamp(now.plus(delay)));
            update.setString(2, OutboxRows.fit(retry.reason()));
            update.setObject(3, entry.id());
            return update.executeUpdate();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package fr.galien.core.storage;

/**
 * Runs work in a database transaction: commit when it returns, roll back when it throws. {@link Database}
 * implements it; the audit trail and the outbox depend only on this, so they are testable on a bare connection.
 */
public interface Transactions {

    /**
     * SQL failures surface as {@link fr.galien.core.error.SegurException}: {@code CORE-0008} database unreachable,
     * {@code CORE-0009} disk full, {@code CORE-0013} operation refused, {@code CORE-0014} busy ({@link SqlFailures}).
     */
    <T> T inTransaction(SqlFunction<T> work);

    /**
     * Runs read-only work and rolls back: no commit, so no durability flush — what a search per keystroke needs.
     * Defaults to {@link #inTransaction} for implementations without a cheaper path.
     */
    default <T> T read(SqlFunction<T> work) {
        return inTransaction(work);
    }
}

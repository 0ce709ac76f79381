package fr.galien.core.audit;

import java.sql.Connection;
import java.sql.SQLException;

/** PLACEHOLDER signature: append-only, SHA-256 chained audit rows (implemented by the audit work). */
public interface AuditTrail {

    /** Appends in the caller's transaction, so the row commits or rolls back with the change it records. */
    void append(Connection transaction, AuditEvent event) throws SQLException;
}

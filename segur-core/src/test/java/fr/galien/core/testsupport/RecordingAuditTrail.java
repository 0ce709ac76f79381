package fr.galien.core.testsupport;

import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditTrail;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** An audit trail that remembers what it was given, for tests that check what gets audited. */
public final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(Connection transaction, AuditEvent event) {
        events.add(event);
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public synchronized void clear() {
        events.clear();
    }
}

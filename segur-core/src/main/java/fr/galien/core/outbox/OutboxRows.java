package fr.galien.core.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Column list and row mapping shared by {@link Outbox} and {@link OutboxDispatcher}. */
final class OutboxRows {

    static final String COLUMNS = "id, service, operation, idempotency_key, payload, status, attempts, "
            + "next_attempt_at, last_error, receipt, created_at, sent_at";

    private OutboxRows() {
    }

    static List<OutboxEntry> read(PreparedStatement select) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                entries.add(new OutboxEntry(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), OutboxStatus.fromDb(row.getString(6)), row.getInt(7),
                        instant(row.getObject(8, OffsetDateTime.class)), row.getString(9), row.getString(10),
                        instant(row.getObject(11, OffsetDateTime.class)),
                        instant(row.getObject(12, OffsetDateTime.class))));
            }
        }
        return entries;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** Fits a French reason into the 4000-character columns rather than failing the bookkeeping. */
    static String fit(String text) {
        if (text == null || text.length() <= 4000) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(3999)) ? 3999 : 4000;
        return text.substring(0, end);
    }
}

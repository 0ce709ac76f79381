package fr.galien.core.dmp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Table {@code dmp_consultation} (V14): when each user last opened each patient's DMP list. */
final class ConsultationTimes {

    private static final String SELECT = "SELECT consulted_at FROM dmp_consultation WHERE patient_id = ? "
            + "AND user_id = ?";
    private static final String UPDATE = "UPDATE dmp_consultation SET consulted_at = ? WHERE patient_id = ? "
            + "AND user_id = ?";
    private static final String INSERT = "INSERT INTO dmp_consultation (patient_id, user_id, consulted_at) "
            + "VALUES (?, ?, ?)";

    private ConsultationTimes() {
    }

    static Optional<Instant> last(Connection tx, UUID patientId, String userId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(SELECT)) {
            select.setString(1, patientId.toString());
            select.setString(2, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, OffsetDateTime.class).toInstant()) : Optional.empty();
            }
        }
    }

    static void record(Connection tx, UUID patientId, String userId, Instant at) throws SQLException {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        try (PreparedStatement update = tx.prepareStatement(UPDATE)) {
            update.setObject(1, when);
            update.setString(2, patientId.toString());
            update.setString(3, userId);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = tx.prepareStatement(INSERT)) {
            insert.setString(1, patientId.toString());
            insert.setString(2, userId);
            insert.setObject(3, when);
            insert.executeUpdate();
        }
    }
}

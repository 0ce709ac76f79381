package fr.galien.core.eprescription;

import fr.galien.core.outbox.OutboxEntry;
import fr.galien.core.outbox.OutboxStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of the e-prescription tables (V13), constant statements only. */
final class PrescriptionRows {

    private static final String RX_COLUMNS = "id, patient_id, prescribed_by, national_id, state, paper_reason, "
            + "content, payload, detail, created_at";
    private static final String INSERT_RX = "INSERT INTO eprescription (id, patient_id, prescribed_by, channel, "
            + "paper_reason, national_id, state, line_count, content, payload, detail, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String RX_BY_ID = "SELECT " + RX_COLUMNS + " FROM eprescription WHERE id = ?";
    private static final String RX_BY_NATIONAL_ID = "SELECT " + RX_COLUMNS
            + " FROM eprescription WHERE national_id = ?";
    private static final String RX_BY_PATIENT = "SELECT " + RX_COLUMNS
            + " FROM eprescription WHERE patient_id = ? ORDER BY created_at DESC, id";
    private static final String RX_BY_STATE = "SELECT " + RX_COLUMNS
            + " FROM eprescription WHERE state = ? ORDER BY created_at, id";
    private static final String RX_SET_STATE = "UPDATE eprescription SET state = ?, national_id = ?, detail = ?, "
            + "updated_at = ? WHERE id = ?";
    private static final String RX_SET_CONTENT = "UPDATE eprescription SET content = ?, payload = ?, line_count = ?, "
            + "updated_at = ? WHERE id = ?";
    private static final String COUNT_BY_CHANNEL = "SELECT channel, COUNT(*) FROM eprescription GROUP BY channel";

    private static final String DISP_COLUMNS = "d.id, d.prescription_id, d.patient_id, d.dispensed_by, d.content, "
            + "d.payload, d.created_at, o.status, o.last_error";
    private static final String INSERT_DISP = "INSERT INTO eprescription_dispensation (id, prescription_id, "
            + "patient_id, dispensed_by, line_count, content, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DISP_BY_RX = "SELECT " + DISP_COLUMNS + " FROM eprescription_dispensation d "
            + "LEFT JOIN outbox o ON o.idempotency_key = CONCAT('" + EPrescriptions.DISPENSE_KEY_PREFIX
            + "', CAST(d.id AS VARCHAR(36))) WHERE d.prescription_id = ? ORDER BY d.created_at, d.id";
    private static final String DISP_PENDING = "SELECT " + DISP_COLUMNS + " FROM eprescription_dispensation d "
            + "JOIN outbox o ON o.idempotency_key = CONCAT('" + EPrescriptions.DISPENSE_KEY_PREFIX
            + "', CAST(d.id AS VARCHAR(36))) WHERE o.status = 'pending' ORDER BY d.created_at, d.id";
    private static final String DISP_BY_ID = "SELECT " + DISP_COLUMNS + " FROM eprescription_dispensation d "
            + "LEFT JOIN outbox o ON o.idempotency_key = CONCAT('" + EPrescriptions.DISPENSE_KEY_PREFIX
            + "', CAST(d.id AS VARCHAR(36))) WHERE d.id = ?";

    private PrescriptionRows() {
    }

    static void insert(Connection tx, LocalPrescription rx, Instant now) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement(INSERT_RX)) {
            insert.setObject(1, rx.id());
            insert.setObject(2, rx.patientId());
            insert.setString(3, rx.prescribedBy());
            insert.setString(4, rx.paper() ? "papier" : "electronique");
            insert.setString(5, rx.paperReason().map(PaperReason::db).orElse(null));
            insert.setString(6, rx.nationalId().orElse(null));
            insert.setString(7, rx.state().db());
            insert.setInt(8, rx.lines().size());
            insert.setString(9, LineCodec.prescribed(rx.lines()));
            insert.setString(10, rx.payload());
            insert.setString(11, rx.detail());
            insert.setObject(12, timestamp(now));
            insert.setObject(13, timestamp(now));
            insert.executeUpdate();
        }
    }

    static void setState(Connection tx, UUID id, LocalState state, String nationalId, String detail, Instant now)
            throws SQLException {
        try (PreparedStatement update = tx.prepareStatement(RX_SET_STATE)) {
            update.setString(1, state.db());
            update.setString(2, nationalId);
            update.setString(3, detail == null ? null : detail.substring(0, Math.min(detail.length(), 4000)));
            update.setObject(4, timestamp(now));
            update.setObject(5, id);
            update.executeUpdate();
        }
    }

    static void setContent(Connection tx, LocalPrescription rx, Instant now) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement(RX_SET_CONTENT)) {
            update.setString(1, LineCodec.prescribed(rx.lines()));
            update.setString(2, rx.payload());
            update.setInt(3, rx.lines().size());
            update.setObject(4, timestamp(now));
            update.setObject(5, rx.id());
            update.executeUpdate();
        }
    }

    static Optional<LocalPrescription> byId(Connection tx, UUID id) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(RX_BY_ID)) {
            select.setObject(1, id);
            return readPrescriptions(select).stream().findFirst();
        }
    }

    static Optional<LocalPrescription> byNationalId(Connection tx, String nationalId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(RX_BY_NATIONAL_ID)) {
            select.setString(1, nationalId);
            return readPrescriptions(select).stream().findFirst();
        }
    }

    static List<LocalPrescription> byPatient(Connection tx, UUID patientId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(RX_BY_PATIENT)) {
            select.setObject(1, patientId);
            return readPrescriptions(select);
        }
    }

    static List<LocalPrescription> byState(Connection tx, LocalState state) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(RX_BY_STATE)) {
            select.setString(1, state.db());
            return readPrescriptions(select);
        }
    }

    /** {@code [electronic, paper]}. */
    static long[] countByChannel(Connection tx) throws SQLException {
        long[] counts = new long[2];
        try (PreparedStatement select = tx.prepareStatement(COUNT_BY_CHANNEL);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                counts["papier".equals(row.getString(1)) ? 1 : 0] = row.getLong(2);
            }
        }
        return counts;
    }

    static void insert(Connection tx, LocalDispensation dispensation, Instant now) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement(INSERT_DISP)) {
            insert.setObject(1, dispensation.id());
            insert.setString(2, dispensation.prescriptionId());
            insert.setObject(3, dispensation.patientId());
            insert.setString(4, dispensation.dispensedBy());
            insert.setInt(5, dispensation.lines().size());
            insert.setString(6, LineCodec.dispensed(dispensation.lines()));
            insert.setString(7, dispensation.payload());
            insert.setObject(8, timestamp(now));
            insert.executeUpdate();
        }
    }

    static List<LocalDispensation> dispensationsOf(Connection tx, String prescriptionId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(DISP_BY_RX)) {
            select.setString(1, prescriptionId);
            return readDispensations(select);
        }
    }

    static List<LocalDispensation> pendingDispensations(Connection tx) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(DISP_PENDING)) {
            return readDispensations(select);
        }
    }

    static Optional<LocalDispensation> dispensation(Connection tx, UUID id) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(DISP_BY_ID)) {
            select.setObject(1, id);
            return readDispensations(select).stream().findFirst();
        }
    }

    /** The local state of a write from its outbox row: pending → à envoyer, sent → envoyée, rejected → refusée. */
    static LocalState stateOf(OutboxStatus status) {
        return switch (status) {
            case PENDING -> LocalState.A_ENVOYER;
            case SENT -> LocalState.ENVOYEE;
            case REJECTED -> LocalState.REFUSEE;
        };
    }

    static LocalState stateOf(OutboxEntry entry) {
        return stateOf(entry.status());
    }

    private static List<LocalPrescription> readPrescriptions(PreparedStatement select) throws SQLException {
        List<LocalPrescription> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(new LocalPrescription(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), Optional.ofNullable(row.getString(4)),
                        LocalState.fromDb(row.getString(5)).orElseThrow(),
                        Optional.ofNullable(row.getString(6)).flatMap(PaperReason::fromDb),
                        LineCodec.prescribed(row.getString(7)), row.getString(8), row.getString(9),
                        instant(row.getObject(10, OffsetDateTime.class))));
            }
        }
        return rows;
    }

    private static List<LocalDispensation> readDispensations(PreparedStatement select) throws SQLException {
        List<LocalDispensation> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String status = row.getString(8);
                LocalState state = status == null ? LocalState.A_ENVOYER : stateOf(OutboxStatus.fromDb(status));
                rows.add(new LocalDispensation(row.getObject(1, UUID.class), row.getString(2),
                        row.getObject(3, UUID.class), row.getString(4), LineCodec.dispensed(row.getString(5)), state,
                        state == LocalState.REFUSEE ? row.getString(9) : null, row.getString(6),
                        instant(row.getObject(7, OffsetDateTime.class))));
            }
        }
        return rows;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}

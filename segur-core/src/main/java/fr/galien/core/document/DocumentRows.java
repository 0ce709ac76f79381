package fr.galien.core.document;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading {@code patient_document} rows (migration V11). */
final class DocumentRows {

    static final String COLUMNS = "id, patient_id, unique_id, set_id, version, replaces_id, superseded_by, "
            + "type_code, type_system, type_display, title, mime_type, document_date, author, origin, added_at, "
            + "size_bytes, sha256";

    private DocumentRows() {
    }

    static List<PatientDocument> read(PreparedStatement select) throws SQLException {
        List<PatientDocument> documents = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                documents.add(new PatientDocument(
                        UUID.fromString(rows.getString("id")),
                        UUID.fromString(rows.getString("patient_id")),
                        rows.getString("unique_id"),
                        rows.getString("set_id"),
                        rows.getInt("version"),
                        uuid(rows.getString("replaces_id")),
                        uuid(rows.getString("superseded_by")),
                        new DocumentType(rows.getString("type_code"), rows.getString("type_system"),
                                rows.getString("type_display")),
                        rows.getString("title"),
                        rows.getString("mime_type"),
                        instant(rows.getObject("document_date", OffsetDateTime.class)),
                        rows.getString("author"),
                        DocumentOrigin.valueOf(rows.getString("origin")),
                        instant(rows.getObject("added_at", OffsetDateTime.class)),
                        rows.getLong("size_bytes"),
                        rows.getString("sha256")));
            }
        }
        return documents;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime value) {
        return value.toInstant();
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}

package fr.galien.core.patient;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.IdentityAttributes;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.identity.IdentityEvent;
import fr.galien.core.identity.IdentityHistoryEntry;
import fr.galien.core.identity.Matricules;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.security.Caller;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** {@link IdentityHistoryEntry} ⇄ row of {@code identity_history}, and the previous-traits codec. */
final class IdentityHistoryRows {

    static final String INSERT = """
            INSERT INTO identity_history (patient_id, occurred_at, user_id, role, workstation_id, event, status_before,
                status_after, identification_method, validation_mode, matricule, oid, key_verified, attributes,
                traits_replaced, previous_traits, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    static final String SELECT_BY_PATIENT = """
            SELECT seq, occurred_at, user_id, role, workstation_id, event, status_before, status_after,
                identification_method, validation_mode, matricule, oid, key_verified, attributes, traits_replaced,
                previous_traits, detail
            FROM identity_history WHERE patient_id = ? ORDER BY seq""";

    /** Unit separator between fields, record separator between first names: the validator refuses both in names. */
    private static final String FIELD = "\u001F";
    private static final String FIRST_NAME = "\u001E";
    private static final Pattern FIELDS = Pattern.compile(FIELD);
    private static final Pattern FIRST_NAMES = Pattern.compile(FIRST_NAME);

    private IdentityHistoryRows() {
    }

    static void bind(PreparedStatement insert, UUID patientId, OffsetDateTime at,
                     Caller caller, HistoryFacts facts) throws SQLException {
        int i = 1;
        insert.setString(i++, patientId.toString());
        insert.setObject(i++, at);
        insert.setString(i++, caller.userId());
        insert.setString(i++, caller.role().name());
        insert.setString(i++, caller.workstationId());
        insert.setString(i++, facts.event().name());
        insert.setString(i++, facts.before().code());
        insert.setString(i++, facts.after().code());
        nullable(insert, i++, facts.method() == null ? null : facts.method().code());
        nullable(insert, i++, facts.validationMode() == null ? null : facts.validationMode().code());
        nullable(insert, i++, facts.matricule());
        nullable(insert, i++, facts.oid());
        if (facts.matricule() == null) {
            insert.setNull(i++, Types.BOOLEAN);
        } else {
            insert.setBoolean(i++, Matricules.keyVerifies(facts.matricule()));
        }
        nullable(insert, i++, IdentityAttributes.encode(facts.attributes()));
        insert.setBoolean(i++, facts.previousTraits() != null);
        nullable(insert, i++, facts.previousTraits() == null ? null : encode(facts.previousTraits()));
        nullable(insert, i, facts.detail());
    }

    static IdentityHistoryEntry read(ResultSet row) throws SQLException {
        boolean keyKnown = row.getObject(13) != null;
        return new IdentityHistoryEntry(
                row.getLong(1),
                row.getObject(2, OffsetDateTime.class),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                IdentityEvent.fromName(row.getString(6)).orElse(IdentityEvent.ATTRIBUTES_CHANGED),
                IdentityStatus.fromCode(row.getString(7)).orElse(IdentityStatus.PROVISOIRE),
                IdentityStatus.fromCode(row.getString(8)).orElse(IdentityStatus.PROVISOIRE),
                IdentificationMethod.fromCode(row.getString(9)).orElse(null),
                IdentityDocument.fromCode(row.getString(10)).orElse(null),
                row.getString(11),
                row.getString(12),
                keyKnown ? row.getBoolean(13) : null,
                IdentityAttributes.decode(row.getString(14)),
                row.getBoolean(15),
                decode(row.getString(16)),
                row.getString(17));
    }

    static String encode(IdentityTraits traits) {
        return String.join(FIELD, traits.birthName(), String.join(FIRST_NAME, traits.firstNames()),
                traits.sex().name(), traits.birthDate().toIso(),
                traits.birthPlaceCode() == null ? "" : traits.birthPlaceCode());
    }

    static IdentityTraits decode(String column) {
        if (column == null) {
            return null;
        }
        String[] fields = FIELDS.split(column, -1);
        if (fields.length != 5) {
            return null;
        }
        List<String> firstNames = fields[1].isEmpty() ? List.of() : Arrays.asList(FIRST_NAMES.split(fields[1], -1));
        return new IdentityTraits(fields[0], firstNames, Sex.fromCode(fields[2]).orElse(Sex.I),
                BirthDate.parseIso(fields[3]).orElse(null), fields[4].isEmpty() ? null : fields[4]);
    }

    private static void nullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** What one change puts in the history besides who and when. */
    record HistoryFacts(IdentityEvent event, IdentityStatus before, IdentityStatus after,
                        IdentificationMethod method, IdentityDocument validationMode, String matricule, String oid,
                        Set<IdentityAttribute> attributes, IdentityTraits previousTraits, String detail) {
    }
}

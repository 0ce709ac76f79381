package fr.galien.core.patient;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.IdentityAttributes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Patient ⇄ row of {@code patient}: the one place that knows the column order and the first-names encoding. */
final class PatientRows {


    /** U+001F (unit separator) between first names: the validator refuses control characters inside a name. */
    static final String FIRST_NAME_SEPARATOR = "\u001F";
    private static final Pattern SEPARATOR = Pattern.compile(FIRST_NAME_SEPARATOR);

    private PatientRows() {
    }

    static Patient read(ResultSet row) throws SQLException {
        String firstNames = row.getString(4);
        return new Patient(
                UUID.fromString(row.getString(1)),
                row.getString(2),
                row.getString(3),
                firstNames.isEmpty() ? List.of() : Arrays.asList(SEPARATOR.split(firstNames, -1)),
                Sex.valueOf(row.getString(5)),
                BirthDate.parseIso(row.getString(6)).orElseThrow(
                        () -> new SQLException("unreadable birth_date for patient " + safeId(row), "22007")),
                row.getString(7),
                new Contact(row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getString(12)),
                IdentityStatus.fromCode(row.getString(13)).orElse(IdentityStatus.PROVISOIRE),
                row.getString(14),
                row.getString(15),
                IdentityAttributes.decode(row.getString(18)),
                row.getBoolean(16),
                row.getLong(17));
    }

    private static String safeId(ResultSet row) {
        try {
            return row.getString(1);
        } catch (SQLException e) {
            return "?";
        }
    }

    static String encodeFirstNames(List<String> firstNames) {
        return String.join(FIRST_NAME_SEPARATOR, firstNames);
    }

    /** Matricule kept in the UNIQUE column only while the identity is qualified and the patient active. */
    static String qualifiedMatricule(Patient patient) {
        return patient.identityStatus() == IdentityStatus.QUALIFIEE && !patient.archived() ? patient.matricule() : null;
    }

    /**
     * Binds the 16 identity and contact columns shared by INSERT and UPDATE, from parameter {@code first}: birth_name
     * … qualified_matricule, identity_attributes.
     */
    static int bindFields(PreparedStatement statement, int first, Patient patient) throws SQLException {
        int i = first;
        statement.setString(i++, patient.birthName());
        setNullable(statement, i++, patient.usedName());
        statement.setString(i++, encodeFirstNames(patient.firstNames()));
        statement.setString(i++, patient.sex().name());
        statement.setString(i++, patient.birthDate().toIso());
        setNullable(statement, i++, patient.birthPlaceCode());
        Contact contact = patient.contact();
        setNullable(statement, i++, contact.phone());
        setNullable(statement, i++, contact.email());
        setNullable(statement, i++, contact.address());
        setNullable(statement, i++, contact.postalCode());
        setNullable(statement, i++, contact.city());
        statement.setString(i++, patient.identityStatus().code());
        setNullable(statement, i++, patient.matricule());
        setNullable(statement, i++, patient.oid());
        setNullable(statement, i++, qualifiedMatricule(patient));
        setNullable(statement, i++, IdentityAttributes.encode(patient.attributes()));
        return i;
    }

    static void setTimestamp(PreparedStatement statement, int index, OffsetDateTime time) throws SQLException {
        statement.setObject(index, time);
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}

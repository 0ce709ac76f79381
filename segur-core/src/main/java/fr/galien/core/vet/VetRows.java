package fr.galien.core.vet;

import fr.galien.core.domain.Animal;
import fr.galien.core.domain.AnimalSex;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Owner;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;

/** Owner ⇄ row of {@code owner}, animal ⇄ row of {@code animal}: the one place that knows the column order. */
final class VetRows {

    private VetRows() {
    }

    /** Reads a row of {@code o.id, o.last_name, o.first_name, o.phone, o.email, o.address, o.postal_code, o.city, o.archived, o.version}. */
    static Owner readOwner(ResultSet row) throws SQLException {
        return new Owner(UUID.fromString(row.getString(1)), row.getString(2), row.getString(3),
                new Contact(row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8)),
                row.getBoolean(9), row.getLong(10));
    }

    /** Reads a row of {@code a.id, a.owner_id, a.name, a.species, a.breed, a.sex, a.birth_date, a.identification_number, a.archived, a.version}. */
    static Animal readAnimal(ResultSet row) throws SQLException {
        String birthDate = row.getString(7);
        return new Animal(UUID.fromString(row.getString(1)), UUID.fromString(row.getString(2)), row.getString(3),
                row.getString(4), row.getString(5), AnimalSex.valueOf(row.getString(6)),
                birthDate == null ? null : LocalDate.parse(birthDate), row.getString(8), row.getBoolean(9),
                row.getLong(10));
    }

    /** Binds last_name … city (7 columns) from parameter {@code first}; returns the next parameter index. */
    static int bindOwnerFields(PreparedStatement statement, int first, Owner owner) throws SQLException {
        int i = first;
        statement.setString(i++, owner.lastName());
        setNullable(statement, i++, owner.firstName());
        Contact contact = owner.contact();
        setNullable(statement, i++, contact.phone());
        setNullable(statement, i++, contact.email());
        setNullable(statement, i++, contact.address());
        setNullable(statement, i++, contact.postalCode());
        setNullable(statement, i++, contact.city());
        return i;
    }

    /** Binds name … identification_number (6 columns) from parameter {@code first}; returns the next index. */
    static int bindAnimalFields(PreparedStatement statement, int first, Animal animal) throws SQLException {
        int i = first;
        statement.setString(i++, animal.name());
        statement.setString(i++, animal.species());
        setNullable(statement, i++, animal.breed());
        statement.setString(i++, animal.sex().name());
        setNullable(statement, i++, animal.birthDate() == null ? null : animal.birthDate().toString());
        setNullable(statement, i++, animal.identificationNumber());
        return i;
    }

    static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}

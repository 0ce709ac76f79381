package fr.galien.core.patient;

import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.domain.Workstation;
import fr.galien.core.storage.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The practice (one row), its workstations and the key/value settings. */
public final class PracticeRepository {

    private static final String SELECT_PRACTICE =
            "SELECT name, profile, finess, siret, mode FROM practice WHERE id = 1";
    private static final String UPDATE_PRACTICE =
            "UPDATE practice SET name = ?, profile = ?, finess = ?, siret = ?, demo = ?, updated_at = ?, mode = ? WHERE id = 1";
    private static final String INSERT_PRACTICE =
            "INSERT INTO practice (name, profile, finess, siret, demo, updated_at, mode, id) VALUES (?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String SELECT_WORKSTATION = "SELECT id, name FROM workstation WHERE name = ?";
    private static final String INSERT_WORKSTATION =
            "INSERT INTO workstation (id, name, created_at) VALUES (?, ?, ?)";
    private static final String SELECT_SETTING = "SELECT setting_value FROM settings WHERE setting_key = ?";
    private static final String UPDATE_SETTING = "UPDATE settings SET setting_value = ? WHERE setting_key = ?";
    private static final String DELETE_SETTING = "DELETE FROM settings WHERE setting_key = ?";
    private static final String INSERT_SETTING = "INSERT INTO settings (setting_value, setting_key) VALUES (?, ?)";

    private final Transactions transactions;
    private final Clock clock;

    public PracticeRepository(Transactions transactions) {
        this(transactions, Clock.systemUTC());
    }

    public PracticeRepository(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The practice, or empty on a fresh data directory (first run). A read: no commit, no disk sync. */
    public Optional<Practice> load() {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_PRACTICE);
                 ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Practice(row.getString(1), PracticeProfile.valueOf(row.getString(2)),
                        row.getString(3), row.getString(4), PracticeMode.valueOf(row.getString(5))));
            }
        });
    }

    /** Creates or replaces the practice. */
    public void save(Practice practice) {
        Objects.requireNonNull(practice, "practice");
        transactions.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE_PRACTICE)) {
                bindPractice(update, practice);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_PRACTICE)) {
                bindPractice(insert, practice);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private void bindPractice(PreparedStatement statement, Practice practice) throws SQLException {
        statement.setString(1, practice.name());
        statement.setString(2, practice.profile().name());
        setNullable(statement, 3, practice.finess());
        setNullable(statement, 4, practice.siret());
        statement.setBoolean(5, practice.demo());
        statement.setObject(6, OffsetDateTime.now(clock));
        statement.setString(7, practice.mode().name());
    }

    /** The workstation called {@code name}, registered on first use (names are unique). */
    public Workstation registerWorkstation(String name) {
        Objects.requireNonNull(name, "name");
        return transactions.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_WORKSTATION)) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return new Workstation(row.getString(1), row.getString(2));
                    }
                }
            }
            Workstation created = new Workstation(UUID.randomUUID().toString(), name);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_WORKSTATION)) {
                insert.setString(1, created.id());
                insert.setString(2, created.name());
                insert.setObject(3, OffsetDateTime.now(clock));
                insert.executeUpdate();
            }
            return created;
        });
    }

    /** A read: no commit, no disk sync. */
    public Optional<String> setting(String key) {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_SETTING)) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void putSetting(String key, String value) {
        transactions.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE_SETTING)) {
                setNullable(update, 1, value);
                update.setString(2, key);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_SETTING)) {
                setNullable(insert, 1, value);
                insert.setString(2, key);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Removes {@code key}: readers get its default again. */
    public void removeSetting(String key) {
        Objects.requireNonNull(key, "key");
        transactions.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_SETTING)) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}

package fr.galien.core.account;

import fr.galien.core.security.Role;
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

/** The {@code user_account} table (V5): constant SQL only, in the caller's transaction. */
final class AccountRows {

    private static final String COLUMNS = "id, login, display_name, role, password_hash, failed_attempts, "
            + "locked_until, disabled, psc_national_id, created_at, version, password_changed_at, last_login_at";

    private static final String INSERT = "INSERT INTO user_account (id, login, display_name, role, password_hash, "
            + "failed_attempts, locked_until, disabled, psc_national_id, created_at, updated_at, version, "
            + "password_changed_at) VALUES (?, ?, ?, ?, ?, 0, NULL, FALSE, ?, ?, ?, 1, ?)";
    private static final String BY_LOGIN = "SELECT " + COLUMNS + " FROM user_account WHERE login = ?";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM user_account WHERE id = ?";
    private static final String BY_ID_FOR_UPDATE = "SELECT " + COLUMNS + " FROM user_account WHERE id = ? FOR UPDATE";
    private static final String BY_PSC = "SELECT " + COLUMNS + " FROM user_account WHERE psc_national_id = ?";
    private static final String ALL = "SELECT " + COLUMNS + " FROM user_account ORDER BY login";
    private static final String COUNT = "SELECT COUNT(*) FROM user_account";
    private static final String ACTIVE_ROLES = "SELECT id, role FROM user_account WHERE disabled = FALSE";
    private static final String RECORD_FAILURE = "UPDATE user_account SET failed_attempts = ?, locked_until = ?, "
            + "updated_at = ?, version = version + 1 WHERE id = ?";
    private static final String RECORD_SUCCESS = "UPDATE user_account SET failed_attempts = 0, locked_until = NULL, "
            + "last_login_at = ?, updated_at = ?, version = version + 1 WHERE id = ?";
    private static final String SET_PASSWORD = "UPDATE user_account SET password_hash = ?, failed_attempts = 0, "
            + "locked_until = NULL, password_changed_at = ?, updated_at = ?, version = version + 1 WHERE id = ?";
    private static final String CLEAR_FAILURES = "UPDATE user_account SET failed_attempts = 0, locked_until = NULL, "
            + "updated_at = ?, version = version + 1 WHERE id = ?";
    private static final String REHASH = "UPDATE user_account SET password_hash = ?, updated_at = ?, "
            + "version = version + 1 WHERE id = ?";
    private static final String HISTORY = "SELECT password_hash FROM password_history WHERE account_id = ? "
            + "ORDER BY seq DESC FETCH FIRST ? ROWS ONLY";
    private static final String HISTORY_LAST_SEQ = "SELECT MAX(seq) FROM password_history WHERE account_id = ?";
    private static final String INSERT_HISTORY = "INSERT INTO password_history (account_id, changed_at, seq, "
            + "password_hash) VALUES (?, ?, ?, ?)";
    private static final String SET_DISABLED = "UPDATE user_account SET disabled = TRUE, updated_at = ?, "
            + "version = version + 1 WHERE id = ?";
    private static final String SET_ROLE = "UPDATE user_account SET role = ?, updated_at = ?, version = version + 1 "
            + "WHERE id = ?";
    private static final String SET_PSC = "UPDATE user_account SET psc_national_id = ?, updated_at = ?, "
            + "version = version + 1 WHERE id = ?";
    private static final String INSERT_BOOTSTRAP = "INSERT INTO account_bootstrap (id, created_at) VALUES (1, ?)";

    /** An account with its stored hash, which never leaves this package. */
    record Stored(Account account, String passwordHash) {
        @Override
        public String toString() {
            return "Stored[" + account + "]";
        }
    }

    private AccountRows() {
    }

    static void insert(Connection connection, UUID id, String login, String displayName, Role role,
                       String passwordHash, String pscNationalId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, id.toString());
            insert.setString(2, login);
            insert.setString(3, displayName);
            insert.setString(4, role.name());
            insert.setString(5, passwordHash);
            insert.setString(6, pscNationalId);
            insert.setObject(7, utc(now));
            insert.setObject(8, utc(now));
            insert.setObject(9, utc(now));
            insert.executeUpdate();
        }
        appendHistory(connection, id, passwordHash, now);
    }

    /** The hashes of the last {@code limit} passwords of the account (the current one included), newest first. */
    static List<String> recentHashes(Connection connection, UUID id, int limit) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(HISTORY)) {
            select.setString(1, id.toString());
            select.setInt(2, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    hashes.add(row.getString(1));
                }
            }
        }
        return hashes;
    }

    private static void appendHistory(Connection connection, UUID id, String passwordHash, Instant now)
            throws SQLException {
        long last;
        try (PreparedStatement select = connection.prepareStatement(HISTORY_LAST_SEQ)) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                last = row.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_HISTORY)) {
            insert.setString(1, id.toString());
            insert.setObject(2, utc(now));
            insert.setLong(3, last + 1);
            insert.setString(4, passwordHash);
            insert.executeUpdate();
        }
    }

    static void insertBootstrap(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_BOOTSTRAP)) {
            insert.setObject(1, utc(now));
            insert.executeUpdate();
        }
    }

    static Optional<Stored> byLogin(Connection connection, String login) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BY_LOGIN)) {
            return one(select, login);
        }
    }

    static Optional<Stored> byId(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
            return one(select, id.toString());
        }
    }

    /** Locks the row until the transaction ends: failure counts from two workstations add up. */
    static Optional<Stored> byIdForUpdate(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BY_ID_FOR_UPDATE)) {
            return one(select, id.toString());
        }
    }

    static Optional<Stored> byPscNationalId(Connection connection, String nationalId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BY_PSC)) {
            return one(select, nationalId);
        }
    }

    static List<Account> all(Connection connection) throws SQLException {
        List<Account> accounts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(ALL);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                accounts.add(read(row).account());
            }
        }
        return accounts;
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COUNT);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    record ActiveRole(UUID accountId, Role role) {
    }

    /** Role of every active account. */
    static List<ActiveRole> activeRoles(Connection connection) throws SQLException {
        List<ActiveRole> roles = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(ACTIVE_ROLES);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                roles.add(new ActiveRole(UUID.fromString(row.getString(1)), Role.valueOf(row.getString(2))));
            }
        }
        return roles;
    }

    static void recordFailure(Connection connection, UUID id, int failedAttempts, Instant lockedUntil, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(RECORD_FAILURE)) {
            update.setInt(1, failedAttempts);
            update.setObject(2, lockedUntil == null ? null : utc(lockedUntil));
            update.setObject(3, utc(now));
            update.setString(4, id.toString());
            update.executeUpdate();
        }
    }

    /** A successful login: clears failures and the lock, records the time (unused privileged accounts). */
    static void recordSuccess(Connection connection, UUID id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(RECORD_SUCCESS)) {
            update.setObject(1, utc(now));
            update.setObject(2, utc(now));
            update.setString(3, id.toString());
            update.executeUpdate();
        }
    }

    /** The right password without a login (a change of password, a renewal refusal): failures start again. */
    static void clearFailures(Connection connection, UUID id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(CLEAR_FAILURES)) {
            update.setObject(1, utc(now));
            update.setString(2, id.toString());
            update.executeUpdate();
        }
    }

    /** A new password (reset or change): renewal counts from now, and it joins the history. */
    static void setPassword(Connection connection, UUID id, String passwordHash, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SET_PASSWORD)) {
            update.setString(1, passwordHash);
            update.setObject(2, utc(now));
            update.setObject(3, utc(now));
            update.setString(4, id.toString());
            update.executeUpdate();
        }
        appendHistory(connection, id, passwordHash, now);
    }

    /** The same password hashed at the current cost (not a new password: neither renewal nor history change). */
    static void rehash(Connection connection, UUID id, String passwordHash, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(REHASH)) {
            update.setString(1, passwordHash);
            update.setObject(2, utc(now));
            update.setString(3, id.toString());
            update.executeUpdate();
        }
    }

    static void setDisabled(Connection connection, UUID id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SET_DISABLED)) {
            update.setObject(1, utc(now));
            update.setString(2, id.toString());
            update.executeUpdate();
        }
    }

    static void setRole(Connection connection, UUID id, Role role, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SET_ROLE)) {
            update.setString(1, role.name());
            update.setObject(2, utc(now));
            update.setString(3, id.toString());
            update.executeUpdate();
        }
    }

    static void setPscNationalId(Connection connection, UUID id, String nationalId, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SET_PSC)) {
            update.setString(1, nationalId);
            update.setObject(2, utc(now));
            update.setString(3, id.toString());
            update.executeUpdate();
        }
    }

    private static Optional<Stored> one(PreparedStatement select, String key) throws SQLException {
        select.setString(1, key);
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(read(row)) : Optional.empty();
        }
    }

    private static Stored read(ResultSet row) throws SQLException {
        OffsetDateTime lockedUntil = row.getObject(7, OffsetDateTime.class);
        Account account = new Account(UUID.fromString(row.getString(1)), row.getString(2), row.getString(3),
                Role.valueOf(row.getString(4)), Optional.ofNullable(row.getString(9)), row.getBoolean(8),
                row.getInt(6), Optional.ofNullable(lockedUntil).map(OffsetDateTime::toInstant),
                row.getObject(10, OffsetDateTime.class).toInstant(), row.getLong(11),
                row.getObject(12, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(row.getObject(13, OffsetDateTime.class)).map(OffsetDateTime::toInstant));
        return new Stored(account, row.getString(5));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

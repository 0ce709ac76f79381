package fr.galien.core.patient;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.IdentityAttributes;
import fr.galien.core.patient.duplicates.DuplicateCandidate;
import fr.galien.core.patient.duplicates.DuplicateDetector;
import fr.galien.core.patient.duplicates.DuplicatePair;
import fr.galien.core.patient.duplicates.DuplicateScorer;
import fr.galien.core.patient.duplicates.MergeRecord;
import fr.galien.core.patient.duplicates.PatientDuplicates;
import fr.galien.core.patient.duplicates.PatientField;
import fr.galien.core.search.SearchTokens;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Duplicates and reversible merges on H2 or PostgreSQL (same SQL, V8 tables). Detection reads the identities of the
 * active patients with one constant query and pairs them in memory ({@link DuplicateDetector}: blocking keys, no
 * n² comparison); merges and unmerges write both records, the snapshots and the audit rows in one transaction,
 * guarded by the versions the user saw.
 */
public final class JdbcPatientDuplicates implements PatientDuplicates {

    private static final Pattern SEPARATOR = Pattern.compile(PatientRows.FIRST_NAME_SEPARATOR);
    private static final String SURVIVOR = "survivor";
    private static final String RETIRED = "retired";

    private static final String SELECT_CANDIDATES = """
            SELECT p.id, p.birth_name, p.used_name, p.first_names, p.sex, p.birth_date, p.birth_place_code,
                p.identity_status, p.matricule, p.oid
            FROM patient p WHERE p.archived = FALSE""";

    private static final String SELECT_DISMISSALS = """
            SELECT d.patient_low, d.patient_high, d.identity_low, d.identity_high FROM patient_duplicate_dismissal d""";
    private static final String DELETE_DISMISSAL =
            "DELETE FROM patient_duplicate_dismissal WHERE patient_low = ? AND patient_high = ?";
    private static final String INSERT_DISMISSAL = """
            INSERT INTO patient_duplicate_dismissal (patient_low, patient_high, identity_low, identity_high,
                dismissed_by, dismissed_at)
            VALUES (?, ?, ?, ?, ?, ?)""";

    /** The survivor's contact as the merge leaves it (or as the unmerge restores it); identity columns untouched. */
    private static final String WRITE_CONTACT = """
            UPDATE patient SET phone = ?, email = ?, address = ?, postal_code = ?, city = ?, version = version + 1,
                updated_at = ?
            WHERE id = ? AND version = ?""";
    private static final String RETIRE = """
            UPDATE patient SET archived = TRUE, merged_into = ?, qualified_matricule = NULL, version = version + 1,
                updated_at = ?
            WHERE id = ? AND version = ? AND archived = FALSE""";
    private static final String REACTIVATE = """
            UPDATE patient SET archived = FALSE, merged_into = NULL, qualified_matricule = ?, version = version + 1,
                updated_at = ?
            WHERE id = ? AND version = ?""";
    private static final String DELETE_TOKENS = "DELETE FROM patient_token WHERE patient_id = ?";
    private static final String INSERT_TOKEN = "INSERT INTO patient_token (token, patient_id) VALUES (?, ?)";

    private static final String INSERT_MERGE = """
            INSERT INTO patient_merge (id, survivor_id, retired_id, filled_fields, survivor_version, retired_version,
                merged_by, merged_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SNAPSHOT = """
            INSERT INTO patient_merge_snapshot (merge_id, role, patient_id, birth_name, used_name, first_names, sex,
                birth_date, birth_place_code, phone, email, address, postal_code, city, identity_status, matricule, oid,
                identity_attributes, archived, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /** Marks the merge undone; the {@code unmerged_at IS NULL} guard makes two simultaneous unmerges one. */
    private static final String MARK_UNMERGED = """
            UPDATE patient_merge SET unmerged_by = ?, unmerged_at = ? WHERE id = ? AND unmerged_at IS NULL""";

    private static final String MERGE_COLUMNS = """
            m.id, m.filled_fields, m.survivor_version, m.retired_version, m.merged_by, m.merged_at, m.unmerged_by,
                m.unmerged_at,
                s.patient_id, s.birth_name, s.used_name, s.first_names, s.sex, s.birth_date, s.birth_place_code, s.phone,
                s.email, s.address, s.postal_code, s.city, s.identity_status, s.matricule, s.oid, s.identity_attributes,
                s.archived, s.version,
                r.patient_id, r.birth_name, r.used_name, r.first_names, r.sex, r.birth_date, r.birth_place_code, r.phone,
                r.email, r.address, r.postal_code, r.city, r.identity_status, r.matricule, r.oid, r.identity_attributes,
                r.archived, r.version
            FROM patient_merge m
            JOIN patient_merge_snapshot s ON s.merge_id = m.id AND s.role = 'survivor'
            JOIN patient_merge_snapshot r ON r.merge_id = m.id AND r.role = 'retired'
            """;
    private static final String SELECT_MERGE = "SELECT " + MERGE_COLUMNS + "WHERE m.id = ?";
    private static final String SELECT_MERGES = "SELECT " + MERGE_COLUMNS
            + "ORDER BY m.merged_at DESC, m.id FETCH FIRST ? ROWS ONLY";
    private static final int SNAPSHOT_COLUMNS = 18;
    private static final int MAX_HISTORY = 1000;

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public JdbcPatientDuplicates(Transactions transactions, AuditTrail auditTrail, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // --- detection ----------------------------------------------------------------------------------------------

    @Override
    public List<DuplicatePair> find(Caller caller, int minScore) {
        Objects.requireNonNull(caller, "caller");
        if (minScore < 1 || minScore > 100) {
            throw new SegurException(PatientError.PAT_0019, minScore);
        }
        return transactions.read(connection -> {
            List<DuplicateCandidate> candidates = readCandidates(connection);
            Map<String, String[]> dismissed = readDismissals(connection);
            Map<UUID, Patient> loaded = new HashMap<>();
            List<DuplicatePair> pairs = new ArrayList<>();
            for (DuplicateDetector.ScoredPair found : DuplicateDetector.find(candidates, minScore)) {
                DuplicateCandidate first = candidates.get(found.first());
                DuplicateCandidate second = candidates.get(found.second());
                if (isDismissed(dismissed, first, second)) {
                    continue;
                }
                pairs.add(new DuplicatePair(full(connection, loaded, first.id()), full(connection, loaded, second.id()),
                        found.similarity().score(), found.similarity().reasons()));
            }
            return pairs;
        });
    }

    private static List<DuplicateCandidate> readCandidates(Connection connection) throws SQLException {
        List<DuplicateCandidate> candidates = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT_CANDIDATES)) {
            query.setFetchSize(1000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Optional<BirthDate> birthDate = BirthDate.parseIso(row.getString(6));
                    String firstNames = row.getString(4);
                    candidates.add(new DuplicateCandidate(UUID.fromString(row.getString(1)), row.getString(2),
                            row.getString(3),
                            firstNames.isEmpty() ? List.of() : Arrays.asList(SEPARATOR.split(firstNames, -1)),
                            Sex.fromCode(row.getString(5)).orElse(null), birthDate.orElse(null), row.getString(7),
                            IdentityStatus.fromCode(row.getString(8)).orElse(IdentityStatus.PROVISOIRE),
                            row.getString(9), row.getString(10)));
                }
            }
        }
        return candidates;
    }

    /** "low|high" → {identity_low, identity_high}. */
    private static Map<String, String[]> readDismissals(Connection connection) throws SQLException {
        Map<String, String[]> dismissed = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT_DISMISSALS);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                dismissed.put(row.getString(1) + "|" + row.getString(2), new String[] {row.getString(3), row.getString(4)});
            }
        }
        return dismissed;
    }

    private static boolean isDismissed(Map<String, String[]> dismissed, DuplicateCandidate a, DuplicateCandidate b) {
        boolean aLow = a.id().toString().compareTo(b.id().toString()) < 0;
        DuplicateCandidate low = aLow ? a : b;
        DuplicateCandidate high = aLow ? b : a;
        String[] identities = dismissed.get(low.id() + "|" + high.id());
        return identities != null && identities[0].equals(low.fingerprint()) && identities[1].equals(high.fingerprint());
    }

    private static Patient full(Connection connection, Map<UUID, Patient> loaded, UUID id) throws SQLException {
        Patient patient = loaded.get(id);
        if (patient == null) {
            patient = JdbcPatientRegistry.load(connection, id).orElseThrow(() -> new SegurException(CoreError.CORE_0007, id));
            loaded.put(id, patient);
        }
        return patient;
    }

    // --- dismissal ----------------------------------------------------------------------------------------------

    @Override
    public void dismiss(Caller caller, UUID firstId, long firstVersion, UUID secondId, long secondVersion) {
        Objects.requireNonNull(caller, "caller");
        if (firstId.equals(secondId)) {
            throw new SegurException(PatientError.PAT_0010);
        }
        transactions.inTransaction(connection -> {
            Patient first = current(connection, firstId, firstVersion);
            Patient second = current(connection, secondId, secondVersion);
            boolean firstLow = firstId.toString().compareTo(secondId.toString()) < 0;
            Patient low = firstLow ? first : second;
            Patient high = firstLow ? second : first;
            try (PreparedStatement delete = connection.prepareStatement(DELETE_DISMISSAL);
                 PreparedStatement insert = connection.prepareStatement(INSERT_DISMISSAL)) {
                delete.setString(1, low.id().toString());
                delete.setString(2, high.id().toString());
                delete.executeUpdate();
                insert.setString(1, low.id().toString());
                insert.setString(2, high.id().toString());
                insert.setString(3, DuplicateCandidate.of(low).fingerprint());
                insert.setString(4, DuplicateCandidate.of(high).fingerprint());
                insert.setString(5, caller.userId());
                insert.setObject(6, now());
                insert.executeUpdate();
            }
            audit(connection, caller, firstId, AuditAction.DUPLICATE_DISMISS, "not a duplicate of " + secondId);
            audit(connection, caller, secondId, AuditAction.DUPLICATE_DISMISS, "not a duplicate of " + firstId);
            return null;
        });
    }

    // --- merge --------------------------------------------------------------------------------------------------

    @Override
    public MergeRecord merge(Caller caller, UUID survivorId, long survivorVersion, UUID retiredId,
                             long retiredVersion) {
        Objects.requireNonNull(caller, "caller");
        if (survivorId.equals(retiredId)) {
            throw new SegurException(PatientError.PAT_0010);
        }
        return transactions.inTransaction(connection -> {
            Patient survivor = current(connection, survivorId, survivorVersion);
            Patient retired = current(connection, retiredId, retiredVersion);
            for (Patient patient : List.of(survivor, retired)) {
                if (patient.archived()) {
                    throw new SegurException(PatientError.PAT_0013, patient.id());
                }
            }
            refuseQualifiedMismatch(survivor, retired);

            List<PatientField> filled = new ArrayList<>();
            Patient merged = survivor;
            for (PatientField field : PatientField.FILLABLE) {
                if (field.isEmptyIn(survivor) && !field.isEmptyIn(retired)) {
                    filled.add(field);
                    merged = field.copy(retired, merged);
                }
            }
            OffsetDateTime now = now();
            writeContact(connection, survivorId, survivorVersion, merged.contact(), now);
            try (PreparedStatement retire = connection.prepareStatement(RETIRE)) {
                retire.setString(1, survivorId.toString());
                retire.setObject(2, now);
                retire.setString(3, retiredId.toString());
                retire.setLong(4, retiredVersion);
                if (retire.executeUpdate() == 0) {
                    throw new SegurException(CoreError.CORE_0006);
                }
            }
            try (PreparedStatement delete = connection.prepareStatement(DELETE_TOKENS)) {
                delete.setString(1, retiredId.toString());
                delete.executeUpdate();
            }

            UUID mergeId = UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement(INSERT_MERGE)) {
                insert.setString(1, mergeId.toString());
                insert.setString(2, survivorId.toString());
                insert.setString(3, retiredId.toString());
                setNullable(insert, 4, filled.isEmpty() ? null
                        : filled.stream().map(PatientField::code).collect(Collectors.joining(",")));
                insert.setLong(5, survivorVersion + 1);
                insert.setLong(6, retiredVersion + 1);
                insert.setString(7, caller.userId());
                insert.setObject(8, now);
                insert.executeUpdate();
            }
            try (PreparedStatement snapshot = connection.prepareStatement(INSERT_SNAPSHOT)) {
                bindSnapshot(snapshot, mergeId, SURVIVOR, survivor);
                snapshot.addBatch();
                bindSnapshot(snapshot, mergeId, RETIRED, retired);
                snapshot.addBatch();
                snapshot.executeBatch();
            }
            audit(connection, caller, survivorId, AuditAction.MERGE, "merge " + mergeId + " kept, retired " + retiredId);
            audit(connection, caller, retiredId, AuditAction.MERGE, "merge " + mergeId + " retired into " + survivorId);
            return new MergeRecord(mergeId, survivor, retired, filled, caller.userId(), now, null, null);
        });
    }

    /** The INS rules of a merge (specs §2.5): a qualified identity is never retired under an unqualified one. */
    private static void refuseQualifiedMismatch(Patient survivor, Patient retired) {
        DuplicateCandidate kept = DuplicateCandidate.of(survivor);
        DuplicateCandidate gone = DuplicateCandidate.of(retired);
        if (kept.qualified() && gone.qualified()
                && !DuplicateScorer.sameMatricule(kept.matricule(), gone.matricule())) {
            throw new SegurException(PatientError.PAT_0011);
        }
        if (gone.qualified() && !kept.qualified()) {
            throw new SegurException(PatientError.PAT_0012);
        }
    }

    // --- unmerge ------------------------------------------------------------------------------------------------

    @Override
    public MergeRecord unmerge(Caller caller, UUID mergeId) {
        Objects.requireNonNull(caller, "caller");
        return transactions.inTransaction(connection -> {
            StoredMerge stored = readMerge(connection, mergeId)
                    .orElseThrow(() -> new SegurException(PatientError.PAT_0014, mergeId));
            MergeRecord merge = stored.record();
            if (merge.undone()) {
                throw new SegurException(PatientError.PAT_0015);
            }
            Patient survivor = JdbcPatientRegistry.load(connection, merge.survivorId())
                    .orElseThrow(() -> new SegurException(CoreError.CORE_0007, merge.survivorId()));
            Patient retired = JdbcPatientRegistry.load(connection, merge.retiredId())
                    .orElseThrow(() -> new SegurException(CoreError.CORE_0007, merge.retiredId()));
            if (survivor.version() != stored.survivorVersion()) {
                throw new SegurException(PatientError.PAT_0016,
                        changes(merge.survivorAfterMerge(), survivor));
            }
            if (retired.version() != stored.retiredVersion()) {
                throw new SegurException(PatientError.PAT_0017,
                        changes(merge.retiredBefore().withArchived(true), retired));
            }

            OffsetDateTime now = now();
            try (PreparedStatement mark = connection.prepareStatement(MARK_UNMERGED)) {
                mark.setString(1, caller.userId());
                mark.setObject(2, now);
                mark.setString(3, mergeId.toString());
                if (mark.executeUpdate() == 0) {
                    throw new SegurException(PatientError.PAT_0015);
                }
            }
            writeContact(connection, survivor.id(), survivor.version(), merge.survivorBefore().contact(), now);
            Patient reactivated = retired.withArchived(false);
            try (PreparedStatement reactivate = connection.prepareStatement(REACTIVATE)) {
                setNullable(reactivate, 1, PatientRows.qualifiedMatricule(reactivated));
                reactivate.setObject(2, now);
                reactivate.setString(3, retired.id().toString());
                reactivate.setLong(4, retired.version());
                if (reactivate.executeUpdate() == 0) {
                    throw new SegurException(CoreError.CORE_0006);
                }
            } catch (SQLException e) {
                if (JdbcPatientRegistry.isQualifiedMatriculeConflict(e)) {
                    throw new SegurException(PatientError.PAT_0018, e);
                }
                throw e;
            }
            try (PreparedStatement tokens = connection.prepareStatement(INSERT_TOKEN)) {
                for (String token : SearchTokens.of(reactivated)) {
                    tokens.setString(1, token);
                    tokens.setString(2, retired.id().toString());
                    tokens.addBatch();
                }
                tokens.executeBatch();
            }
            audit(connection, caller, survivor.id(), AuditAction.UNMERGE, "merge " + mergeId + " undone");
            audit(connection, caller, retired.id(), AuditAction.UNMERGE, "merge " + mergeId + " undone, active again");
            return new MergeRecord(merge.id(), merge.survivorBefore(), merge.retiredBefore(), merge.filledFields(),
                    merge.mergedBy(), merge.mergedAt(), caller.userId(), now);
        });
    }

    /** French list of what changed, for PAT-0016/0017 ("téléphone, adresse"). */
    private static String changes(Patient expected, Patient current) {
        List<PatientField> changed = PatientField.differences(expected, current);
        if (changed.isEmpty()) {
            changed = List.of(PatientField.OTHER);
        }
        return changed.stream().map(PatientField::text).collect(Collectors.joining(", "));
    }

    @Override
    public List<MergeRecord> merges(Caller caller, int limit) {
        Objects.requireNonNull(caller, "caller");
        if (limit <= 0) {
            return List.of();
        }
        return transactions.read(connection -> {
            List<MergeRecord> records = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SELECT_MERGES)) {
                query.setInt(1, Math.min(limit, MAX_HISTORY));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        records.add(readMergeRow(row).record());
                    }
                }
            }
            return records;
        });
    }

    // --- rows ---------------------------------------------------------------------------------------------------

    /** A merge as stored: the public record plus the versions its records were left at. */
    private record StoredMerge(MergeRecord record, long survivorVersion, long retiredVersion) {
    }

    private static Optional<StoredMerge> readMerge(Connection connection, UUID mergeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT_MERGE)) {
            query.setString(1, mergeId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(readMergeRow(row)) : Optional.empty();
            }
        }
    }

    private static StoredMerge readMergeRow(ResultSet row) throws SQLException {
        List<PatientField> filled = new ArrayList<>();
        String codes = row.getString(2);
        if (codes != null) {
            for (String code : codes.split(",")) {
                PatientField.fromCode(code).ifPresent(filled::add);
            }
        }
        Patient survivor = readSnapshot(row, 9);
        Patient retired = readSnapshot(row, 9 + SNAPSHOT_COLUMNS);
        MergeRecord record = new MergeRecord(UUID.fromString(row.getString(1)), survivor, retired, filled,
                row.getString(5), row.getObject(6, OffsetDateTime.class), row.getString(7),
                row.getObject(8, OffsetDateTime.class));
        return new StoredMerge(record, row.getLong(3), row.getLong(4));
    }

    /** The {@value #SNAPSHOT_COLUMNS} snapshot columns from {@code first}, in the order of INSERT_SNAPSHOT. */
    private static Patient readSnapshot(ResultSet row, int first) throws SQLException {
        int i = first;
        UUID id = UUID.fromString(row.getString(i++));
        String birthName = row.getString(i++);
        String usedName = row.getString(i++);
        String firstNames = row.getString(i++);
        Sex sex = Sex.fromCode(row.getString(i++)).orElse(null);
        BirthDate birthDate = BirthDate.parseIso(row.getString(i++))
                .orElseThrow(() -> new SQLException("unreadable birth_date in merge snapshot of " + id, "22007"));
        String birthPlace = row.getString(i++);
        Contact contact = new Contact(row.getString(i++), row.getString(i++), row.getString(i++), row.getString(i++),
                row.getString(i++));
        IdentityStatus status = IdentityStatus.fromCode(row.getString(i++)).orElse(IdentityStatus.PROVISOIRE);
        String matricule = row.getString(i++);
        String oid = row.getString(i++);
        String attributes = row.getString(i++);
        boolean archived = row.getBoolean(i++);
        long version = row.getLong(i);
        return new Patient(id, birthName, usedName,
                firstNames.isEmpty() ? List.of() : Arrays.asList(SEPARATOR.split(firstNames, -1)), sex, birthDate,
                birthPlace, contact, status, matricule, oid, IdentityAttributes.decode(attributes), archived, version);
    }

    private static void bindSnapshot(PreparedStatement insert, UUID mergeId, String role, Patient patient)
            throws SQLException {
        int i = 1;
        insert.setString(i++, mergeId.toString());
        insert.setString(i++, role);
        insert.setString(i++, patient.id().toString());
        insert.setString(i++, patient.birthName());
        setNullable(insert, i++, patient.usedName());
        insert.setString(i++, PatientRows.encodeFirstNames(patient.firstNames()));
        insert.setString(i++, patient.sex().name());
        insert.setString(i++, patient.birthDate().toIso());
        setNullable(insert, i++, patient.birthPlaceCode());
        Contact contact = patient.contact();
        setNullable(insert, i++, contact.phone());
        setNullable(insert, i++, contact.email());
        setNullable(insert, i++, contact.address());
        setNullable(insert, i++, contact.postalCode());
        setNullable(insert, i++, contact.city());
        insert.setString(i++, patient.identityStatus().code());
        setNullable(insert, i++, patient.matricule());
        setNullable(insert, i++, patient.oid());
        setNullable(insert, i++, IdentityAttributes.encode(patient.attributes()));
        insert.setBoolean(i++, patient.archived());
        insert.setLong(i, patient.version());
    }

    // --- shared -------------------------------------------------------------------------------------------------

    /** The record if it exists and is at the version the user saw. */
    private static Patient current(Connection connection, UUID id, long expectedVersion) throws SQLException {
        Patient patient = JdbcPatientRegistry.load(connection, id)
                .orElseThrow(() -> new SegurException(CoreError.CORE_0007, id));
        if (patient.version() != expectedVersion) {
            throw new SegurException(CoreError.CORE_0006);
        }
        return patient;
    }

    private static void writeContact(Connection connection, UUID id, long expectedVersion, Contact contact,
                                     OffsetDateTime now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(WRITE_CONTACT)) {
            setNullable(update, 1, contact.phone());
            setNullable(update, 2, contact.email());
            setNullable(update, 3, contact.address());
            setNullable(update, 4, contact.postalCode());
            setNullable(update, 5, contact.city());
            update.setObject(6, now);
            update.setString(7, id.toString());
            update.setLong(8, expectedVersion);
            if (update.executeUpdate() == 0) {
                throw new SegurException(CoreError.CORE_0006);
            }
        }
    }

    private void audit(Connection connection, Caller caller, UUID patientId, AuditAction action, String detail)
            throws SQLException {
        auditTrail.append(connection, new AuditEvent(caller, patientId, action, AuditOutcome.SUCCESS, detail));
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

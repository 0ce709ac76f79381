package fr.galien.core.patient;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.identity.IdentityRules;
import fr.galien.core.identity.InsError;
import fr.galien.core.identity.StrictTraits;
import fr.galien.core.patient.duplicates.NameSimilarity;
import fr.galien.core.patient.io.ImportedIdentities;
import fr.galien.core.search.SearchTokens;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The patient registry on H2 or PostgreSQL (same SQL). Every change and every file opening writes its audit row in
 * the same transaction; updates and archivals are guarded by the version read ({@code CORE-0006}, never a silent
 * overwrite); search goes through {@code patient_token} (see {@link SearchTokens}, ADR 0004).
 */
public final class JdbcPatientRegistry implements PatientRegistry {

    /**
     * Look-alike thresholds, Jaro-Winkler on compacted names ({@link NameSimilarity}): a name (birth or used, either
     * way round) at least 0.90 — catches one typo or a swapped letter in a name of 6+ letters, "Dupont"/"Dupond" 0.93 —
     * and a first first name at least 0.85 ("Mathieu"/"Matthieu" 0.97, "Léa"/"Lou" 0.6: twins are not flagged).
     */
    static final double NAME_THRESHOLD = 0.90;
    static final double FIRST_NAME_THRESHOLD = 0.85;

    static final int MAX_LIMIT = 500;
    private static final int BATCH_SIZE = 500;
    private static final int LOOKALIKE_CANDIDATES = 500;
    /** Rows read per wanted result: a patient may match through several of its tokens (deduplicated in Java). */
    private static final int ROWS_PER_RESULT = 3;
    private static final int SQL_TOKENS = 4;
    private static final String QUALIFIED_MATRICULE_CONSTRAINT = "uk_patient_qualified_matricule";

    private static final String INSERT_PATIENT = """
            INSERT INTO patient (birth_name, used_name, first_names, sex, birth_date, birth_place_code, phone, email,
                address, postal_code, city, identity_status, matricule, oid, qualified_matricule, identity_attributes,
                id, archived, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 1, ?, ?)""";

    private static final String UPDATE_PATIENT = """
            UPDATE patient SET birth_name = ?, used_name = ?, first_names = ?, sex = ?, birth_date = ?,
                birth_place_code = ?, phone = ?, email = ?, address = ?, postal_code = ?, city = ?, identity_status = ?,
                matricule = ?, oid = ?, qualified_matricule = ?, identity_attributes = ?, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?""";

    private static final String ARCHIVE_PATIENT = """
            UPDATE patient SET archived = TRUE, qualified_matricule = NULL, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?""";

    private static final String SELECT_BY_ID = """
            SELECT p.id, p.birth_name, p.used_name, p.first_names, p.sex, p.birth_date, p.birth_place_code, p.phone, p.email,
                p.address, p.postal_code, p.city, p.identity_status, p.matricule, p.oid, p.archived, p.version, p.identity_attributes
            FROM patient p WHERE p.id = ?""";

    private static final String SELECT_ALL_ACTIVE = """
            SELECT p.id, p.birth_name, p.used_name, p.first_names, p.sex, p.birth_date, p.birth_place_code, p.phone, p.email,
                p.address, p.postal_code, p.city, p.identity_status, p.matricule, p.oid, p.archived, p.version, p.identity_attributes
            FROM patient p WHERE p.archived = FALSE ORDER BY p.birth_name, p.id""";

    private static final String SELECT_INCOMPLETE = """
            SELECT p.id, p.birth_name, p.used_name, p.first_names, p.sex, p.birth_date, p.birth_place_code, p.phone, p.email,
                p.address, p.postal_code, p.city, p.identity_status, p.matricule, p.oid, p.archived, p.version, p.identity_attributes
            FROM patient p WHERE p.archived = FALSE AND (p.birth_place_code IS NULL OR p.birth_place_code = '')
            ORDER BY p.birth_name, p.id FETCH FIRST ? ROWS ONLY""";

    private static final String INSERT_TOKEN = "INSERT INTO patient_token (token, patient_id) VALUES (?, ?)";
    private static final String DELETE_TOKENS = "DELETE FROM patient_token WHERE patient_id = ?";

    private static final String SELECT_BY_TOKEN = """
            SELECT p.id, p.birth_name, p.used_name, p.first_names, p.sex, p.birth_date, p.birth_place_code, p.phone, p.email,
                p.address, p.postal_code, p.city, p.identity_status, p.matricule, p.oid, p.archived, p.version, p.identity_attributes
            FROM patient_token t JOIN patient p ON p.id = t.patient_id
            WHERE t.token = ? AND p.archived = FALSE
            ORDER BY t.patient_id
            FETCH FIRST ? ROWS ONLY""";

    /*
     * Search: one constant statement per number of tokens (1 to 4). The derived table scans the primary key
     * (token, patient_id) from the most selective token in index order and stops at FETCH FIRST; the other tokens
     * are EXISTS probes on ix_patient_token_patient; only then are the few patients read by primary key.
     */
    private static final String SEARCH_1 = """
            SELECT p.id, p.birth_name, p.used_name, p.first_names, p.sex, p.birth_date, p.birth_place_code, p.phone, p.email,
                p.address, p.postal_code, p.city, p.identity_status, p.matricule, p.oid, p.archived, p.version, p.identity_attributes
            FROM (SELECT t1.patient_id, t1.token FROM patient_token t1
                  WHERE t1.token >= ? AND t1.token < ?
                  ORDER BY t1.token, t1.patient_id
                  FETCH FIRST ? ROWS ONLY) m
            JOIN patient p ON p.id = m.patient_id
            WHERE p.archived = FALSE
            ORDER BY m.token, m.patient_id""";

    private static final String SEARCH_2 = """
            SELECT p.id, p.birth_name, p.used_name, p.first_names, p.sex, p.birth_date, p.birth_place_code, p.phone, p.email,
                p.address, p.postal_code, p.city, p.identity_status, p.matricule, p.oid, p.archived, p.version, p.identity_attributes
            FROM (SELECT t1.patient_id, t1.token FROM patient_token t1
                  WHERE t1.token >= ? AND t1.token < ?
                      AND EXISTS (SELECT 1 FROM patient_token t2
                                  WHERE t2.patient_id = t1.patient_id AND t2.token >= ? AND t2.token < ?)
                  ORDER BY t1.token, t1.patient_id
                  FETCH FIRST ? ROWS ONLY) m
            JOIN patient p ON p.id = m.patient_id
            WHERE p.archived = FALSE
            ORDER BY m.token, m.patient_id""";

    private static final String SEARCH_3 = """
            SELECT p.id, p.birth_name, p.used_name, p.first_names, p.sex, p.birth_date, p.birth_place_code, p.phone, p.email,
                p.address, p.postal_code, p.city, p.identity_status, p.matricule, p.oid, p.archived, p.version, p.identity_attributes
            FROM (SELECT t1.patient_id, t1.token FROM patient_token t1
                  WHERE t1.token >= ? AND t1.token < ?
                      AND EXISTS (SELECT 1 FROM patient_token t2
                                  WHERE t2.patient_id = t1.patient_id AND t2.token >= ? AND t2.token < ?)
                      AND EXISTS (SELECT 1 FROM patient_token t3
                                  WHERE t3.patient_id = t1.patient_id AND t3.token >= ? AND t3.token < ?)
                  ORDER BY t1.token, t1.patient_id
                  FETCH FIRST ? ROWS ONLY) m
            JOIN patient p ON p.id = m.patient_id
            WHERE p.archived = FALSE
            ORDER BY m.token, m.patient_id""";

    private static final String SEARCH_4 = """
            SELECT p.id, p.birth_name, p.used_name, p.first_names, p.sex, p.birth_date, p.birth_place_code, p.phone, p.email,
                p.address, p.postal_code, p.city, p.identity_status, p.matricule, p.oid, p.archived, p.version, p.identity_attributes
            FROM (SELECT t1.patient_id, t1.token FROM patient_token t1
                  WHERE t1.token >= ? AND t1.token < ?
                      AND EXISTS (SELECT 1 FROM patient_token t2
                                  WHERE t2.patient_id = t1.patient_id AND t2.token >= ? AND t2.token < ?)
                      AND EXISTS (SELECT 1 FROM patient_token t3
                                  WHERE t3.patient_id = t1.patient_id AND t3.token >= ? AND t3.token < ?)
                      AND EXISTS (SELECT 1 FROM patient_token t4
                                  WHERE t4.patient_id = t1.patient_id AND t4.token >= ? AND t4.token < ?)
                  ORDER BY t1.token, t1.patient_id
                  FETCH FIRST ? ROWS ONLY) m
            JOIN patient p ON p.id = m.patient_id
            WHERE p.archived = FALSE
            ORDER BY m.token, m.patient_id""";

    /**
     * How many tokens fall in a range, counted up to {@value #SELECTIVITY_CAP} index entries: with several words, the
     * one with the fewest rows drives the scan, so a rare combination costs at most that many EXISTS probes.
     */
    private static final String COUNT_RANGE = """
            SELECT COUNT(*) FROM (SELECT t.patient_id FROM patient_token t WHERE t.token >= ? AND t.token < ?
                                  FETCH FIRST 2000 ROWS ONLY) c""";
    private static final int SELECTIVITY_CAP = 2000;

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public JdbcPatientRegistry(Transactions transactions, AuditTrail auditTrail, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Patient create(Caller caller, Patient draft) {
        Objects.requireNonNull(caller, "caller");
        requireValid(PatientValidator.validateCreation(draft, today())); // rule 5: every strict trait
        Patient saved = fresh(provisional(draft));
        return transactions.inTransaction(connection -> {
            OffsetDateTime now = now();
            try (PreparedStatement insert = connection.prepareStatement(INSERT_PATIENT);
                 PreparedStatement tokens = connection.prepareStatement(INSERT_TOKEN)) {
                bindInsert(insert, saved, now);
                executeMappingConflicts(insert::executeUpdate);
                addTokens(tokens, saved);
                tokens.executeBatch();
            }
            auditTrail.append(connection, AuditEvent.success(caller, saved.id(), AuditAction.CREATE));
            return saved;
        });
    }

    /**
     * Creates many patients in ONE transaction (all or nothing: an import never half-lands), with JDBC batches of
     * {@value #BATCH_SIZE} for patients and tokens and one CREATE audit row per patient. Every patient is validated
     * first; field names are prefixed with the patient's index ({@code patients[3].birthName}). Identities coming in
     * bulk (imports, the demo, benchmarks) are requalified as {@link ImportedIdentities} says (REM 30): none lands
     * {@code qualifiee} or {@code validee}; a matricule found in the file is kept to be checked again.
     */
    @Override
    public List<Patient> createAll(Caller caller, List<Patient> drafts) {
        Objects.requireNonNull(caller, "caller");
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            for (FieldError error : PatientValidator.validate(drafts.get(i), today)) {
                errors.add(new FieldError("patients[" + i + "]." + error.field(), error.message(), error.args()));
            }
        }
        requireValid(errors);
        List<Patient> saved = drafts.stream().map(ImportedIdentities::requalify).map(JdbcPatientRegistry::fresh).toList();
        return transactions.inTransaction(connection -> {
            OffsetDateTime now = now();
            try (PreparedStatement insert = connection.prepareStatement(INSERT_PATIENT);
                 PreparedStatement tokens = connection.prepareStatement(INSERT_TOKEN)) {
                for (int from = 0; from < saved.size(); from += BATCH_SIZE) {
                    List<Patient> batch = saved.subList(from, Math.min(saved.size(), from + BATCH_SIZE));
                    for (Patient patient : batch) {
                        bindInsert(insert, patient, now);
                        insert.addBatch();
                        addTokens(tokens, patient);
                    }
                    executeMappingConflicts(insert::executeBatch);
                    tokens.executeBatch();
                    for (Patient patient : batch) {
                        auditTrail.append(connection, AuditEvent.success(caller, patient.id(), AuditAction.CREATE));
                    }
                }
            }
            return saved;
        });
    }

    /**
     * Saves the contact, the used name and — while the identity is neither récupérée nor qualifiée — the strict
     * traits. The identity itself (status, matricule, OID, attributes) belongs to the identity service: an edit that
     * changes it is refused ({@code INS-0032}), so is an edit of the strict traits of a récupérée or qualifiée
     * identity ({@code INS-0033}, REM 26: they come from INSi; "Corriger l'identité" removes the INS, REM 27).
     */
    @Override
    public Patient update(Caller caller, Patient edited) {
        Objects.requireNonNull(caller, "caller");
        requireValid(PatientValidator.validate(edited, today()));
        return transactions.inTransaction(connection -> {
            Patient current = load(connection, edited.id())
                    .orElseThrow(() -> new SegurException(CoreError.CORE_0007, edited.id()));
            if (current.version() != edited.version()) {
                throw new SegurException(CoreError.CORE_0006);
            }
            if (!sameIdentity(current, edited)) {
                throw new SegurException(InsError.INS_0032);
            }
            if (IdentityRules.strictTraitsComeFromInsi(current.identityStatus()) && !StrictTraits.same(current, edited)) {
                throw new SegurException(InsError.INS_0033);
            }
            // Archival is changed by archive() only: an edit keeps the stored flag.
            Patient saved = write(connection, edited.withArchived(current.archived()), now());
            auditTrail.append(connection, AuditEvent.success(caller, saved.id(), AuditAction.UPDATE));
            return saved;
        });
    }

    /**
     * Writes every column of {@code changed} over the row whose version is {@code changed.version()}, bumps the
     * version and rewrites the search tokens, in the caller's transaction. Shared with the identity service
     * ({@link PatientIdentityStore}).
     *
     * @throws SegurException {@code CORE-0006} when the row moved on, {@code PAT-0001} on a qualified-matricule clash
     */
    static Patient write(Connection connection, Patient changed, OffsetDateTime now) throws SQLException {
        Patient saved = changed.withVersion(changed.version() + 1);
        try (PreparedStatement update = connection.prepareStatement(UPDATE_PATIENT)) {
            int next = PatientRows.bindFields(update, 1, saved);
            PatientRows.setTimestamp(update, next++, now);
            update.setString(next++, changed.id().toString());
            update.setLong(next, changed.version());
            if (executeMappingConflicts(update::executeUpdate) == 0) {
                throw new SegurException(CoreError.CORE_0006);
            }
        }
        rewriteTokens(connection, saved);
        return saved;
    }

    private static boolean sameIdentity(Patient current, Patient edited) {
        return current.identityStatus() == edited.identityStatus()
                && Objects.equals(current.matricule(), edited.matricule())
                && Objects.equals(current.oid(), edited.oid())
                && current.attributes().equals(edited.attributes());
    }

    /**
     * The patient without an audit row, for a queued national call sent in the background (the send itself is
     * audited by the service that queued it, with the patient's id): never for showing a patient to a user.
     */
    public static Optional<Patient> loadForSending(Connection tx, UUID id) throws SQLException {
        return load(tx, id);
    }

    @Override
    public Patient open(Caller caller, UUID id) {
        Objects.requireNonNull(caller, "caller");
        return transactions.inTransaction(connection -> {
            Patient patient = load(connection, id).orElseThrow(() -> new SegurException(CoreError.CORE_0007, id));
            auditTrail.append(connection, AuditEvent.success(caller, id, AuditAction.READ));
            return patient;
        });
    }

    @Override
    public Patient archive(Caller caller, UUID id, long expectedVersion) {
        Objects.requireNonNull(caller, "caller");
        return transactions.inTransaction(connection -> {
            Patient current = load(connection, id).orElseThrow(() -> new SegurException(CoreError.CORE_0007, id));
            if (current.version() != expectedVersion) {
                throw new SegurException(CoreError.CORE_0006);
            }
            if (current.archived()) {
                return current;
            }
            try (PreparedStatement archive = connection.prepareStatement(ARCHIVE_PATIENT)) {
                PatientRows.setTimestamp(archive, 1, now());
                archive.setString(2, id.toString());
                archive.setLong(3, expectedVersion);
                if (archive.executeUpdate() == 0) {
                    throw new SegurException(CoreError.CORE_0006);
                }
            }
            Patient archived = current.withArchived(true).withVersion(expectedVersion + 1);
            rewriteTokens(connection, archived);
            auditTrail.append(connection, AuditEvent.success(caller, id, AuditAction.ARCHIVE));
            return archived;
        });
    }

    @Override
    public List<Patient> search(Caller caller, String query, int limit) {
        Objects.requireNonNull(caller, "caller");
        List<SearchTokens.QueryToken> tokens = SearchTokens.ofQuery(query);
        if (tokens.isEmpty() || limit <= 0) {
            return List.of();
        }
        int wanted = Math.min(limit, MAX_LIMIT);
        List<Patient> found = transactions.read(connection -> {
            List<SearchTokens.QueryToken> ordered = tokens.size() == 1 ? tokens : bySelectivity(connection, tokens);
            List<SearchTokens.QueryToken> inSql = ordered.subList(0, Math.min(SQL_TOKENS, ordered.size()));
            List<SearchTokens.QueryToken> inJava = ordered.subList(inSql.size(), ordered.size());
            int rows = wanted * ROWS_PER_RESULT * (inJava.isEmpty() ? 1 : 4);
            try (PreparedStatement search = prepareSearch(connection, inSql.size())) {
                int i = 1;
                for (SearchTokens.QueryToken token : inSql) {
                    search.setString(i++, token.from());
                    search.setString(i++, token.to());
                }
                search.setInt(i, rows);
                List<Patient> matching = new ArrayList<>();
                for (Patient patient : readAll(search)) {
                    if (matchesAll(patient, inJava)) {
                        matching.add(patient);
                    }
                }
                return matching;
            }
        });
        Map<UUID, Patient> unique = new LinkedHashMap<>();
        for (Patient patient : found) {
            if (unique.size() < wanted && !unique.containsKey(patient.id())) {
                unique.put(patient.id(), patient);
            }
        }
        return List.copyOf(unique.values());
    }

    @Override
    public List<Patient> exportAll(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        return transactions.inTransaction(connection -> {
            List<Patient> all;
            try (PreparedStatement query = connection.prepareStatement(SELECT_ALL_ACTIVE)) {
                all = readAll(query);
            }
            auditTrail.append(connection, new AuditEvent(caller, null, AuditAction.EXPORT,
                    fr.galien.core.audit.AuditOutcome.SUCCESS, all.size() + " patients"));
            return all;
        });
    }

    @Override
    public List<Patient> incompleteIdentities(Caller caller, int limit) {
        Objects.requireNonNull(caller, "caller");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return transactions.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT_INCOMPLETE)) {
                query.setInt(1, limit);
                return readAll(query);
            }
        });
    }

    @Override
    public List<Patient> lookalikes(Caller caller, Patient candidate) {
        Objects.requireNonNull(caller, "caller");
        if (candidate.birthDate() == null) {
            return List.of();
        }
        List<Patient> sameBirthDate = transactions.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT_BY_TOKEN)) {
                query.setString(1, SearchTokens.dateToken(candidate.birthDate()));
                query.setInt(2, LOOKALIKE_CANDIDATES);
                return readAll(query);
            }
        });
        record Scored(Patient patient, double score) {
        }
        List<Scored> similar = new ArrayList<>();
        for (Patient existing : sameBirthDate) {
            if (existing.id().equals(candidate.id())) {
                continue;
            }
            double name = nameSimilarity(candidate, existing);
            double firstName = NameSimilarity.of(candidate.firstFirstName(), existing.firstFirstName());
            if (name >= NAME_THRESHOLD && firstName >= FIRST_NAME_THRESHOLD) {
                similar.add(new Scored(existing, name + firstName));
            }
        }
        similar.sort(Comparator.comparingDouble(Scored::score).reversed());
        return similar.stream().map(Scored::patient).toList();
    }

    /** Tokens ordered by their (capped) row count, fewest first; ties keep the exact-then-longest order. */
    private static List<SearchTokens.QueryToken> bySelectivity(Connection connection,
                                                               List<SearchTokens.QueryToken> tokens) throws SQLException {
        Map<SearchTokens.QueryToken, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement count = connection.prepareStatement(COUNT_RANGE)) {
            for (SearchTokens.QueryToken token : tokens) {
                count.setString(1, token.from());
                count.setString(2, token.to());
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    counts.put(token, row.getLong(1));
                }
            }
        }
        List<SearchTokens.QueryToken> ordered = new ArrayList<>(tokens);
        ordered.sort(Comparator.comparingLong(counts::get));
        return ordered;
    }

    /** Best similarity between any of the two patients' names (birth or used, either way round). */
    /** One constant statement per token count, so the SQL text never depends on input. */
    private static PreparedStatement prepareSearch(Connection connection, int tokens) throws SQLException {
        return switch (tokens) {
            case 1 -> connection.prepareStatement(SEARCH_1);
            case 2 -> connection.prepareStatement(SEARCH_2);
            case 3 -> connection.prepareStatement(SEARCH_3);
            default -> connection.prepareStatement(SEARCH_4);
        };
    }

    private static double nameSimilarity(Patient a, Patient b) {
        double best = 0;
        for (String left : names(a)) {
            for (String right : names(b)) {
                best = Math.max(best, NameSimilarity.of(left, right));
            }
        }
        return best;
    }

    private static List<String> names(Patient patient) {
        List<String> names = new ArrayList<>(2);
        if (patient.birthName() != null && !patient.birthName().isBlank()) {
            names.add(patient.birthName());
        }
        if (patient.usedName() != null && !patient.usedName().isBlank()) {
            names.add(patient.usedName());
        }
        return names;
    }

    private static boolean matchesAll(Patient patient, List<SearchTokens.QueryToken> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        Set<String> tokens = SearchTokens.of(patient);
        return wanted.stream().allMatch(query -> tokens.stream().anyMatch(query::matches));
    }

    /** Also read by {@link JdbcPatientDuplicates}, so a patient row is mapped in one place. */
    static Optional<Patient> load(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_BY_ID)) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(PatientRows.read(row)) : Optional.empty();
            }
        }
    }

    private static List<Patient> readAll(PreparedStatement query) throws SQLException {
        List<Patient> patients = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                patients.add(PatientRows.read(rows));
            }
        }
        return patients;
    }

    private static void bindInsert(PreparedStatement insert, Patient patient, OffsetDateTime now) throws SQLException {
        int next = PatientRows.bindFields(insert, 1, patient);
        insert.setString(next++, patient.id().toString());
        PatientRows.setTimestamp(insert, next++, now);
        PatientRows.setTimestamp(insert, next, now);
    }

    private static void addTokens(PreparedStatement insert, Patient patient) throws SQLException {
        if (patient.archived()) {
            return;
        }
        for (String token : SearchTokens.of(patient)) {
            insert.setString(1, token);
            insert.setString(2, patient.id().toString());
            insert.addBatch();
        }
    }

    /** Archived patients keep no tokens: searches and look-alike checks never see them. */
    private static void rewriteTokens(Connection connection, Patient patient) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_TOKENS);
             PreparedStatement insert = connection.prepareStatement(INSERT_TOKEN)) {
            delete.setString(1, patient.id().toString());
            delete.executeUpdate();
            addTokens(insert, patient);
            insert.executeBatch();
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** The registry's own conflicts become their own code before the generic {@code CORE-0013}. */
    private static <T> T executeMappingConflicts(SqlCall<T> call) throws SQLException {
        try {
            return call.call();
        } catch (SQLException e) {
            if (isQualifiedMatriculeConflict(e)) {
                throw new SegurException(PatientError.PAT_0001, e);
            }
            throw e;
        }
    }

    static boolean isQualifiedMatriculeConflict(SQLException e) {
        for (SQLException current = e; current != null; current = current.getNextException()) {
            String message = current.getMessage() == null ? "" : current.getMessage().toLowerCase(Locale.ROOT);
            if ("23505".equals(current.getSQLState()) && message.contains(QUALIFIED_MATRICULE_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A patient created here starts {@code provisoire} without INS (RNIV): only the identity service moves it on, after
     * an INSi answer or a document check. Attributes (douteuse, fictive, homonyme) are kept.
     */
    private static Patient provisional(Patient draft) {
        return new Patient(draft.id(), draft.birthName(), draft.usedName(), draft.firstNames(), draft.sex(),
                draft.birthDate(), draft.birthPlaceCode(), draft.contact(), IdentityStatus.PROVISOIRE, null, null,
                draft.attributes(), draft.archived(), draft.version());
    }

    private static Patient fresh(Patient draft) {
        return draft.withArchived(false).withVersion(1);
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

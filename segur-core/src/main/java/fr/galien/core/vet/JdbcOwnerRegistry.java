package fr.galien.core.vet;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.domain.Animal;
import fr.galien.core.domain.Owner;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.search.SearchTokens.QueryToken;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The owner and animal registry on H2 or PostgreSQL (same SQL), built like the patient registry: audit rows in the
 * same transaction, optimistic locking on versions ({@code CORE-0006}), search through {@code owner_token}.
 *
 * <p>Every change that alters a household's tokens first locks the owner row ({@code SELECT … FOR UPDATE}, both
 * engines): two workstations adding animals to the same client rewrite its tokens one after the other instead of
 * colliding on the token primary key.
 */
public final class JdbcOwnerRegistry implements OwnerRegistry {

    static final int MAX_LIMIT = 500;
    private static final int BATCH_SIZE = 500;
    /** Rows read per wanted result: an owner matches through several tokens (its own and its animals'). */
    private static final int ROWS_PER_RESULT = 4;
    private static final int SQL_TOKENS = 4;

    private static final String INSERT_OWNER = """
            INSERT INTO owner (last_name, first_name, phone, email, address, postal_code, city,
                id, archived, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 1, ?, ?)""";

    private static final String UPDATE_OWNER = """
            UPDATE owner SET last_name = ?, first_name = ?, phone = ?, email = ?, address = ?, postal_code = ?,
                city = ?, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?""";

    private static final String ARCHIVE_OWNER = """
            UPDATE owner SET archived = TRUE, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?""";

    private static final String SELECT_OWNER = """
            SELECT o.id, o.last_name, o.first_name, o.phone, o.email, o.address, o.postal_code, o.city, o.archived,
                o.version
            FROM owner o WHERE o.id = ?""";

    private static final String LOCK_OWNER = """
            SELECT o.id, o.last_name, o.first_name, o.phone, o.email, o.address, o.postal_code, o.city, o.archived,
                o.version
            FROM owner o WHERE o.id = ? FOR UPDATE""";

    private static final String INSERT_ANIMAL = """
            INSERT INTO animal (name, species, breed, sex, birth_date, identification_number,
                id, owner_id, archived, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 1, ?, ?)""";

    private static final String UPDATE_ANIMAL = """
            UPDATE animal SET name = ?, species = ?, breed = ?, sex = ?, birth_date = ?, identification_number = ?,
                version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?""";

    private static final String ARCHIVE_ANIMAL = """
            UPDATE animal SET archived = TRUE, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?""";

    private static final String ARCHIVE_ANIMALS_OF_OWNER = """
            UPDATE animal SET archived = TRUE, version = version + 1, updated_at = ?
            WHERE owner_id = ? AND archived = FALSE""";

    private static final String SELECT_ANIMAL = """
            SELECT a.id, a.owner_id, a.name, a.species, a.breed, a.sex, a.birth_date, a.identification_number,
                a.archived, a.version
            FROM animal a WHERE a.id = ?""";

    private static final String SELECT_ACTIVE_ANIMALS = """
            SELECT a.id, a.owner_id, a.name, a.species, a.breed, a.sex, a.birth_date, a.identification_number,
                a.archived, a.version
            FROM animal a WHERE a.owner_id = ? AND a.archived = FALSE
            ORDER BY a.name, a.id""";

    private static final String INSERT_TOKEN = "INSERT INTO owner_token (token, owner_id) VALUES (?, ?)";
    private static final String DELETE_TOKENS = "DELETE FROM owner_token WHERE owner_id = ?";

    /*
     * Search: one constant statement per number of tokens (1 to 4), the plan of the patient search (ADR 0004): the
     * derived table range-scans the primary key (token, owner_id) from the most selective token and stops at FETCH
     * FIRST; the other tokens are EXISTS probes on ix_owner_token_owner; then the few owners are read by key.
     */
    private static final String SEARCH_1 = """
            SELECT o.id, o.last_name, o.first_name, o.phone, o.email, o.address, o.postal_code, o.city, o.archived,
                o.version
            FROM (SELECT t1.owner_id, t1.token FROM owner_token t1
                  WHERE t1.token >= ? AND t1.token < ?
                  ORDER BY t1.token, t1.owner_id
                  FETCH FIRST ? ROWS ONLY) m
            JOIN owner o ON o.id = m.owner_id
            WHERE o.archived = FALSE
            ORDER BY m.token, m.owner_id""";

    private static final String SEARCH_2 = """
            SELECT o.id, o.last_name, o.first_name, o.phone, o.email, o.address, o.postal_code, o.city, o.archived,
                o.version
            FROM (SELECT t1.owner_id, t1.token FROM owner_token t1
                  WHERE t1.token >= ? AND t1.token < ?
                      AND EXISTS (SELECT 1 FROM owner_token t2
                                  WHERE t2.owner_id = t1.owner_id AND t2.token >= ? AND t2.token < ?)
                  ORDER BY t1.token, t1.owner_id
                  FETCH FIRST ? ROWS ONLY) m
            JOIN owner o ON o.id = m.owner_id
            WHERE o.archived = FALSE
            ORDER BY m.token, m.owner_id""";

    private static final String SEARCH_3 = """
            SELECT o.id, o.last_name, o.first_name, o.phone, o.email, o.address, o.postal_code, o.city, o.archived,
                o.version
            FROM (SELECT t1.owner_id, t1.token FROM owner_token t1
                  WHERE t1.token >= ? AND t1.token < ?
                      AND EXISTS (SELECT 1 FROM owner_token t2
                                  WHERE t2.owner_id = t1.owner_id AND t2.token >= ? AND t2.token < ?)
                      AND EXISTS (SELECT 1 FROM owner_token t3
                                  WHERE t3.owner_id = t1.owner_id AND t3.token >= ? AND t3.token < ?)
                  ORDER BY t1.token, t1.owner_id
                  FETCH FIRST ? ROWS ONLY) m
            JOIN owner o ON o.id = m.owner_id
            WHERE o.archived = FALSE
            ORDER BY m.token, m.owner_id""";

    private static final String SEARCH_4 = """
            SELECT o.id, o.last_name, o.first_name, o.phone, o.email, o.address, o.postal_code, o.city, o.archived,
                o.version
            FROM (SELECT t1.owner_id, t1.token FROM owner_token t1
                  WHERE t1.token >= ? AND t1.token < ?
                      AND EXISTS (SELECT 1 FROM owner_token t2
                                  WHERE t2.owner_id = t1.owner_id AND t2.token >= ? AND t2.token < ?)
                      AND EXISTS (SELECT 1 FROM owner_token t3
                                  WHERE t3.owner_id = t1.owner_id AND t3.token >= ? AND t3.token < ?)
                      AND EXISTS (SELECT 1 FROM owner_token t4
                                  WHERE t4.owner_id = t1.owner_id AND t4.token >= ? AND t4.token < ?)
                  ORDER BY t1.token, t1.owner_id
                  FETCH FIRST ? ROWS ONLY) m
            JOIN owner o ON o.id = m.owner_id
            WHERE o.archived = FALSE
            ORDER BY m.token, m.owner_id""";

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public JdbcOwnerRegistry(Transactions transactions, AuditTrail auditTrail, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // --- owners -------------------------------------------------------------------------------------------------

    @Override
    public Owner createOwner(Caller caller, Owner draft) {
        Objects.requireNonNull(caller, "caller");
        requireValid(OwnerValidator.validate(draft));
        Owner saved = fresh(draft);
        return transactions.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_OWNER)) {
                bindOwnerInsert(insert, saved, now());
                insert.executeUpdate();
            }
            writeTokens(connection, saved, List.of());
            auditTrail.append(connection, AuditEvent.success(caller, saved.id(), AuditAction.CREATE));
            return saved;
        });
    }

    @Override
    public List<OwnerFile> createAll(Caller caller, List<OwnerFile> drafts) {
        Objects.requireNonNull(caller, "caller");
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>();
        List<OwnerFile> files = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            OwnerFile draft = drafts.get(i);
            String prefix = "owners[" + i + "].";
            OwnerValidator.validate(draft.owner()).forEach(error -> errors.add(prefixed(prefix, error)));
            Owner owner = fresh(draft.owner());
            List<Animal> animals = new ArrayList<>();
            for (int j = 0; j < draft.animals().size(); j++) {
                Animal animal = freshAnimal(draft.animals().get(j), owner.id());
                String animalPrefix = prefix + "animals[" + j + "].";
                AnimalValidator.validate(animal, today).forEach(error -> errors.add(prefixed(animalPrefix, error)));
                animals.add(animal);
            }
            files.add(new OwnerFile(owner, animals));
        }
        requireValid(errors);
        return transactions.inTransaction(connection -> {
            OffsetDateTime now = now();
            try (PreparedStatement owners = connection.prepareStatement(INSERT_OWNER);
                 PreparedStatement animals = connection.prepareStatement(INSERT_ANIMAL);
                 PreparedStatement tokens = connection.prepareStatement(INSERT_TOKEN)) {
                for (int from = 0; from < files.size(); from += BATCH_SIZE) {
                    List<OwnerFile> batch = files.subList(from, Math.min(files.size(), from + BATCH_SIZE));
                    for (OwnerFile file : batch) {
                        bindOwnerInsert(owners, file.owner(), now);
                        owners.addBatch();
                        for (Animal animal : file.animals()) {
                            bindAnimalInsert(animals, animal, now);
                            animals.addBatch();
                        }
                        addTokens(tokens, file.owner(), file.animals());
                    }
                    owners.executeBatch();
                    animals.executeBatch();
                    tokens.executeBatch();
                    for (OwnerFile file : batch) {
                        auditTrail.append(connection, AuditEvent.success(caller, file.owner().id(), AuditAction.CREATE));
                        for (Animal animal : file.animals()) {
                            auditTrail.append(connection, AuditEvent.success(caller, animal.id(), AuditAction.CREATE));
                        }
                    }
                }
            }
            return List.copyOf(files);
        });
    }

    @Override
    public Owner updateOwner(Caller caller, Owner edited) {
        Objects.requireNonNull(caller, "caller");
        requireValid(OwnerValidator.validate(edited));
        return transactions.inTransaction(connection -> {
            Owner current = lockOwner(connection, edited.id());
            if (current.version() != edited.version()) {
                throw new SegurException(CoreError.CORE_0006);
            }
            // Archival is changed by archiveOwner() only: an edit keeps the stored flag.
            Owner saved = new Owner(edited.id(), edited.lastName(), edited.firstName(), edited.contact(),
                    current.archived(), edited.version() + 1);
            try (PreparedStatement update = connection.prepareStatement(UPDATE_OWNER)) {
                int next = VetRows.bindOwnerFields(update, 1, saved);
                update.setObject(next++, now());
                update.setString(next++, edited.id().toString());
                update.setLong(next, edited.version());
                if (update.executeUpdate() == 0) {
                    throw new SegurException(CoreError.CORE_0006);
                }
            }
            rewriteTokens(connection, saved);
            auditTrail.append(connection, AuditEvent.success(caller, saved.id(), AuditAction.UPDATE));
            return saved;
        });
    }

    @Override
    public OwnerFile openOwner(Caller caller, UUID ownerId) {
        Objects.requireNonNull(caller, "caller");
        return transactions.inTransaction(connection -> {
            Owner owner = loadOwner(connection, ownerId)
                    .orElseThrow(() -> new SegurException(CoreError.CORE_0007, ownerId));
            List<Animal> animals = activeAnimals(connection, ownerId);
            auditTrail.append(connection, AuditEvent.success(caller, ownerId, AuditAction.READ));
            for (Animal animal : animals) {
                auditTrail.append(connection, AuditEvent.success(caller, animal.id(), AuditAction.READ));
            }
            return new OwnerFile(owner, animals);
        });
    }

    @Override
    public Owner archiveOwner(Caller caller, UUID ownerId, long expectedVersion) {
        Objects.requireNonNull(caller, "caller");
        return transactions.inTransaction(connection -> {
            Owner current = lockOwner(connection, ownerId);
            if (current.version() != expectedVersion) {
                throw new SegurException(CoreError.CORE_0006);
            }
            if (current.archived()) {
                return current;
            }
            List<Animal> animals = activeAnimals(connection, ownerId);
            OffsetDateTime now = now();
            try (PreparedStatement archive = connection.prepareStatement(ARCHIVE_OWNER);
                 PreparedStatement archiveAnimals = connection.prepareStatement(ARCHIVE_ANIMALS_OF_OWNER)) {
                archive.setObject(1, now);
                archive.setString(2, ownerId.toString());
                archive.setLong(3, expectedVersion);
                if (archive.executeUpdate() == 0) {
                    throw new SegurException(CoreError.CORE_0006);
                }
                archiveAnimals.setObject(1, now);
                archiveAnimals.setString(2, ownerId.toString());
                archiveAnimals.executeUpdate();
            }
            Owner archived = new Owner(current.id(), current.lastName(), current.firstName(), current.contact(), true,
                    expectedVersion + 1);
            rewriteTokens(connection, archived);
            auditTrail.append(connection, AuditEvent.success(caller, ownerId, AuditAction.ARCHIVE));
            for (Animal animal : animals) {
                auditTrail.append(connection, AuditEvent.success(caller, animal.id(), AuditAction.ARCHIVE));
            }
            return archived;
        });
    }

    // --- animals ------------------------------------------------------------------------------------------------

    @Override
    public Animal addAnimal(Caller caller, UUID ownerId, Animal draft) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(ownerId, "ownerId");
        Animal saved = freshAnimal(draft, ownerId);
        requireValid(AnimalValidator.validate(saved, today()));
        return transactions.inTransaction(connection -> {
            Owner owner = lockOwner(connection, ownerId);
            if (owner.archived()) {
                throw new SegurException(VetError.VET_0001);
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ANIMAL)) {
                bindAnimalInsert(insert, saved, now());
                insert.executeUpdate();
            }
            rewriteTokens(connection, owner);
            auditTrail.append(connection, AuditEvent.success(caller, saved.id(), AuditAction.CREATE));
            return saved;
        });
    }

    @Override
    public Animal updateAnimal(Caller caller, Animal edited) {
        Objects.requireNonNull(caller, "caller");
        Animal normalised = withIdentification(edited,
                AnimalValidator.normaliseIdentification(edited.identificationNumber()));
        requireValid(AnimalValidator.validate(normalised, today()));
        return transactions.inTransaction(connection -> {
            Animal stored = loadAnimal(connection, edited.id())
                    .orElseThrow(() -> new SegurException(CoreError.CORE_0007, edited.id()));
            Owner owner = lockOwner(connection, stored.ownerId());
            if (owner.archived()) {
                throw new SegurException(VetError.VET_0001);
            }
            Animal current = loadAnimal(connection, edited.id())
                    .orElseThrow(() -> new SegurException(CoreError.CORE_0007, edited.id()));
            if (current.version() != edited.version()) {
                throw new SegurException(CoreError.CORE_0006);
            }
            Animal saved = new Animal(current.id(), current.ownerId(), normalised.name(), normalised.species(),
                    normalised.breed(), normalised.sex(), normalised.birthDate(), normalised.identificationNumber(),
                    current.archived(), edited.version() + 1);
            try (PreparedStatement update = connection.prepareStatement(UPDATE_ANIMAL)) {
                int next = VetRows.bindAnimalFields(update, 1, saved);
                update.setObject(next++, now());
                update.setString(next++, saved.id().toString());
                update.setLong(next, edited.version());
                if (update.executeUpdate() == 0) {
                    throw new SegurException(CoreError.CORE_0006);
                }
            }
            rewriteTokens(connection, owner);
            auditTrail.append(connection, AuditEvent.success(caller, saved.id(), AuditAction.UPDATE));
            return saved;
        });
    }

    @Override
    public Animal archiveAnimal(Caller caller, UUID animalId, long expectedVersion) {
        Objects.requireNonNull(caller, "caller");
        return transactions.inTransaction(connection -> {
            Animal stored = loadAnimal(connection, animalId)
                    .orElseThrow(() -> new SegurException(CoreError.CORE_0007, animalId));
            Owner owner = lockOwner(connection, stored.ownerId());
            Animal current = loadAnimal(connection, animalId)
                    .orElseThrow(() -> new SegurException(CoreError.CORE_0007, animalId));
            if (current.version() != expectedVersion) {
                throw new SegurException(CoreError.CORE_0006);
            }
            if (current.archived()) {
                return current;
            }
            try (PreparedStatement archive = connection.prepareStatement(ARCHIVE_ANIMAL)) {
                archive.setObject(1, now());
                archive.setString(2, animalId.toString());
                archive.setLong(3, expectedVersion);
                if (archive.executeUpdate() == 0) {
                    throw new SegurException(CoreError.CORE_0006);
                }
            }
            rewriteTokens(connection, owner);
            auditTrail.append(connection, AuditEvent.success(caller, animalId, AuditAction.ARCHIVE));
            return new Animal(current.id(), current.ownerId(), current.name(), current.species(), current.breed(),
                    current.sex(), current.birthDate(), current.identificationNumber(), true, expectedVersion + 1);
        });
    }

    // --- search -------------------------------------------------------------------------------------------------

    @Override
    public List<OwnerFile> search(Caller caller, String query, int limit) {
        Objects.requireNonNull(caller, "caller");
        List<QueryToken> tokens = VetSearchTokens.ofQuery(query);
        if (tokens.isEmpty() || limit <= 0) {
            return List.of();
        }
        int wanted = Math.min(limit, MAX_LIMIT);
        List<QueryToken> inSql = tokens.subList(0, Math.min(SQL_TOKENS, tokens.size()));
        List<QueryToken> inJava = tokens.subList(inSql.size(), tokens.size());
        int rows = wanted * ROWS_PER_RESULT * (inJava.isEmpty() ? 1 : 4);
        return transactions.read(connection -> {
            List<Owner> found = new ArrayList<>();
            try (PreparedStatement search = prepareSearch(connection, inSql.size())) {
                int i = 1;
                for (QueryToken token : inSql) {
                    search.setString(i++, token.from());
                    search.setString(i++, token.to());
                }
                search.setInt(i, rows);
                try (ResultSet result = search.executeQuery()) {
                    while (result.next()) {
                        found.add(VetRows.readOwner(result));
                    }
                }
            }
            Map<UUID, OwnerFile> unique = new LinkedHashMap<>();
            try (PreparedStatement animals = connection.prepareStatement(SELECT_ACTIVE_ANIMALS)) {
                for (Owner owner : found) {
                    if (unique.size() >= wanted || unique.containsKey(owner.id())) {
                        continue;
                    }
                    List<Animal> list = readAnimals(animals, owner.id());
                    if (matchesAll(owner, list, inJava)) {
                        unique.put(owner.id(), new OwnerFile(owner, list));
                    }
                }
            }
            return List.copyOf(unique.values());
        });
    }

    /** One constant statement per token count, so the SQL text never depends on input. */
    private static PreparedStatement prepareSearch(Connection connection, int tokens) throws SQLException {
        return switch (tokens) {
            case 1 -> connection.prepareStatement(SEARCH_1);
            case 2 -> connection.prepareStatement(SEARCH_2);
            case 3 -> connection.prepareStatement(SEARCH_3);
            default -> connection.prepareStatement(SEARCH_4);
        };
    }

    private static boolean matchesAll(Owner owner, List<Animal> animals, List<QueryToken> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        Set<String> tokens = VetSearchTokens.of(owner, animals);
        return wanted.stream().allMatch(query -> tokens.stream().anyMatch(query::matches));
    }

    // --- rows and tokens ----------------------------------------------------------------------------------------

    private static Owner lockOwner(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK_OWNER)) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SegurException(CoreError.CORE_0007, id);
                }
                return VetRows.readOwner(row);
            }
        }
    }

    private static Optional<Owner> loadOwner(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_OWNER)) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(VetRows.readOwner(row)) : Optional.empty();
            }
        }
    }

    private static Optional<Animal> loadAnimal(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_ANIMAL)) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(VetRows.readAnimal(row)) : Optional.empty();
            }
        }
    }

    private static List<Animal> activeAnimals(Connection connection, UUID ownerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_ACTIVE_ANIMALS)) {
            return readAnimals(select, ownerId);
        }
    }

    private static List<Animal> readAnimals(PreparedStatement select, UUID ownerId) throws SQLException {
        select.setString(1, ownerId.toString());
        List<Animal> animals = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                animals.add(VetRows.readAnimal(rows));
            }
        }
        return animals;
    }

    /** Deletes and rewrites the household's tokens from the stored animals; an archived owner keeps none. */
    private static void rewriteTokens(Connection connection, Owner owner) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_TOKENS)) {
            delete.setString(1, owner.id().toString());
            delete.executeUpdate();
        }
        if (!owner.archived()) {
            writeTokens(connection, owner, activeAnimals(connection, owner.id()));
        }
    }

    private static void writeTokens(Connection connection, Owner owner, List<Animal> animals) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_TOKEN)) {
            addTokens(insert, owner, animals);
            insert.executeBatch();
        }
    }

    private static void addTokens(PreparedStatement insert, Owner owner, List<Animal> animals) throws SQLException {
        for (String token : VetSearchTokens.of(owner, animals)) {
            insert.setString(1, token);
            insert.setString(2, owner.id().toString());
            insert.addBatch();
        }
    }

    private static void bindOwnerInsert(PreparedStatement insert, Owner owner, OffsetDateTime now) throws SQLException {
        int next = VetRows.bindOwnerFields(insert, 1, owner);
        insert.setString(next++, owner.id().toString());
        insert.setObject(next++, now);
        insert.setObject(next, now);
    }

    private static void bindAnimalInsert(PreparedStatement insert, Animal animal, OffsetDateTime now)
            throws SQLException {
        int next = VetRows.bindAnimalFields(insert, 1, animal);
        insert.setString(next++, animal.id().toString());
        insert.setString(next++, animal.ownerId().toString());
        insert.setObject(next++, now);
        insert.setObject(next, now);
    }

    private static Owner fresh(Owner draft) {
        return new Owner(draft.id() == null ? UUID.randomUUID() : draft.id(), draft.lastName(), draft.firstName(),
                draft.contact(), false, 1);
    }

    private static Animal freshAnimal(Animal draft, UUID ownerId) {
        return new Animal(draft.id() == null ? UUID.randomUUID() : draft.id(), ownerId, draft.name(), draft.species(),
                draft.breed(), draft.sex(), draft.birthDate(),
                AnimalValidator.normaliseIdentification(draft.identificationNumber()), false, 1);
    }

    private static Animal withIdentification(Animal animal, String identification) {
        return new Animal(animal.id(), animal.ownerId(), animal.name(), animal.species(), animal.breed(), animal.sex(),
                animal.birthDate(), identification, animal.archived(), animal.version());
    }

    private static FieldError prefixed(String prefix, FieldError error) {
        return new FieldError(prefix + error.field(), error.message(), error.args());
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

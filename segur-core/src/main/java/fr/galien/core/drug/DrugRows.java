package fr.galien.core.drug;

import fr.galien.core.drug.BdpmData.ConditionRow;
import fr.galien.core.drug.BdpmData.GenericRow;
import fr.galien.core.drug.BdpmData.MedicineRow;
import fr.galien.core.drug.BdpmData.PresentationRow;
import fr.galien.core.drug.BdpmData.SubstanceRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue tables (migration V12): stores an import in the caller's transaction and reads everything back for
 * the in-memory index. Constant SQL only.
 */
final class DrugRows {

    private static final int BATCH = 1000;

    private static final String MEDICINE_KEYS = "SELECT cis FROM drug_medicine";
    private static final String MEDICINE_INSERT = "INSERT INTO drug_medicine (name, form, routes, authorisation_status,"
            + " commercialisation, holder, withdrawn, updated_at, cis) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?)";
    private static final String MEDICINE_UPDATE = "UPDATE drug_medicine SET name = ?, form = ?, routes = ?,"
            + " authorisation_status = ?, commercialisation = ?, holder = ?, withdrawn = FALSE, updated_at = ?"
            + " WHERE cis = ?";
    private static final String MEDICINE_WITHDRAW =
            "UPDATE drug_medicine SET withdrawn = TRUE, updated_at = ? WHERE cis = ? AND withdrawn = FALSE";

    private static final String PRESENTATION_KEYS = "SELECT cip13 FROM drug_presentation";
    private static final String PRESENTATION_INSERT = "INSERT INTO drug_presentation (cis, cip7, label, status,"
            + " commercialisation, reimbursement_rate, price, price_with_fees, withdrawn, updated_at, cip13)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)";
    private static final String PRESENTATION_UPDATE = "UPDATE drug_presentation SET cis = ?, cip7 = ?, label = ?,"
            + " status = ?, commercialisation = ?, reimbursement_rate = ?, price = ?, price_with_fees = ?,"
            + " withdrawn = FALSE, updated_at = ? WHERE cip13 = ?";
    private static final String PRESENTATION_WITHDRAW =
            "UPDATE drug_presentation SET withdrawn = TRUE, updated_at = ? WHERE cip13 = ? AND withdrawn = FALSE";

    private static final String SUBSTANCE_CLEAR = "DELETE FROM drug_substance";
    private static final String SUBSTANCE_INSERT = "INSERT INTO drug_substance (cis, ordinal, element_name,"
            + " substance_code, substance_name, dosage, dosage_reference, nature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String GENERIC_CLEAR = "DELETE FROM drug_generic_member";
    private static final String GENERIC_INSERT = "INSERT INTO drug_generic_member (ordinal, group_id, group_label, cis,"
            + " generic_type, sort_order) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String CONDITION_CLEAR = "DELETE FROM drug_condition";
    private static final String CONDITION_INSERT =
            "INSERT INTO drug_condition (cis, ordinal, condition_text) VALUES (?, ?, ?)";

    private static final String CATALOGUE_UPDATE = "UPDATE drug_catalogue SET source = ?, imported_at = ?,"
            + " medicines = ?, presentations = ? WHERE id = 1";
    private static final String CATALOGUE_INSERT = "INSERT INTO drug_catalogue (source, imported_at, medicines,"
            + " presentations, id) VALUES (?, ?, ?, ?, 1)";
    private static final String CATALOGUE_READ =
            "SELECT source, imported_at, medicines, presentations FROM drug_catalogue WHERE id = 1";

    private static final String MEDICINE_ALL = "SELECT cis, name, form, routes, authorisation_status,"
            + " commercialisation, holder, withdrawn FROM drug_medicine";
    private static final String PRESENTATION_ALL = "SELECT cip13, cis, cip7, label, status, commercialisation,"
            + " reimbursement_rate, price, price_with_fees, withdrawn FROM drug_presentation";
    private static final String SUBSTANCE_ALL = "SELECT cis, element_name, substance_code, substance_name, dosage,"
            + " dosage_reference, nature FROM drug_substance ORDER BY cis, ordinal";
    private static final String GENERIC_ALL = "SELECT group_id, group_label, cis, generic_type, sort_order"
            + " FROM drug_generic_member ORDER BY ordinal";
    private static final String CONDITION_ALL =
            "SELECT cis, condition_text FROM drug_condition ORDER BY cis, ordinal";

    private DrugRows() {
    }

    /** What {@link #store} changed. */
    record Stored(int medicinesAdded, int medicinesUpdated, int medicinesWithdrawn, int presentationsAdded,
                  int presentationsUpdated, int presentationsWithdrawn) {
    }

    /** What the catalogue row says: where the data comes from, when it was imported. */
    record CatalogueRow(String source, OffsetDateTime importedAt, int medicines, int presentations) {
    }

    /** Stores {@code data} in {@code tx}: updates in place by CIS and CIP13, marks the absent ones withdrawn. */
    static Stored store(Connection tx, BdpmData data, OffsetDateTime now) throws SQLException {
        Set<String> medicineKeys = keys(tx.prepareStatement(MEDICINE_KEYS));
        Set<String> seenMedicines = new HashSet<>();
        int medicinesAdded = 0;
        int medicinesUpdated = 0;
        try (PreparedStatement insert = tx.prepareStatement(MEDICINE_INSERT);
             PreparedStatement update = tx.prepareStatement(MEDICINE_UPDATE)) {
            Batch inserts = new Batch(insert);
            Batch updates = new Batch(update);
            for (MedicineRow m : data.medicines()) {
                seenMedicines.add(m.cis());
                boolean exists = medicineKeys.contains(m.cis());
                PreparedStatement statement = exists ? update : insert;
                statement.setString(1, m.name());
                statement.setString(2, m.form());
                statement.setString(3, String.join(";", m.routes()));
                statement.setString(4, m.authorisationStatus());
                statement.setString(5, m.commercialisation());
                statement.setString(6, m.holder());
                statement.setObject(7, now);
                statement.setString(8, m.cis());
                if (exists) {
                    updates.add();
                    medicinesUpdated++;
                } else {
                    inserts.add();
                    medicinesAdded++;
                }
            }
            inserts.flush();
            updates.flush();
        }
        int medicinesWithdrawn = withdraw(tx.prepareStatement(MEDICINE_WITHDRAW), medicineKeys, seenMedicines, now);

        Set<String> presentationKeys = keys(tx.prepareStatement(PRESENTATION_KEYS));
        Set<String> seenPresentations = new HashSet<>();
        int presentationsAdded = 0;
        int presentationsUpdated = 0;
        try (PreparedStatement insert = tx.prepareStatement(PRESENTATION_INSERT);
             PreparedStatement update = tx.prepareStatement(PRESENTATION_UPDATE)) {
            Batch inserts = new Batch(insert);
            Batch updates = new Batch(update);
            for (PresentationRow p : data.presentations()) {
                seenPresentations.add(p.cip13());
                boolean exists = presentationKeys.contains(p.cip13());
                PreparedStatement statement = exists ? update : insert;
                statement.setString(1, p.cis());
                statement.setString(2, p.cip7());
                statement.setString(3, p.label());
                statement.setString(4, p.status());
                statement.setString(5, p.commercialisation());
                if (p.reimbursementRate() == null) {
                    statement.setNull(6, Types.INTEGER);
                } else {
                    statement.setInt(6, p.reimbursementRate());
                }
                statement.setBigDecimal(7, p.price());
                statement.setBigDecimal(8, p.priceWithFees());
                statement.setObject(9, now);
                statement.setString(10, p.cip13());
                if (exists) {
                    updates.add();
                    presentationsUpdated++;
                } else {
                    inserts.add();
                    presentationsAdded++;
                }
            }
            inserts.flush();
            updates.flush();
        }
        int presentationsWithdrawn = withdraw(tx.prepareStatement(PRESENTATION_WITHDRAW), presentationKeys,
                seenPresentations, now);

        replaceSubstances(tx, data.substances());
        replaceGenerics(tx, data.generics());
        replaceConditions(tx, data.conditions());
        writeCatalogue(tx, data, now);
        return new Stored(medicinesAdded, medicinesUpdated, medicinesWithdrawn, presentationsAdded,
                presentationsUpdated, presentationsWithdrawn);
    }

    private static void replaceSubstances(Connection tx, List<SubstanceRow> rows) throws SQLException {
        try (PreparedStatement clear = tx.prepareStatement(SUBSTANCE_CLEAR)) {
            clear.executeUpdate();
        }
        try (PreparedStatement insert = tx.prepareStatement(SUBSTANCE_INSERT)) {
            Batch batch = new Batch(insert);
            Ordinals ordinals = new Ordinals();
            for (SubstanceRow s : rows) {
                insert.setString(1, s.cis());
                insert.setInt(2, ordinals.next(s.cis()));
                insert.setString(3, s.element());
                insert.setString(4, s.code());
                insert.setString(5, s.name());
                insert.setString(6, s.dosage());
                insert.setString(7, s.reference());
                insert.setString(8, s.nature());
                batch.add();
            }
            batch.flush();
        }
    }

    private static void replaceGenerics(Connection tx, List<GenericRow> rows) throws SQLException {
        try (PreparedStatement clear = tx.prepareStatement(GENERIC_CLEAR)) {
            clear.executeUpdate();
        }
        try (PreparedStatement insert = tx.prepareStatement(GENERIC_INSERT)) {
            Batch batch = new Batch(insert);
            int ordinal = 0;
            for (GenericRow g : rows) {
                insert.setInt(1, ordinal++);
                insert.setString(2, g.groupId());
                insert.setString(3, g.label());
                insert.setString(4, g.cis());
                insert.setInt(5, g.type().bdpmCode());
                insert.setInt(6, g.order());
                batch.add();
            }
            batch.flush();
        }
    }

    private static void replaceConditions(Connection tx, List<ConditionRow> rows) throws SQLException {
        try (PreparedStatement clear = tx.prepareStatement(CONDITION_CLEAR)) {
            clear.executeUpdate();
        }
        try (PreparedStatement insert = tx.prepareStatement(CONDITION_INSERT)) {
            Batch batch = new Batch(insert);
            Ordinals ordinals = new Ordinals();
            for (ConditionRow c : rows) {
                insert.setString(1, c.cis());
                insert.setInt(2, ordinals.next(c.cis()));
                insert.setString(3, c.text());
                batch.add();
            }
            batch.flush();
        }
    }

    private static void writeCatalogue(Connection tx, BdpmData data, OffsetDateTime now) throws SQLException {
        String source = data.source().length() > 2000 ? data.source().substring(0, 2000) : data.source();
        try (PreparedStatement update = tx.prepareStatement(CATALOGUE_UPDATE)) {
            bindCatalogue(update, source, now, data);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = tx.prepareStatement(CATALOGUE_INSERT)) {
            bindCatalogue(insert, source, now, data);
            insert.executeUpdate();
        }
    }

    private static void bindCatalogue(PreparedStatement statement, String source, OffsetDateTime now, BdpmData data)
            throws SQLException {
        statement.setString(1, source);
        statement.setObject(2, now);
        statement.setInt(3, data.medicines().size());
        statement.setInt(4, data.presentations().size());
    }

    static Optional<CatalogueRow> catalogue(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CATALOGUE_READ);
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new CatalogueRow(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getInt(3),
                    rs.getInt(4)));
        }
    }

    /** Everything stored, as rows plus the withdrawn flags, for the index. */
    record Loaded(BdpmData data, Set<String> withdrawnMedicines, Set<String> withdrawnPresentations) {
    }

    static Loaded loadAll(Connection connection) throws SQLException {
        List<MedicineRow> medicines = new ArrayList<>();
        Set<String> withdrawnMedicines = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(MEDICINE_ALL);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String routes = rs.getString(4);
                medicines.add(new MedicineRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        routes.isEmpty() ? List.of() : Arrays.asList(routes.split(";")), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
                if (rs.getBoolean(8)) {
                    withdrawnMedicines.add(rs.getString(1));
                }
            }
        }
        List<PresentationRow> presentations = new ArrayList<>();
        Set<String> withdrawnPresentations = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(PRESENTATION_ALL);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                int rate = rs.getInt(7);
                Integer reimbursement = rs.wasNull() ? null : rate;
                presentations.add(new PresentationRow(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(1), reimbursement, rs.getBigDecimal(8),
                        rs.getBigDecimal(9)));
                if (rs.getBoolean(10)) {
                    withdrawnPresentations.add(rs.getString(1));
                }
            }
        }
        List<SubstanceRow> substances = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SUBSTANCE_ALL);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                substances.add(new SubstanceRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        List<GenericRow> generics = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(GENERIC_ALL);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                generics.add(new GenericRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        GenericType.fromBdpmCode(rs.getInt(4)).orElse(GenericType.GENERIQUE), rs.getInt(5)));
            }
        }
        List<ConditionRow> conditions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CONDITION_ALL);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                conditions.add(new ConditionRow(rs.getString(1), rs.getString(2)));
            }
        }
        String source = catalogue(connection).map(CatalogueRow::source).orElse("");
        return new Loaded(new BdpmData(source, medicines, presentations, substances, generics, conditions),
                withdrawnMedicines, withdrawnPresentations);
    }

    /** Runs and closes {@code select}, a one-column key query. */
    private static Set<String> keys(PreparedStatement select) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (select; ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    /** Runs and closes {@code update} (set withdrawn) for each existing key not seen in the import. */
    private static int withdraw(PreparedStatement update, Set<String> existing, Set<String> seen, OffsetDateTime now)
            throws SQLException {
        int withdrawn = 0;
        try (update) {
            Batch batch = new Batch(update);
            for (String key : existing) {
                if (!seen.contains(key)) {
                    update.setObject(1, now);
                    update.setString(2, key);
                    batch.add();
                }
            }
            batch.flush();
            withdrawn = batch.changed;
        }
        return withdrawn;
    }

    /** 1, 2, 3… per CIS, in file order. */
    private static final class Ordinals {
        private final java.util.Map<String, Integer> next = new java.util.HashMap<>();

        int next(String cis) {
            return next.merge(cis, 1, Integer::sum);
        }
    }

    /** Executes a statement's batch every {@link #BATCH} rows. */
    private static final class Batch {
        private final PreparedStatement statement;
        private int pending;
        /** Rows changed so far (a driver that does not know counts as one per statement). */
        int changed;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                for (int count : statement.executeBatch()) {
                    changed += count == PreparedStatement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
                }
                pending = 0;
            }
        }
    }
}

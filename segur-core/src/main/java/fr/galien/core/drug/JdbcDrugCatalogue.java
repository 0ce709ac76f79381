package fr.galien.core.drug;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.drug.BdpmData.MedicineRow;
import fr.galien.core.drug.BdpmData.PresentationRow;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link DrugCatalogue} over the V12 tables and an in-memory {@link DrugIndex}. */
public final class JdbcDrugCatalogue implements DrugCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDrugCatalogue.class);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final Supplier<InputStream> bundled;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile DrugIndex index;
    private volatile DrugRows.CatalogueRow stored;

    /** With the catalogue bundled with Galien ({@link CompactCatalogue#RESOURCE}). */
    public JdbcDrugCatalogue(Transactions transactions, AuditTrail auditTrail, Clock clock) {
        this(transactions, auditTrail, clock, JdbcDrugCatalogue::bundledResource);
    }

    /** With another first-start catalogue (tests). */
    public JdbcDrugCatalogue(Transactions transactions, AuditTrail auditTrail, Clock clock,
                             Supplier<InputStream> bundled) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bundled = Objects.requireNonNull(bundled, "bundled");
    }

    /** The compact catalogue committed in the project (docs/drugs.md); {@code DRG-0007} when absent. */
    public static InputStream bundledResource() {
        InputStream in = JdbcDrugCatalogue.class.getResourceAsStream(CompactCatalogue.RESOURCE);
        if (in == null) {
            throw new SegurException(DrugError.DRG_0007, CompactCatalogue.RESOURCE);
        }
        return in;
    }

    @Override
    public Optional<Medicine> byCis(String cis) {
        return index().byCis(cis);
    }

    @Override
    public Optional<Medicine> byCip13(String cip13) {
        return index().byCip13(cip13);
    }

    @Override
    public Optional<Medicine> byCip7(String cip7) {
        return index().byCip7(cip7);
    }

    @Override
    public Optional<Medicine> byCode(String code) {
        String c = code == null ? "" : code.strip();
        if (!DIGITS.matcher(c).matches()) {
            throw new SegurException(DrugError.DRG_0009, c);
        }
        return switch (c.length()) {
            case 7 -> byCip7(c);
            case 8 -> byCis(c);
            case 13 -> byCip13(c);
            case 14 -> {
                if (!c.startsWith("0")) {
                    throw new SegurException(DrugError.DRG_0009, c);
                }
                yield byCip13(c.substring(1));
            }
            default -> throw new SegurException(DrugError.DRG_0009, c);
        };
    }

    @Override
    public List<Medicine> search(String text, int limit) {
        return index().search(text, limit);
    }

    @Override
    public Optional<GenericGroup> genericGroupOf(String cis) {
        List<GenericGroup> groups = genericGroupsOf(cis);
        return groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(0));
    }

    @Override
    public List<GenericGroup> genericGroupsOf(String cis) {
        return index().genericGroupsOf(cis);
    }

    @Override
    public CatalogueStatus status() {
        DrugIndex current = index;
        DrugRows.CatalogueRow row = stored;
        if (current != null) {
            return new CatalogueStatus(CatalogueStatus.State.READY, current.source(),
                    row == null ? null : row.importedAt(), current.size(), current.presentationCount());
        }
        return new CatalogueStatus(loading.isLocked() ? CatalogueStatus.State.LOADING : CatalogueStatus.State.EMPTY,
                "", null, 0, 0);
    }

    @Override
    public CatalogueStatus ensureLoaded() {
        loading.lock();
        try {
            if (index == null) {
                load();
            }
        } finally {
            loading.unlock();
        }
        return status();
    }

    /** The index, built on first use; {@code DRG-0011} while another thread builds it. */
    private DrugIndex index() {
        DrugIndex current = index;
        if (current != null) {
            return current;
        }
        if (!loading.tryLock()) {
            throw new SegurException(DrugError.DRG_0011);
        }
        try {
            if (index == null) {
                load();
            }
            return index;
        } finally {
            loading.unlock();
        }
    }

    private void load() {
        Optional<DrugRows.CatalogueRow> row = transactions.read(DrugRows::catalogue);
        if (row.isPresent()) {
            reloadFromTables();
            return;
        }
        long start = System.nanoTime();
        BdpmData data;
        try (InputStream in = bundled.get()) {
            data = CompactCatalogue.read(in, CompactCatalogue.RESOURCE);
        } catch (IOException e) {
            throw new SegurException(DrugError.DRG_0007, e, CompactCatalogue.RESOURCE + " : " + e.getMessage());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Another workstation (or an import) may have stored a catalogue meanwhile: never overwrite it with ours.
        transactions.inTransaction(tx -> DrugRows.catalogue(tx).isPresent() ? null : DrugRows.store(tx, data, now));
        reloadFromTables();
        LOG.info("Drug catalogue loaded from the bundled resource: {} medicines in {} ms", data.medicines().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void reloadFromTables() {
        DrugRows.Loaded loaded = transactions.read(DrugRows::loadAll);
        stored = transactions.read(DrugRows::catalogue).orElse(null);
        index = DrugIndex.build(loaded.data(), loaded.withdrawnMedicines(), loaded.withdrawnPresentations());
    }

    @Override
    public ImportReport importDirectory(Caller caller, Path directory) {
        new AuditedAuthorization(transactions, auditTrail).require(caller, Action.SETTINGS_MANAGE,
                AuditAction.IMPORT, null);
        long start = System.nanoTime();
        BdpmData data = BdpmDirectory.read(directory);
        long read = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        DrugRows.Stored stored = transactions.inTransaction(tx -> {
            DrugRows.Stored result = DrugRows.store(tx, data, now);
            auditTrail.append(tx, new AuditEvent(caller, null, AuditAction.IMPORT, AuditOutcome.SUCCESS,
                    "catalogue BDPM : " + data.medicines().size() + " médicaments, " + data.presentations().size()
                            + " présentations (ajoutés " + result.medicinesAdded() + ", mis à jour "
                            + result.medicinesUpdated() + ", retirés " + result.medicinesWithdrawn() + ")"));
            return result;
        });
        long storedAt = System.nanoTime();
        loading.lock();
        try {
            reloadFromTables();
        } finally {
            loading.unlock();
        }
        long indexed = System.nanoTime();
        Set<String> cis = new HashSet<>();
        for (MedicineRow m : data.medicines()) {
            cis.add(m.cis());
        }
        int orphans = 0;
        for (PresentationRow p : data.presentations()) {
            if (!cis.contains(p.cis())) {
                orphans++;
            }
        }
        Set<String> groups = new HashSet<>();
        data.generics().forEach(g -> groups.add(g.groupId()));
        return new ImportReport(data.source(), data.medicines().size(), data.presentations().size(),
                stored.medicinesAdded(), stored.medicinesUpdated(), stored.medicinesWithdrawn(),
                stored.presentationsAdded(), stored.presentationsUpdated(), stored.presentationsWithdrawn(), orphans,
                groups.size(), Duration.ofNanos(read - start), Duration.ofNanos(storedAt - read),
                Duration.ofNanos(indexed - storedAt));
    }

    /** Words in the index (for the memory figure of {@code galien bench drugs}). */
    public int indexedWords() {
        return index().wordCount();
    }

}

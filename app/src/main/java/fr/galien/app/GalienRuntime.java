package fr.galien.app;

import fr.galien.core.account.AccountPolicy;
import fr.galien.core.account.AccountService;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.domain.Practice;
import fr.galien.core.drug.DrugCatalogue;
import fr.galien.core.drug.JdbcDrugCatalogue;
import fr.galien.core.error.SegurException;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.eprescription.EPrescriptions;
import fr.galien.core.eprescription.CatalogueSubstitutions;
import fr.galien.core.outbox.Outbox;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.patient.AuthorizingPatientRegistry;
import fr.galien.core.patient.JdbcPatientDuplicates;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.patient.PracticeRepository;
import fr.galien.core.identity.AuthorizingIdentityService;
import fr.galien.core.identity.IdentityService;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.identity.VitaleReadings;
import fr.galien.core.patient.JdbcIdentityService;
import fr.galien.core.port.ApCvPort;
import fr.galien.core.port.InsiPort;
import fr.galien.core.patient.duplicates.AuthorizingPatientDuplicates;
import fr.galien.core.patient.duplicates.PatientDuplicates;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.security.Caller;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.ModuleHost;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.vet.AuthorizingOwnerRegistry;
import fr.galien.core.vet.JdbcOwnerRegistry;
import fr.galien.core.vet.OwnerRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.LoggerFactory;

/**
 * The composition root: opens the database once, builds the core services and finds the Ségur modules. Hand-wired
 * on purpose (no DI framework): reading this class tells what the app is made of. Both the window and the command
 * line start from here.
 */
public final class GalienRuntime implements AutoCloseable {

    private final DatabaseSettings settings;
    private final Database database;
    private final Clock clock;
    private final AuditTrail auditTrail;
    private final PracticeRepository practices;
    private static final String INSTALLATION_SETTING = "ins.instance";

    private final PatientRegistry patients;
    private final IdentityService identities;
    private final PatientDuplicates duplicates;
    private final OwnerRegistry owners;
    private final AccountService accounts;
    private final SegurServices services;
    private final String workstationId;
    private final Deque<Runnable> beforeClose = new ArrayDeque<>();
    private final Outbox outbox;
    private final PatientDocuments documents;
    private final DrugCatalogue drugs;
    private volatile ModuleHost modules;

    private GalienRuntime(DatabaseSettings settings, Database database, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.auditTrail = new JdbcAuditTrail(clock);
        this.practices = new PracticeRepository(database);
        // Permissions are enforced in the core (issue 3 §4): the UI and the CLI only ever see the authorizing registries.
        AuditedAuthorization authorization = new AuditedAuthorization(database, auditTrail);
        this.owners = new AuthorizingOwnerRegistry(new JdbcOwnerRegistry(database, auditTrail, clock), authorization);
        this.patients = new AuthorizingPatientRegistry(new JdbcPatientRegistry(database, auditTrail, clock),
                authorization);
        this.identities = new AuthorizingIdentityService(new JdbcIdentityService(database, auditTrail, clock),
                authorization);
        this.duplicates = new AuthorizingPatientDuplicates(new JdbcPatientDuplicates(database, auditTrail, clock),
                authorization);
        this.accounts = new AccountService(database, auditTrail, clock,
                () -> AccountPolicy.fromSettings(practices::setting));
        this.services = SegurServices.discover(GalienRuntime.class.getClassLoader());
        this.workstationId = localWorkstationId();
        this.outbox = new Outbox(clock);
        this.documents = new PatientDocuments(database, auditTrail, clock);
        this.drugs = new JdbcDrugCatalogue(database, auditTrail, clock);
    }

    /** Opens the database described by {@code settings} (refusing bad settings, a held lock or a corrupt file). */
    public static GalienRuntime open(DatabaseSettings settings) {
        Clock clock = Clock.systemDefaultZone();
        Database database = Database.open(settings);
        try {
            return new GalienRuntime(settings, database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    public PracticeRepository practices() {
        return practices;
    }

    public PatientRegistry patients() {
        return patients;
    }

    /** RNIV identity of human patients: statuses, INS, attributes, history (permission-checked in the core). */
    public IdentityService identities() {
        return identities;
    }

    /** Probable duplicates and their reversible merge (permission PATIENT_MERGE checked in the core). */
    public PatientDuplicates duplicates() {
        return duplicates;
    }

    /** A vet practice's clients and their animals (empty tables for other profiles). */
    public OwnerRegistry owners() {
        return owners;
    }

    /** Local accounts: first administrator, logins, management (permission-checked in the service). */
    public AccountService accounts() {
        return accounts;
    }

    public SegurServices services() {
        return services;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** Patients' documents, whatever way they came in (permission-checked and audited in the core). */
    public PatientDocuments documents() {
        return documents;
    }

    /**
     * The drug catalogue (ANSM BDPM, docs/drugs.md): look-ups and search from memory; the first use builds the index,
     * and on a database that never had a catalogue stores the one bundled with Galien first.
     */
    public DrugCatalogue drugs() {
        return drugs;
    }

    /** Starts the Ségur modules (migrations, settings, start) once; the window then runs their outbox. */
    public synchronized ModuleHost startModules(TaskExecutor tasks) {
        return startModules(tasks, java.util.Map.of());
    }

    /** Same, with settings that win over the stored ones for this run (the in-process sandbox's PSC issuer). */
    public synchronized ModuleHost startModules(TaskExecutor tasks, java.util.Map<String, String> overrides) {
        if (modules == null) {
            ensureInstallationId();
            modules = ModuleHost.start(services, new ModuleHost.Shared(database, practices, outbox, tasks, clock),
                    overrides);
        }
        return modules;
    }

    /** The PSC port once the {@code psc} module started; empty before, or when the module is absent or failed. */
    public Optional<ProSanteConnectPort> pscPort() {
        return port(ProSanteConnectPort.class);
    }

    /** The INSi port once the {@code ins} module started (see {@link #pscPort()}). */
    public Optional<InsiPort> insiPort() {
        return port(InsiPort.class);
    }

    /**
     * The INSi call strategy over {@link #insiPort()} (audited, permission-checked in the core). A professional
     * connected with Pro Santé Connect calls under their own session when {@code ins.psc.endpoint} is set (ADR 0022);
     * the token comes from {@link #pscPort()}, so the {@code ins} module never sees the {@code psc} module.
     */
    public Optional<InsiSearch> insiSearch() {
        return insiPort().map(port -> new InsiSearch(port, database, auditTrail,
                () -> pscPort().flatMap(ProSanteConnectPort::currentAccessToken), clock));
    }

    /** The appli carte Vitale / Vitale card readings once the {@code apcv} module started (audited, permission-checked). */
    public Optional<VitaleReadings> vitaleReadings() {
        return port(ApCvPort.class).map(port -> new VitaleReadings(port, database, auditTrail));
    }

    /**
     * The e-prescription rules (issue 11) over the {@code eprescription} module's port when it started: prescribing,
     * the counter, dispensations through the outbox (audited, permission-checked in the core). Substitutions are
     * checked against the generic groups of the drug catalogue.
     */
    public EPrescriptions ePrescriptions() {
        return new EPrescriptions(database, auditTrail, outbox, patients(), () -> port(EPrescriptionPort.class),
                this::pscPort, new CatalogueSubstitutions(drugs), clock);
    }

    /** A module's health, or why it did not start; "not started" before {@link #startModules}. */
    public Health moduleHealth(SegurService<?> module) {
        ModuleHost host = modules;
        return host == null ? module.health() : host.health(module);
    }

    /** The port of a started module; empty before {@link #startModules} or when its module is absent or failed. */
    public <T> Optional<T> port(Class<T> type) {
        return modules == null ? Optional.empty() : modules.port(type);
    }

    /**
     * INSi's ContexteLPS names the installation ({@code ins.instance}): one uuid kept in the settings, made the first
     * time the modules start, so the CNAM sees the same instance on every run.
     */
    private void ensureInstallationId() {
        if (practices.setting(INSTALLATION_SETTING).isEmpty()) {
            practices.putSetting(INSTALLATION_SETTING, UUID.randomUUID().toString());
        }
    }

    public String workstationId() {
        return workstationId;
    }

    public Optional<Practice> practice() {
        return practices.load();
    }

    /** The practice, or {@code APP-0001} telling how to create one. */
    public Practice requirePractice() {
        return practice().orElseThrow(() -> new SegurException(AppError.APP_0001, where()));
    }

    /** Until Pro Santé Connect lands, the OS user of this workstation (decisions.md, "CLI principal"). */
    public Caller caller() {
        return Caller.osUser(requirePractice().profile(), workstationId);
    }

    private synchronized Runnable nextBeforeClose() {
        return beforeClose.poll();
    }

    public String where() {
        return database.dataDirectory().map(Path::toString).orElse("la base PostgreSQL");
    }

    private static String localWorkstationId() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "poste-local";
        }
    }

    /**
     * Runs {@code action} when this runtime closes, before the modules and the database (most recent first): the
     * command line ends its user's session there (logout audited, PSC session ended at the provider).
     */
    public synchronized void beforeClose(Runnable action) {
        beforeClose.push(Objects.requireNonNull(action, "action"));
    }

    @Override
    public void close() {
        Runnable action;
        while ((action = nextBeforeClose()) != null) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(GalienRuntime.class).warn("A closing step failed", e);
            }
        }
        synchronized (this) {
            if (modules != null) {
                modules.close();
            }
        }
        database.close();
    }
}

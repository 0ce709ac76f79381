package fr.galien.app;

import fr.galien.app.ui.UiContext;
import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.app.ui.firstrun.FirstAdministrator;
import fr.galien.app.ui.firstrun.PracticeSetup;
import fr.galien.app.ui.identity.IdentityContext;
import fr.galien.app.ui.login.WorkstationSettings;
import fr.galien.app.ui.services.HealthProbe;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.domain.Practice;
import fr.galien.core.error.SegurException;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.patient.duplicates.PatientDuplicates;
import fr.galien.core.security.Caller;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.vet.OwnerRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the window sees of Galien: the runtime's registries and sessions, the settings of this workstation, the
 * Services view's rows. The first run ({@link GalienPracticeSetup}), the identity screens ({@link
 * GalienIdentityContext}) and the in-process simulators ({@link WindowSandbox}) each have their own class.
 */
public final class GalienUiContext implements UiContext, AutoCloseable {

    private final GalienRuntime runtime;
    private final FxTaskExecutor tasks;
    private final WindowSandbox sandbox;
    private final GalienPracticeSetup setup;
    private final GalienIdentityContext identity;
    private volatile GalienSession sessions;
    private volatile LocalAccounts localAccounts;
    private GalienPrescribing prescribing;
    /**
     * The practice, read once (the window's opening task reads it off the FX thread) and kept, so screens built on
     * the FX thread never query it again; {@link #create} and {@link #createDemo} replace it. Null until read.
     */
    private volatile Optional<Practice> practice;

    public GalienUiContext(GalienRuntime runtime, FxTaskExecutor tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.localAccounts = runtime.accounts()::authenticate;
        this.sandbox = new WindowSandbox(runtime);
        this.setup = new GalienPracticeSetup(runtime, sandbox, created -> practice = Optional.of(created));
        this.identity = new GalienIdentityContext(runtime, sandbox);
    }

    /**
     * Starts the simulators on 127.0.0.1 (random ports) when the practice may use them (demo, training, first run),
     * never for a real practice; call it off the FX thread.
     */
    /** What the window waits for before its first screen (set by the command that opens the window). */
    private volatile java.util.concurrent.CompletableFuture<Void> started =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    /** The background start (demo data, simulators, modules) the first screen waits for. */
    public void startedBy(java.util.concurrent.CompletableFuture<Void> start) {
        this.started = java.util.Objects.requireNonNull(start);
    }

    @Override
    public void awaitStarted() {
        try {
            started.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    public void startSandbox() {
        if (InProcessSandbox.servesPracticeOf(runtime)) {
            sandbox.start(); // never for a real practice (ADR 0023)
        }
    }

    /**
     * See {@link InProcessSandbox#moduleOverrides(GalienRuntime)}; empty while the sandbox is not started. Kept: the
     * screens ask which services are simulated without reading the database on the FX thread.
     */
    public Map<String, String> moduleOverrides() {
        return sandbox.moduleOverrides();
    }

    /** Local accounts (the core AccountService once present); without them local logins are refused (SES-0002). */
    public void useLocalAccounts(LocalAccounts accounts) {
        this.localAccounts = accounts;
    }

    @Override
    public Optional<SessionService> sessions() {
        GalienSession current = sessions;
        if (current == null) {
            synchronized (this) {
                if (sessions == null) {
                    sessions = new GalienSession(runtime, this::practice,
                            runtime::pscPort,
                            () -> Optional.ofNullable(localAccounts),
                            SystemBrowser::open, sandbox.demoAccounts());
                }
                current = sessions;
            }
        }
        return Optional.of(current);
    }

    @Override
    public WorkstationSettings workstationSettings() {
        return new WorkstationSettings() {
            @Override
            public Duration lockDelay() {
                return GalienUiContext.lockDelay(runtime.practices().setting("ui.lockMinutes." + runtime.workstationId())
                        .or(() -> runtime.practices().setting("ui.lockMinutes")));
            }

            @Override
            public Duration logoutDelay() {
                return minutes(runtime.practices().setting("session.logoutMinutes"),
                        WorkstationSettings.DEFAULT_LOGOUT_DELAY);
            }
        };
    }

    /** A delay in minutes from a setting; missing, unreadable or negative: {@code fallback}. */
    static Duration minutes(Optional<String> minutes, Duration fallback) {
        try {
            return minutes.map(String::strip).filter(text -> !text.isEmpty()).map(Long::parseLong)
                    .map(Duration::ofMinutes).filter(delay -> !delay.isNegative()).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static Duration lockDelay(Optional<String> minutes) {
        return minutes(minutes, WorkstationSettings.DEFAULT_LOCK_DELAY);
    }

    @Override
    public Optional<Practice> practice() {
        Optional<Practice> known = practice;
        if (known == null) {
            known = runtime.practice();
            practice = known;
        }
        return known;
    }

    @Override
    public PracticeSetup practiceSetup() {
        return setup;
    }

    @Override
    public FirstAdministrator firstAdministrator() {
        return setup;
    }

    @Override
    public Optional<UserSession> openSession() {
        return setup.openSession();
    }

    @Override
    public PatientRegistry patients() {
        return runtime.patients();
    }

    @Override
    public Optional<PatientDocuments> documents() {
        return Optional.of(runtime.documents());
    }

    @Override
    public PatientDuplicates duplicates() {
        return runtime.duplicates();
    }

    @Override
    public OwnerRegistry owners() {
        return runtime.owners();
    }

    @Override
    public Optional<IdentityContext> identity() {
        return Optional.of(identity);
    }

    @Override
    public Optional<fr.galien.app.ui.dmp.DmpContext> dmp() {
        return Optional.of(new GalienDmpContext(runtime));
    }

    @Override
    public Optional<fr.galien.app.ui.messaging.MessagingContext> messaging() {
        fr.galien.core.mssante.MailFiling filing = runtime.mailFiling();
        return Optional.of(new fr.galien.app.ui.messaging.MessagingContext(runtime.secureMail(), filing,
                new fr.galien.core.mssante.MailboxAccess(runtime.database(), runtime.auditTrail(), filing,
                        runtime::mssPort)));
    }

    @Override
    public Optional<fr.galien.app.ui.prescription.PrescribingContext> prescribing() {
        return Optional.of(galienPrescribing());
    }

    @Override
    public Optional<fr.galien.app.ui.counter.CounterContext> counter() {
        return Optional.of(galienPrescribing());
    }

    private synchronized GalienPrescribing galienPrescribing() {
        if (prescribing == null) {
            prescribing = new GalienPrescribing(runtime);
        }
        return prescribing;
    }

    @Override
    public SegurServices segurServices() {
        return runtime.services();
    }

    /** A module's own health, or why it did not start (a missing or failed module it requires…). */
    @Override
    public Health moduleHealth(SegurService<?> module) {
        return runtime.moduleHealth(module);
    }

    @Override
    public List<HealthProbe> infrastructureProbes() {
        return List.of(
                new HealthProbe("database", "Base de données", this::databaseHealth),
                new HealthProbe("sandbox", "Bac à sable (simulateurs nationaux)",
                        () -> sandbox.health(runtime.clock())));
    }

    private Health databaseHealth() {
        try {
            boolean valid = runtime.database().read(connection -> connection.isValid(2));
            String engine = runtime.database().engine() == fr.galien.core.storage.Database.Engine.H2
                    ? "H2 embarquée (" + runtime.where() + ")" : "PostgreSQL";
            return valid ? Health.up(engine, runtime.clock().instant())
                    : Health.down("La base ne répond pas", runtime.clock().instant());
        } catch (RuntimeException e) {
            return Health.down("La base ne répond pas", runtime.clock().instant());
        }
    }

    @Override
    public boolean sandboxMode() {
        // Only the demo and training practices (ADR 0023); a real practice never shows the badge.
        return practice().map(Practice::simulated).orElse(sandbox.running());
    }

    /** The OS user of this workstation, from the practice read once (no query on the FX thread). */
    @Override
    public Caller caller() {
        Practice known = practice().orElseThrow(() -> new SegurException(AppError.APP_0001, runtime.where()));
        return Caller.osUser(known.profile(), runtime.workstationId());
    }

    @Override
    public String userDisplayName() {
        return caller().displayName();
    }

    @Override
    public String workstationDisplayName() {
        return runtime.workstationId();
    }

    @Override
    public FxTaskExecutor tasks() {
        return tasks;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}

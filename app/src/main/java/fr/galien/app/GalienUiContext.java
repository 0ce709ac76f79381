package fr.galien.app;

import fr.galien.app.ui.firstrun.FirstAdministrator;
import fr.galien.app.ui.services.HealthProbe;
import fr.galien.app.ui.firstrun.PracticeSetup;
import fr.galien.app.ui.UiContext;
import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.app.ui.identity.IdentityContext;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.identity.IdentityService;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.identity.VitaleReadings;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.patient.duplicates.PatientDuplicates;
import fr.galien.core.account.NewAccount;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.vet.OwnerRegistry;
import fr.galien.app.ui.login.WorkstationSettings;
import fr.galien.app.ui.session.DemoAccount;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.apcv.ApCvSimulator;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * What the window sees of Galien: the runtime, plus the in-process sandbox. Until the Ségur connectors bring
 * production endpoints (configuration), every national service is simulated, so the sandbox runs in-process and
 * the status bar says "Mode bac à sable".
 */
public final class GalienUiContext implements UiContext, PracticeSetup, FirstAdministrator, IdentityContext,
        AutoCloseable {

    private final GalienRuntime runtime;
    private final FxTaskExecutor tasks;
    private volatile InProcessSandbox sandbox;
    private volatile GalienSession sessions;
    private volatile LocalAccounts localAccounts;
    private volatile UserSession openSession;
    /**
     * The practice, read once (the window's opening task reads it off the FX thread) and kept, so screens built on
     * the FX thread never query it again; {@link #create} and {@link #createDemo} replace it. Null until read.
     */
    private volatile Optional<Practice> practice;
    /** The settings the modules were started with (which endpoints are the in-process simulators). */
    private volatile Map<String, String> startedOverrides = Map.of();

    public GalienUiContext(GalienRuntime runtime, FxTaskExecutor tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.localAccounts = runtime.accounts()::authenticate;
    }

    /** Starts the simulators on 127.0.0.1 (random ports); call it off the FX thread. */
    public synchronized void startSandbox() {
        if (sandbox == null) {
            sandbox = InProcessSandbox.start();
        }
    }

    /**
     * See {@link InProcessSandbox#moduleOverrides(GalienRuntime)}; empty while the sandbox is not started. Kept: the
     * screens ask which services are simulated without reading the database on the FX thread.
     */
    public Map<String, String> moduleOverrides() {
        InProcessSandbox started = sandbox;
        Map<String, String> overrides = started == null ? Map.of() : started.moduleOverrides(runtime);
        startedOverrides = Map.copyOf(overrides);
        return overrides;
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
                            SystemBrowser::open, demoAccounts());
                }
                current = sessions;
            }
        }
        return Optional.of(current);
    }

    private List<DemoAccount> demoAccounts() {
        InProcessSandbox started = sandbox;
        if (started == null || started.psc().isEmpty()) {
            return List.of();
        }
        return started.psc().get().directory().stream()
                .filter(professional -> !professional.ecpsBlocked() && !professional.deniesOnPhone())
                .map(professional -> new DemoAccount(professional.nationalId(),
                        professional.givenName() + " " + professional.familyName() + " — " + professional.purpose()))
                .toList();
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
        return this;
    }

    @Override
    public Practice create(String name, PracticeProfile profile) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("name", AppMessage.PRACTICE_NAME_REQUIRED)));
        }
        Practice created = new Practice(name.strip(), profile, null, null, false);
        runtime.practices().save(created);
        practice = Optional.of(created);
        return created;
    }

    @Override
    public FirstAdministrator firstAdministrator() {
        return this;
    }

    @Override
    public boolean needed() {
        return !runtime.accounts().hasAccounts();
    }

    /** Audited as done by the OS user of this workstation: nobody is logged in yet. */
    @Override
    public void create(String login, String displayName, Role role, char[] password) {
        runtime.accounts().createFirstAdministrator(runtime.caller(),
                new NewAccount(login, displayName, role, null), password);
    }

    @Override
    public Practice createDemo(PracticeProfile profile) {
        Practice demo = DemoPractice.ensure(runtime, profile);
        practice = Optional.of(demo);
        startSandbox();
        if (demo.profile().treatsAnimals()) {
            // No PSC for vets: open the demo clinic with its local account, so the demo stays one click.
            Caller vet = runtime.accounts().authenticate(DemoPractice.VET_LOGIN,
                    DemoPractice.VET_PASSWORD.toCharArray(), runtime.workstationId());
            openSession = UserSession.local(vet, DemoPractice.VET_LOGIN, vet.role().label());
        }
        return demo;
    }

    @Override
    public Optional<UserSession> openSession() {
        return Optional.ofNullable(openSession);
    }

    @Override
    public PatientRegistry patients() {
        return runtime.patients();
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
        return Optional.of(this);
    }

    @Override
    public IdentityService identities() {
        return runtime.identities();
    }

    @Override
    public Optional<InsiSearch> insiSearch() {
        return runtime.insiSearch();
    }

    @Override
    public Optional<VitaleReadings> apCv() {
        return runtime.vitaleReadings();
    }

    /** The in-process ApCV simulator's test codes, when it runs and serves this practice. */
    @Override
    public List<SandboxCode> sandboxCodes() {
        return sandboxApCv()
                .map(apCv -> apCv.testCodes().stream()
                        .map(code -> new SandboxCode(code.label(), code.content()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public Optional<String> sandboxCodesPage() {
        return sandboxApCv().map(apCv -> apCv.baseUrl().resolve("/apcv/").toString());
    }

    /** The ApCV simulator only when the ApCV port was started on it (not on a real, configured endpoint). */
    private Optional<ApCvSimulator> sandboxApCv() {
        InProcessSandbox started = sandbox;
        if (started == null) {
            return Optional.empty();
        }
        return started.apCv().filter(apCv -> InProcessSandbox.serves(apCv, startedOverrides));
    }

    @Override
    public SegurServices segurServices() {
        return runtime.services();
    }

    @Override
    public List<HealthProbe> infrastructureProbes() {
        return List.of(
                new HealthProbe("database", "Base de données", this::databaseHealth),
                new HealthProbe("sandbox", "Bac à sable (simulateurs nationaux)", this::sandboxHealth));
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

    private Health sandboxHealth() {
        InProcessSandbox started = sandbox;
        if (started == null) {
            return new Health(Health.State.NON_DEMARRE, "Bac à sable arrêté", runtime.clock().instant());
        }
        SandboxHost host = started.host();
        return Health.up("Simulateurs sur " + host.indexUrl() + " (" + host.urls().size() + " simulateur(s))",
                runtime.clock().instant());
    }

    @Override
    public boolean sandboxMode() {
        return sandbox != null || practice().map(Practice::demo).orElse(false);
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
        InProcessSandbox started = sandbox;
        if (started != null) {
            started.close();
        }
    }
}

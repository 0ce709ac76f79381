package fr.galien.app;

import fr.galien.app.ui.FirstAdministrator;
import fr.galien.app.ui.HealthProbe;
import fr.galien.app.ui.PracticeSetup;
import fr.galien.app.ui.UiContext;
import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.ValidationException;
import fr.galien.core.patient.PatientRegistry;
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
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.Simulator;
import fr.galien.sandbox.psc.PscSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.ServiceLoader;
import fr.galien.sandbox.SandboxOptions;
import java.util.List;
import java.util.Optional;

/**
 * What the window sees of Galien: the runtime, plus the in-process sandbox. Until the Ségur connectors bring
 * production endpoints (configuration), every national service is simulated, so the sandbox runs in-process and
 * the status bar says "Mode bac à sable".
 */
public final class GalienUiContext implements UiContext, PracticeSetup, FirstAdministrator, AutoCloseable {

    private final GalienRuntime runtime;
    private final FxTaskExecutor tasks;
    private volatile SandboxHost sandbox;
    private volatile PscSimulator pscSimulator;
    private volatile GalienSession sessions;
    private volatile LocalAccounts localAccounts;
    private volatile UserSession openSession;

    public GalienUiContext(GalienRuntime runtime, FxTaskExecutor tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.localAccounts = runtime.accounts()::authenticate;
    }

    /** Starts the simulators on 127.0.0.1 (random ports); call it off the FX thread. */
    public synchronized void startSandbox() {
        if (sandbox == null) {
            List<Simulator> simulators = new ArrayList<>();
            ServiceLoader.load(Simulator.class, SandboxHost.class.getClassLoader()).forEach(simulators::add);
            sandbox = SandboxHost.start(SandboxOptions.defaults(), simulators);
            pscSimulator = simulators.stream().filter(PscSimulator.class::isInstance).map(PscSimulator.class::cast)
                    .findFirst().orElse(null);
        }
    }

    /**
     * Settings for {@link GalienRuntime#startModules(fr.galien.core.task.TaskExecutor, Map)}: the in-process PSC
     * simulator's issuer (random port) and demo client, unless a real practice configured its own issuer.
     */
    public Map<String, String> moduleOverrides() {
        PscSimulator psc = pscSimulator;
        boolean configured = runtime.practices().setting("psc.issuer").isPresent();
        boolean demo = practice().map(Practice::demo).orElse(false);
        if (psc == null || (configured && !demo)) {
            return Map.of();
        }
        return Map.of("psc.issuer", psc.issuer().toString(),
                "psc.clientId", PscSimulator.DEMO_CLIENT_ID,
                "psc.clientSecret", PscSimulator.DEMO_CLIENT_SECRET);
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
                    sessions = new GalienSession(runtime,
                            this::pscPort,
                            () -> Optional.ofNullable(localAccounts),
                            SystemBrowser::open, demoAccounts());
                }
                current = sessions;
            }
        }
        return Optional.of(current);
    }

    /** The PSC port once its module started; SegurServices.port fails on a module not started yet. */
    private Optional<ProSanteConnectPort> pscPort() {
        return runtime.services().all().stream()
                .filter(service -> service.descriptor().port() == ProSanteConnectPort.class)
                .map(service -> service.port())
                .filter(ProSanteConnectPort.class::isInstance)
                .map(ProSanteConnectPort.class::cast)
                .findFirst();
    }

    private List<DemoAccount> demoAccounts() {
        PscSimulator psc = pscSimulator;
        if (psc == null) {
            return List.of();
        }
        return psc.directory().stream()
                .filter(professional -> !professional.ecpsBlocked() && !professional.deniesOnPhone())
                .map(professional -> new DemoAccount(professional.nationalId(),
                        professional.givenName() + " " + professional.familyName() + " — " + professional.purpose()))
                .toList();
    }

    @Override
    public WorkstationSettings workstationSettings() {
        return () -> lockDelay(runtime.practices().setting("ui.lockMinutes." + runtime.workstationId())
                .or(() -> runtime.practices().setting("ui.lockMinutes")));
    }

    static Duration lockDelay(Optional<String> minutes) {
        try {
            return minutes.map(String::strip).map(Long::parseLong).map(Duration::ofMinutes)
                    .filter(delay -> !delay.isNegative())
                    .orElse(WorkstationSettings.DEFAULT_LOCK_DELAY);
        } catch (NumberFormatException e) {
            return WorkstationSettings.DEFAULT_LOCK_DELAY;
        }
    }

    @Override
    public Optional<Practice> practice() {
        return runtime.practice();
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
        Practice practice = new Practice(name.strip(), profile, null, null, false);
        runtime.practices().save(practice);
        return practice;
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
        Practice practice = DemoPractice.ensure(runtime, profile);
        startSandbox();
        if (practice.profile().treatsAnimals()) {
            // No PSC for vets: open the demo clinic with its local account, so the demo stays one click.
            Caller vet = runtime.accounts().authenticate(DemoPractice.VET_LOGIN,
                    DemoPractice.VET_PASSWORD.toCharArray(), runtime.workstationId());
            openSession = UserSession.local(vet, DemoPractice.VET_LOGIN, vet.role().label());
        }
        return practice;
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
    public OwnerRegistry owners() {
        return runtime.owners();
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
        SandboxHost host = sandbox;
        if (host == null) {
            return new Health(Health.State.NON_DEMARRE, "Bac à sable arrêté", runtime.clock().instant());
        }
        return Health.up("Simulateurs sur " + host.indexUrl() + " (" + host.urls().size() + " simulateur(s))",
                runtime.clock().instant());
    }

    @Override
    public boolean sandboxMode() {
        return sandbox != null || practice().map(Practice::demo).orElse(false);
    }

    @Override
    public Caller caller() {
        return runtime.caller();
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
        SandboxHost host = sandbox;
        if (host != null) {
            host.close();
        }
    }
}

package fr.galien.app.ui.fake;

import fr.galien.app.ui.firstrun.FirstAdministrator;
import fr.galien.app.ui.services.HealthProbe;
import fr.galien.app.ui.firstrun.PracticeSetup;
import fr.galien.app.ui.UiContext;
import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.app.ui.identity.IdentityContext;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.patient.duplicates.PatientDuplicates;
import fr.galien.app.ui.login.WorkstationSettings;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.time.Duration;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.vet.OwnerRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link UiContext} over the in-memory registry, for TestFX. Its setup "creates" the practice in memory. */
public final class FakeUiContext implements UiContext, PracticeSetup {

    public final InMemoryPatientRegistry registry = new InMemoryPatientRegistry();
    public final InMemoryOwnerRegistry owners = new InMemoryOwnerRegistry();
    public final InMemoryPatientDuplicates duplicates = new InMemoryPatientDuplicates();
    public final List<SegurService<?>> modules = new ArrayList<>();
    public final List<HealthProbe> probes = new ArrayList<>();
    public final FakeSessionService sessions = new FakeSessionService();
    public final FakeFirstAdministrator administrator = new FakeFirstAdministrator(sessions.passwords);
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private Practice practice;
    private boolean sandbox;
    /** Logged in from the start, so screen tests go straight to the main window; null shows the login screen. */
    private UserSession openSession;
    private Duration lockDelay = WorkstationSettings.DEFAULT_LOCK_DELAY;
    /** The real core over H2 with fake INSi/ApCV, for the identity screens; null: no identity panel. */
    private IdentityTestBed identity;

    public FakeUiContext(Practice practice, boolean sandbox) {
        this.practice = practice;
        this.sandbox = sandbox;
        this.openSession = UserSession.local(new Caller("local:camille", "Camille Testeur",
                practice == null ? Role.PHARMACIEN_TITULAIRE : Caller.osUser(practice.profile(), "x").role(),
                "poste-test"), "camille", "");
        sessions.passwords.put("camille", "secret-camille");
    }

    /** Starts on the login screen instead. */
    public FakeUiContext signedOut() {
        openSession = null;
        return this;
    }

    /** Starts logged in as {@code session}. */
    public FakeUiContext signedInAs(UserSession session) {
        openSession = session;
        return this;
    }

    public FakeUiContext lockAfter(Duration delay) {
        lockDelay = delay;
        return this;
    }

    @Override
    public Optional<SessionService> sessions() {
        return Optional.of(sessions);
    }

    @Override
    public Optional<UserSession> openSession() {
        return Optional.ofNullable(openSession);
    }

    @Override
    public WorkstationSettings workstationSettings() {
        return () -> lockDelay;
    }

    public static FakeUiContext demoPharmacy() {
        return new FakeUiContext(new Practice("Pharmacie des Tilleuls (démo)", PracticeProfile.OFFICINE, null, null,
                true), true);
    }

    public static FakeUiContext demoVeterinary() {
        return new FakeUiContext(new Practice("Clinique vétérinaire des Tilleuls (démo)",
                PracticeProfile.CABINET_VETERINAIRE, null, null, true), true);
    }

    public static FakeUiContext firstRun() {
        return new FakeUiContext(null, false);
    }

    @Override
    public Optional<Practice> practice() {
        return Optional.ofNullable(practice);
    }

    @Override
    public PracticeSetup practiceSetup() {
        return this;
    }

    @Override
    public FirstAdministrator firstAdministrator() {
        return administrator;
    }

    /** Asks for the first administrator after the practice is created (a real practice without accounts). */
    public FakeUiContext withoutAccounts() {
        administrator.needed = true;
        return this;
    }

    /** Patients and their identity from {@code bed} (real core over H2) instead of the in-memory registry. */
    public FakeUiContext withIdentity(IdentityTestBed bed) {
        identity = bed;
        return this;
    }

    @Override
    public PatientRegistry patients() {
        return identity == null ? registry : identity.patients();
    }

    @Override
    public Optional<IdentityContext> identity() {
        return Optional.ofNullable(identity);
    }

    @Override
    public PatientDuplicates duplicates() {
        return duplicates;
    }

    @Override
    public OwnerRegistry owners() {
        return owners;
    }

    @Override
    public SegurServices segurServices() {
        return SegurServices.of(modules);
    }

    @Override
    public List<HealthProbe> infrastructureProbes() {
        return probes;
    }

    @Override
    public boolean sandboxMode() {
        return sandbox;
    }

    @Override
    public Caller caller() {
        return Caller.osUser(practice.profile(), "poste-test");
    }

    @Override
    public String userDisplayName() {
        return "Camille Testeur";
    }

    @Override
    public String workstationDisplayName() {
        return "Comptoir 1";
    }

    @Override
    public FxTaskExecutor tasks() {
        return tasks;
    }

    @Override
    public Practice create(String name, PracticeProfile profile) {
        practice = new Practice(name, profile, null, null, false);
        sessions.pscAvailable = profile != PracticeProfile.CABINET_VETERINAIRE;
        return practice;
    }

    @Override
    public Practice createDemo(PracticeProfile profile) {
        DemoPatients.seed(registry);
        practice = profile == PracticeProfile.OFFICINE
                ? new Practice("Pharmacie des Tilleuls (démo)", PracticeProfile.OFFICINE, null, null, true)
                : new Practice(profile.label() + " (démo)", profile, null, null, true);
        sandbox = true;
        return practice;
    }
}

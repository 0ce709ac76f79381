package fr.galien.app.ui;

import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.app.ui.firstrun.FirstAdministrator;
import fr.galien.app.ui.firstrun.PracticeSetup;
import fr.galien.app.ui.identity.IdentityContext;
import fr.galien.app.ui.login.WorkstationSettings;
import fr.galien.app.ui.services.HealthProbe;
import fr.galien.app.ui.session.SessionService;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.domain.Practice;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.patient.duplicates.PatientDuplicates;
import fr.galien.core.security.Caller;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.vet.OwnerRegistry;
import java.util.List;
import java.util.Optional;

/**
 * Everything the screens need from the rest of Galien, implemented by the composition root. The UI holds no other
 * reference to storage, services or the sandbox, so it can be built over a fake in tests.
 *
 * <p>Methods are read when a screen is built, not once at start: after {@link PracticeSetup} created the practice,
 * {@link #practice()}, {@link #caller()} and {@link #sandboxMode()} must reflect it.
 */
public interface UiContext {

    /**
     * Waits (off the FX thread) until the work started after the window (demo data, simulators, modules) is done,
     * so the first screen reads a complete state; returns at once when nothing was started in the background.
     * Rethrows what made that start fail.
     */
    default void awaitStarted() {
    }

    /** The practice of this data directory; empty on first run (then the first-run screen is shown). */
    Optional<Practice> practice();

    /** Creates the practice on first run; only called while {@link #practice()} is empty. */
    PracticeSetup practiceSetup();

    /**
     * The first administrator account, asked for on first run right after a real practice is created (not for the
     * demo, whose users are the sandbox's test professionals).
     */
    FirstAdministrator firstAdministrator();

    PatientRegistry patients();

    /** Patients' documents (the file's « Documents » section); empty where there is none (tests, vet clinics). */
    default Optional<PatientDocuments> documents() {
        return Optional.empty();
    }

    /** Probable duplicates and their reversible merge ("Doublons"). */
    PatientDuplicates duplicates();

    /** A vet practice's clients and their animals ("Clients et animaux"). */
    OwnerRegistry owners();

    /**
     * The RNIV identity of human patients (identity panel, INSi, appli carte Vitale); empty where there is none (a
     * fake context): the patient file then shows its status read-only.
     */
    default Optional<IdentityContext> identity() {
        return Optional.empty();
    }

    /**
     * The DMP band and tab of the patient file (issue 12); empty where there is none (a fake context, a vet
     * practice: the DMP does not exist for animals).
     */
    default Optional<fr.galien.app.ui.dmp.DmpContext> dmp() {
        return Optional.empty();
    }

    /** The Ségur modules found at start, for the Services view. */
    SegurServices segurServices();

    /** A module's health for the Services view: its own, or why it did not start. Never called on the FX thread. */
    default Health moduleHealth(SegurService<?> module) {
        return module.health();
    }

    /** Extra rows for the Services view ("Base de données", "Bac à sable"); empty when there are none. */
    default List<HealthProbe> infrastructureProbes() {
        return List.of();
    }

    /** True when national services are simulated (demo practice or sandbox started): shows "Mode bac à sable". */
    boolean sandboxMode();

    /**
     * The caller when there is no {@link #sessions()} (no login screen); with sessions, the screens use the
     * logged-in {@link UserSession#caller()} instead. Only read once {@link #practice()} is present.
     */
    Caller caller();

    /** Name of the user for the status bar. */
    String userDisplayName();

    /** Name of this workstation for the status bar. */
    String workstationDisplayName();

    /**
     * Logging in, locking and unlocking. Empty: no login screen (the window acts as {@link #caller()}, as before
     * Pro Santé Connect); the composition root always provides one.
     */
    default Optional<SessionService> sessions() {
        return Optional.empty();
    }

    /** A session already open when the window appears (tests, a CLI that logged in first); usually empty. */
    default Optional<UserSession> openSession() {
        return Optional.empty();
    }

    /** This workstation's settings (lock delay, {@code ui.lockMinutes}). */
    default WorkstationSettings workstationSettings() {
        return WorkstationSettings.DEFAULTS;
    }

    /**
     * Prescribing (« Prescrire », the vet « Ordonnance »): drug catalogue, e-prescription, ordonnance register and
     * patient documents; empty where there is none (a fake context): the area then shows its placeholder.
     */
    default Optional<fr.galien.app.ui.prescription.PrescribingContext> prescribing() {
        return Optional.empty();
    }

    /** The pharmacy counter (scan field, e-prescription dispensing); empty where there is none. */
    default Optional<fr.galien.app.ui.counter.CounterContext> counter() {
        return Optional.empty();
    }

    /** Runs every slow call off the FX thread; its busy property drives the progress indicator. */
    FxTaskExecutor tasks();

    /** MSSanté (the « Messagerie » area); empty where there is none (tests, a vet practice). */
    default Optional<fr.galien.app.ui.messaging.MessagingContext> messaging() {
        return Optional.empty();
    }
}

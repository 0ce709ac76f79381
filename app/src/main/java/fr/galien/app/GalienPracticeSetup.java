package fr.galien.app;

import fr.galien.app.ui.firstrun.FirstAdministrator;
import fr.galien.app.ui.firstrun.PracticeSetup;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.account.NewAccount;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.ValidationException;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The first run: creating the practice (or the demo, with its simulators), then its first administrator. Tells the
 * window's context the practice it created, so no screen has to read it again.
 */
final class GalienPracticeSetup implements PracticeSetup, FirstAdministrator {

    private final GalienRuntime runtime;
    private final WindowSandbox sandbox;
    private final Consumer<Practice> created;
    private volatile UserSession openSession;

    GalienPracticeSetup(GalienRuntime runtime, WindowSandbox sandbox, Consumer<Practice> created) {
        this.runtime = runtime;
        this.sandbox = sandbox;
        this.created = created;
    }

    @Override
    public Practice create(String name, PracticeProfile profile) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("name", AppMessage.PRACTICE_NAME_REQUIRED)));
        }
        Practice practice = new Practice(name.strip(), profile, null, null, false);
        runtime.practices().save(practice);
        created.accept(practice);
        sandbox.stop(); // started for the first run's demo offer: a real practice never talks to a simulator
        return practice;
    }

    @Override
    public Practice createDemo(PracticeProfile profile) {
        Practice demo = DemoPractice.ensure(runtime, profile);
        created.accept(demo);
        sandbox.start();
        if (demo.profile().treatsAnimals()) {
            // No PSC for vets: open the demo clinic with its local account, so the demo stays one click.
            Caller vet = runtime.accounts().authenticate(DemoPractice.VET_LOGIN,
                    DemoPractice.VET_PASSWORD.toCharArray(), runtime.workstationId());
            openSession = UserSession.local(vet, DemoPractice.VET_LOGIN, vet.role().label());
        }
        return demo;
    }

    /** The vet demo's session, opened by {@link #createDemo}; empty otherwise. */
    Optional<UserSession> openSession() {
        return Optional.ofNullable(openSession);
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
}

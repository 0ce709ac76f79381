package fr.galien.app.ui.session;

import fr.galien.core.port.ProSanteConnectPort.Exercise;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a successful Pro Santé Connect authentication: either the user is logged in, or PSC returned
 * several exercises and the professional must choose one ({@link SessionService#chooseExercise}) first.
 */
public record PscLogin(Optional<UserSession> session, String displayName, List<Exercise> exercisesToChooseFrom) {

    public PscLogin {
        session = session == null ? Optional.empty() : session;
        exercisesToChooseFrom = List.copyOf(exercisesToChooseFrom);
        Objects.requireNonNull(displayName, "displayName");
        if (session.isEmpty() == exercisesToChooseFrom.isEmpty()) {
            throw new IllegalArgumentException("Either a session or exercises to choose from");
        }
    }

    public static PscLogin loggedIn(UserSession session) {
        return new PscLogin(Optional.of(session), session.displayName(), List.of());
    }

    public static PscLogin chooseAmong(String displayName, List<Exercise> exercises) {
        return new PscLogin(Optional.empty(), displayName, exercises);
    }

    public boolean needsExerciseChoice() {
        return session.isEmpty();
    }
}

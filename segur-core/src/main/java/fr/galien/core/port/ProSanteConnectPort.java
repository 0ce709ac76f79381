package fr.galien.core.port;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pro Santé Connect (specs §5): the professional's OpenID Connect session. The {@code psc} module implements it
 * with the real protocol (CIBA, or authorization code + PKCE through the system browser); other connectors ask it
 * for the current access token and never import that module (ADR 0001).
 *
 * <p>Failures are {@link fr.galien.core.error.SegurException}s with the module's codes (PSC-NNNN) and a French
 * sentence: tampered or expired token, provider down, access denied on the phone, unknown professional. No session
 * is kept after a failure.
 */
public interface ProSanteConnectPort {

    /**
     * CIBA (decoupled flow), the preferred desktop path: PSC pushes a request to the professional's e-CPS app; this
     * call polls (respecting {@code interval}, {@code authorization_pending}, {@code slow_down}) until the
     * professional approves, denies or the request expires. Blocking: never call it on the FX thread.
     *
     * @param nationalId the professional's national id as typed (e.g. {@code 8} + RPPS)
     * @param progress   French status lines for the screen ("Validez la demande sur votre téléphone…")
     */
    PscSession authenticateWithCiba(String nationalId, Progress progress);

    /**
     * Authorization code flow with PKCE for a native app (RFC 8252): opens the PSC page in the system browser and
     * waits for the redirect on a loopback listener on 127.0.0.1. Blocking.
     */
    PscSession authenticateWithBrowser(BrowserOpener browser, Progress progress);

    /** The current session, if any (possibly needing re-authentication: see {@link PscSession#state()}). */
    Optional<PscSession> currentSession();

    /**
     * The access token of the connected professional, refreshed before expiry. Empty when there is no session or
     * the refresh failed: callers then leave their national calls in the outbox and the app asks to
     * re-authenticate without losing the work on screen.
     */
    Optional<AccessToken> currentAccessToken();

    /** Chooses the exercise the professional works under now, when PSC returned several. */
    PscSession chooseExercise(Exercise exercise);

    /** Ends the session at the provider (end-session endpoint) and locally; never fails locally. */
    void logout();

    /** Receives short French progress sentences. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = message -> { };

        void update(String message);
    }

    /** Opens a URI in the user's browser (the app uses the desktop browser; tests follow the redirect themselves). */
    @FunctionalInterface
    interface BrowserOpener {
        void open(URI authorizationRequest);
    }

    enum SessionState { ACTIVE, REAUTHENTICATION_REQUIRED }

    /**
     * @param exercise the exercise chosen; empty while a professional with several exercises has not chosen
     */
    record PscSession(Professional professional, Optional<Exercise> exercise, Instant accessTokenExpiresAt,
                      String acr, SessionState state) {
        public PscSession {
            Objects.requireNonNull(professional, "professional");
            exercise = exercise == null ? Optional.empty() : exercise;
        }

        public boolean needsExerciseChoice() {
            return exercise.isEmpty() && professional.exercises().size() > 1;
        }
    }

    /**
     * The professional as PSC describes them (userinfo: {@code SubjectNameID}, names, {@code SubjectRefPro}).
     *
     * @param nationalId {@code SubjectNameID} (8 + RPPS, or ADELI)
     */
    record Professional(String nationalId, String lastName, String firstName, List<Exercise> exercises) {
        public Professional {
            exercises = List.copyOf(exercises);
        }
    }

    /**
     * One exercise of {@code SubjectRefPro.exercices[]} with its activity (structure).
     *
     * @param professionCode        TRE_G15 ({@code 10} médecin, {@code 21} pharmacien, {@code 50} sage-femme,
     *                              {@code 60} infirmier…)
     * @param pharmacistSectionCode {@code codeSectionPharmacien} (A titulaire, D adjoint…), empty otherwise
     * @param activitySectorCode    {@code codeSecteurDactivite} (SA33 pharmacie d'officine, SA07 cabinet…)
     * @param structureName         {@code raisonSocialeSite}
     * @param finess                {@code numeroFinessSite}, may be empty
     */
    record Exercise(String professionCode, String professionLabel, String pharmacistSectionCode,
                    String savoirFaireCode, String activitySectorCode, String structureId, String structureName,
                    String finess) {
    }

    /** Never printed: {@link #toString()} hides the value (no token in logs). */
    record AccessToken(String value, Instant expiresAt, String nationalId) {
        @Override
        public String toString() {
            return "AccessToken[nationalId=" + nationalId + ", expiresAt=" + expiresAt + "]";
        }
    }
}

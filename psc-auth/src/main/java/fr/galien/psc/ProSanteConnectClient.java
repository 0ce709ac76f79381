package fr.galien.psc;

import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.kit.http.CallStats;
import fr.galien.kit.module.MeasuredClient;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ProSanteConnectPort} over the real protocol with Nimbus: CIBA or browser login, ID token validation,
 * userinfo mapping, refresh before expiry, logout. One professional session at a time; thread-safe (the outbox
 * dispatcher asks for tokens while the UI reads the session).
 *
 * <p>A new login first ends the current session: at a shared counter an attempt to connect means the user changes,
 * and a failed attempt must not leave the previous professional connected (issue 3: "no session" after a failure).
 */
public final class ProSanteConnectClient implements ProSanteConnectPort, MeasuredClient {

    private static final Logger LOG = LoggerFactory.getLogger(ProSanteConnectClient.class);

    /** Everything a session holds; tokens never leave this class except through {@link AccessToken}. */
    private record Held(Professional professional, Optional<Exercise> exercise, String acr,
                        BearerAccessToken accessToken, Instant accessExpiresAt, RefreshToken refreshToken,
                        Instant refreshExpiresAt, String idToken, SessionState state) {

        PscSession view() {
            return new PscSession(professional, exercise, accessExpiresAt, acr, state);
        }

        Held withExercise(Exercise chosen) {
            return new Held(professional, Optional.of(chosen), acr, accessToken, accessExpiresAt, refreshToken,
                    refreshExpiresAt, idToken, state);
        }

        Held reauthenticationRequired() {
            return new Held(professional, exercise, acr, accessToken, accessExpiresAt, refreshToken, refreshExpiresAt,
                    idToken, SessionState.REAUTHENTICATION_REQUIRED);
        }
    }

    private final PscSettings settings;
    private final Clock clock;
    private final ProviderStatus status;
    private final PscHttp http;
    private final ProviderDirectory directory;
    private final IdTokenVerifier verifier;
    private final TokenClient tokens;
    private final CibaLogin ciba;
    private final BrowserLogin browserLogin;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Held held;

    public ProSanteConnectClient(PscSettings settings, Clock clock) {
        this(settings, clock, Sleeper.REAL);
    }

    public ProSanteConnectClient(PscSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = new ProviderStatus(clock);
        this.http = new PscHttp(settings.timeout(), status, clock);
        this.directory = new ProviderDirectory(settings.issuer(), http, clock);
        this.verifier = new IdTokenVerifier(directory, settings.issuer().toString(), settings.clientId(),
                settings.clockSkew(), clock);
        this.tokens = new TokenClient(http, directory, verifier, settings.clientId(), settings.clientSecret());
        this.ciba = new CibaLogin(directory, tokens, Objects.requireNonNull(sleeper, "sleeper"), clock);
        this.browserLogin = new BrowserLogin(directory, tokens, settings.browserTimeout());
    }

    @Override
    public PscSession authenticateWithCiba(String nationalId, Progress progress) {
        Progress out = progress == null ? Progress.NONE : progress;
        endCurrentSession();
        out.update(Messages.format(PscMessage.PROGRESS_CONTACTING));
        TokenClient.Tokens received = ciba.login(nationalId, out);
        // CIBA sends no nonce (CIBA §7.1 has none): the ID token is bound to the auth_req_id instead.
        return open(received, null, out);
    }

    @Override
    public PscSession authenticateWithBrowser(BrowserOpener browser, Progress progress) {
        Objects.requireNonNull(browser, "browser");
        Progress out = progress == null ? Progress.NONE : progress;
        endCurrentSession();
        out.update(Messages.format(PscMessage.PROGRESS_CONTACTING));
        BrowserLogin.Result result = browserLogin.login(browser, out);
        return open(result.tokens(), result.nonce(), out);
    }

    @Override
    public Optional<PscSession> currentSession() {
        Held current = held;
        return current == null ? Optional.empty() : Optional.of(current.view());
    }

    @Override
    public Optional<AccessToken> currentAccessToken() {
        lock.lock();
        try {
            Held current = held;
            if (current == null || current.state() == SessionState.REAUTHENTICATION_REQUIRED) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            if (now.isBefore(current.accessExpiresAt().minus(settings.refreshMargin()))) {
                return Optional.of(token(current));
            }
            return refresh(current, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public PscSession chooseExercise(Exercise exercise) {
        lock.lock();
        try {
            Held current = held;
            if (current == null || exercise == null || !current.professional().exercises().contains(exercise)) {
                throw new SegurException(PscError.PSC_0016);
            }
            held = current.withExercise(exercise);
            return held.view();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void logout() {
        Held previous;
        lock.lock();
        try {
            previous = held;
            held = null;
        } finally {
            lock.unlock();
        }
        if (previous != null) {
            endAtProvider(previous);
            LOG.info("PSC session ended");
        }
    }

    /** For the module's health: the last known provider state, without calling out. */
    ProviderStatus.Snapshot providerStatus() {
        return status.last();
    }

    /** Count, failures and timing of the exchanges with the provider since start (Services view). */
    @Override
    public Optional<CallStats.Snapshot> callStats() {
        return Optional.of(http.callStats());
    }

    /** Fetches the provider metadata now (start-up warm-up in the background); failures only update the status. */
    void warmUp() {
        try {
            directory.endpoints();
            directory.keys(false);
        } catch (SegurException e) {
            LOG.warn("PSC provider not ready: {}", e.code());
        }
    }

    private PscSession open(TokenClient.Tokens received, String nonce, Progress progress) {
        IdTokenVerifier.VerifiedIdToken idToken = verifier.verify(received.idToken(), nonce, true);
        progress.update(Messages.format(PscMessage.PROGRESS_READING_PROFILE));
        Professional professional = ProfessionalMapper.fromUserinfo(tokens.userinfo(received.accessToken()));
        String subjectNationalId = nationalIdOfSubject(idToken.claims().getSubject());
        if (subjectNationalId != null && !subjectNationalId.equals(professional.nationalId())) {
            // The userinfo must describe the person the ID token authenticated (OIDC Core §5.3.2).
            throw new SegurException(PscError.PSC_0015);
        }
        Instant now = clock.instant();
        Optional<Exercise> exercise = professional.exercises().size() == 1
                ? Optional.of(professional.exercises().get(0)) : Optional.empty();
        Held session = new Held(professional, exercise, idToken.acr(), received.accessToken(),
                now.plusSeconds(received.expiresInSeconds()), received.refreshToken(),
                refreshExpiry(now, received), received.idToken(), SessionState.ACTIVE);
        lock.lock();
        try {
            held = session;
        } finally {
            lock.unlock();
        }
        LOG.info("PSC session opened (acr {}, {} exercise(s))", idToken.acr(), professional.exercises().size());
        progress.update(Messages.format(PscMessage.PROGRESS_CONNECTED));
        return session.view();
    }

    /** PSC subjects read {@code f:<federation-uuid>:<national id>} (specs §5.4); others are opaque. */
    private static String nationalIdOfSubject(String subject) {
        if (subject == null || !subject.startsWith("f:")) {
            return null;
        }
        int last = subject.lastIndexOf(':');
        return last > 1 ? subject.substring(last + 1) : null;
    }

    private Optional<AccessToken> refresh(Held current, Instant now) {
        boolean refreshExpired = current.refreshExpiresAt() != null && !now.isBefore(current.refreshExpiresAt());
        if (current.refreshToken() == null || refreshExpired) {
            return reauthenticationRequired(current, "no usable refresh token");
        }
        TokenClient.Outcome outcome;
        try {
            outcome = tokens.request(new RefreshTokenGrant(current.refreshToken()));
        } catch (SegurException e) {
            // Provider down or unreadable: the session itself is fine; keep the token while it is valid and retry
            // on the next call; callers leave their national calls in the outbox meanwhile.
            LOG.warn("PSC refresh failed: {}", e.code());
            return now.isBefore(current.accessExpiresAt()) ? Optional.of(token(current)) : Optional.empty();
        }
        if (outcome.tokens() == null) {
            return reauthenticationRequired(current, outcome.error().getCode());
        }
        TokenClient.Tokens renewed = outcome.tokens();
        if (renewed.idToken() != null) {
            try {
                verifier.verify(renewed.idToken(), null, false);
            } catch (SegurException e) {
                return reauthenticationRequired(current, e.code());
            }
        }
        Held updated = new Held(current.professional(), current.exercise(), current.acr(), renewed.accessToken(),
                now.plusSeconds(renewed.expiresInSeconds()),
                renewed.refreshToken() != null ? renewed.refreshToken() : current.refreshToken(),
                renewed.refreshToken() != null || renewed.refreshExpiresInSeconds() != null
                        ? refreshExpiry(now, renewed) : current.refreshExpiresAt(),
                renewed.idToken() != null ? renewed.idToken() : current.idToken(), SessionState.ACTIVE);
        held = updated;
        LOG.debug("PSC access token refreshed");
        return Optional.of(token(updated));
    }

    private Optional<AccessToken> reauthenticationRequired(Held current, String reason) {
        LOG.info("PSC session needs re-authentication: {}", reason);
        held = current.reauthenticationRequired();
        return Optional.empty();
    }

    private static Instant refreshExpiry(Instant now, TokenClient.Tokens received) {
        Long seconds = received.refreshExpiresInSeconds();
        return seconds == null || seconds <= 0 ? null : now.plusSeconds(seconds);
    }

    private static AccessToken token(Held current) {
        return new AccessToken(current.accessToken().getValue(), current.accessExpiresAt(),
                current.professional().nationalId());
    }

    private void endCurrentSession() {
        if (held != null) {
            logout();
        }
    }

    /** RP-initiated logout by POST (OIDC RP-Initiated Logout §2: the OP supports GET and POST): no token in a URL. */
    private void endAtProvider(Held previous) {
        try {
            Optional<URI> endpoint = directory.endpoints().endSessionEndpoint();
            if (endpoint.isEmpty()) {
                return;
            }
            HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, endpoint.get());
            request.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
            StringBuilder body = new StringBuilder("client_id=").append(encode(settings.clientId()));
            if (previous.idToken() != null) {
                body.append("&id_token_hint=").append(encode(previous.idToken()));
            }
            request.setBody(body.toString());
            int statusCode = http.send(request).getStatusCode();
            if (statusCode >= 400) {
                LOG.warn("PSC end-session answered HTTP {}", statusCode);
            }
        } catch (RuntimeException e) {
            // Logout never fails locally: the local session is already gone.
            LOG.warn("PSC end-session failed: {}", e instanceof SegurException s ? s.code() : e.getClass().getSimpleName());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package fr.galien.psc;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import fr.galien.core.port.ProSanteConnectPort.BrowserOpener;
import fr.galien.core.port.ProSanteConnectPort.Progress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authorization code flow with PKCE for a native app (RFC 8252; specs §5.2): {@code state}, {@code nonce},
 * {@code code_challenge} S256, {@code acr_values=eidas1}, scopes {@code openid scope_all}; the redirect comes back
 * to {@link LoopbackReceiver}; the code is exchanged with the client's credentials plus the PKCE verifier.
 */
final class BrowserLogin {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserLogin.class);

    /** The verified login: tokens plus the nonce the ID token must carry. */
    record Result(TokenClient.Tokens tokens, String nonce) {
    }

    private final ProviderDirectory directory;
    private final TokenClient tokens;
    private final Duration timeout;

    BrowserLogin(ProviderDirectory directory, TokenClient tokens, Duration timeout) {
        this.directory = directory;
        this.tokens = tokens;
        this.timeout = timeout;
    }

    Result login(BrowserOpener browser, Progress progress) {
        URI authorizationEndpoint = directory.endpoints().authorization();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            URI redirectUri = receiver.redirectUri();
            URI request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "scope_all"),
                    tokens.clientId(), redirectUri)
                    .endpointURI(authorizationEndpoint)
                    .state(state)
                    .nonce(nonce)
                    .codeChallenge(verifier, CodeChallengeMethod.S256)
                    .acrValues(List.of(new ACR("eidas1")))
                    .build()
                    .toURI();
            open(browser, request);
            progress.update(Messages.format(PscMessage.PROGRESS_BROWSER_OPENED));
            AuthorizationCode code = code(await(receiver), state);
            TokenClient.Tokens result = tokens.request(new AuthorizationCodeGrant(code, redirectUri, verifier))
                    .orThrow();
            return new Result(result, nonce.getValue());
        }
    }

    private static void open(BrowserOpener browser, URI request) {
        try {
            browser.open(request);
        } catch (RuntimeException e) {
            LOG.warn("PSC browser could not be opened: {}", e.getClass().getSimpleName());
            throw new SegurException(PscError.PSC_0019, e, "navigateur impossible à ouvrir");
        }
    }

    private URI await(LoopbackReceiver receiver) {
        try {
            return receiver.await(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SegurException(PscError.PSC_0014, e);
        } catch (TimeoutException e) {
            throw new SegurException(PscError.PSC_0012, e, timeout.toSeconds());
        }
    }

    private static AuthorizationCode code(URI redirect, State expectedState) {
        AuthorizationResponse response;
        try {
            response = AuthorizationResponse.parse(redirect);
        } catch (ParseException e) {
            throw new SegurException(PscError.PSC_0002, e, "réponse du navigateur");
        }
        // State first (RFC 6749 §10.12): an error answer with a foreign state is a forged redirect, not a refusal.
        if (!expectedState.equals(response.getState())) {
            throw new SegurException(PscError.PSC_0013);
        }
        if (!response.indicatesSuccess()) {
            AuthorizationErrorResponse error = response.toErrorResponse();
            LOG.info("PSC authorization refused: {}", error.getErrorObject().getCode());
            throw ProviderRefusal.toException(error.getErrorObject());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new SegurException(PscError.PSC_0002, "code absent de la réponse du navigateur");
        }
        return code;
    }
}

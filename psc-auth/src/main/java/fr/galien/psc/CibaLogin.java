package fr.galien.psc;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.ciba.AuthRequestID;
import com.nimbusds.oauth2.sdk.ciba.CIBAGrant;
import com.nimbusds.oauth2.sdk.ciba.CIBARequest;
import com.nimbusds.oauth2.sdk.ciba.CIBARequestAcknowledgement;
import com.nimbusds.oauth2.sdk.ciba.CIBAResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import fr.galien.core.port.ProSanteConnectPort.Progress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CIBA, the decoupled flow (specs §5.2, from ANS psc-edc-proxy-esante): a backchannel request naming the
 * professional pushes a notification to their e-CPS app, then the token endpoint is polled with
 * {@code grant_type=urn:openid:params:grant-type:ciba} until they approve, deny, or the request expires.
 */
final class CibaLogin {

    private static final Logger LOG = LoggerFactory.getLogger(CibaLogin.class);

    /** RPPS "8"+11 digits, ADELI "0"+…, CPS-type ids "500000001815646/CPAT00045" (specs §5.2). */
    private static final Pattern NATIONAL_ID = Pattern.compile("[0-9][0-9A-Za-z/]{7,39}");
    /** CIBA §7.3: default poll interval when the provider gives none. */
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    /** CIBA §11 (via RFC 8628 §3.5): each slow_down adds 5 seconds. */
    private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProviderDirectory directory;
    private final TokenClient tokens;
    private final Sleeper sleeper;
    private final Clock clock;

    CibaLogin(ProviderDirectory directory, TokenClient tokens, Sleeper sleeper, Clock clock) {
        this.directory = directory;
        this.tokens = tokens;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    static String normalise(String nationalId) {
        String id = nationalId == null ? "" : nationalId.replaceAll("\\s+", "");
        if (!NATIONAL_ID.matcher(id).matches()) {
            throw new SegurException(PscError.PSC_0018, nationalId == null ? "" : nationalId.strip());
        }
        return id;
    }

    TokenClient.Tokens login(String nationalId, Progress progress) {
        String id = normalise(nationalId);
        String bindingMessage = String.format("%02d", RANDOM.nextInt(100));
        CIBARequestAcknowledgement ack = start(id, bindingMessage);
        progress.update(Messages.format(PscMessage.PROGRESS_CIBA_SENT, bindingMessage));
        Duration interval = ack.getMinWaitInterval() == null || ack.getMinWaitInterval() <= 0
                ? DEFAULT_INTERVAL : Duration.ofSeconds(ack.getMinWaitInterval());
        Instant deadline = clock.instant().plusSeconds(ack.getExpiresIn());
        return poll(ack.getAuthRequestID(), interval, deadline, progress);
    }

    private CIBARequestAcknowledgement start(String nationalId, String bindingMessage) {
        CIBARequest request = new CIBARequest.Builder(tokens.requiredClientAuthentication(),
                new Scope("openid", "scope_all"))
                .endpointURI(directory.endpoints().backchannelAuthentication())
                .loginHint(nationalId)
                .bindingMessage(bindingMessage)
                .acrValues(List.of(new ACR("eidas1")))
                .build();
        HTTPResponse response = tokens.send(request.toHTTPRequest());
        try {
            CIBAResponse parsed = CIBAResponse.parse(response);
            if (!parsed.indicatesSuccess()) {
                ErrorObject error = parsed.toErrorResponse().getErrorObject();
                LOG.info("PSC CIBA request refused: {}", error.getCode());
                throw ProviderRefusal.toException(error);
            }
            return parsed.toRequestAcknowledgement();
        } catch (ParseException e) {
            throw new SegurException(PscError.PSC_0002, e, "réponse CIBA");
        }
    }

    private TokenClient.Tokens poll(AuthRequestID authRequestId, Duration firstInterval, Instant deadline,
                                    Progress progress) {
        Duration interval = firstInterval;
        boolean toldWaiting = false;
        while (true) {
            pause(interval);
            if (clock.instant().isAfter(deadline)) {
                throw new SegurException(PscError.PSC_0010);
            }
            TokenClient.Outcome outcome = tokens.request(new CIBAGrant(authRequestId));
            if (outcome.tokens() != null) {
                return outcome.tokens();
            }
            String code = outcome.error().getCode();
            if ("authorization_pending".equals(code)) {
                if (!toldWaiting) {
                    progress.update(Messages.format(PscMessage.PROGRESS_CIBA_WAITING));
                    toldWaiting = true;
                }
            } else if ("slow_down".equals(code)) {
                interval = interval.plus(SLOW_DOWN_STEP);
                progress.update(Messages.format(PscMessage.PROGRESS_CIBA_SLOW_DOWN, interval.toSeconds()));
            } else {
                LOG.info("PSC CIBA polling ended: {}", code);
                throw ProviderRefusal.toException(outcome.error());
            }
        }
    }

    private void pause(Duration interval) {
        try {
            sleeper.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SegurException(PscError.PSC_0014, e);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new SegurException(PscError.PSC_0014);
        }
    }
}

package fr.galien.psc;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every request to the provider with the configured connect and read timeouts, and turns a network failure
 * into {@code PSC-0001}. Logs the endpoint path and status only: never a body, a query, a header (tokens, codes,
 * the client secret travel there).
 */
final class PscHttp {

    private static final Logger LOG = LoggerFactory.getLogger(PscHttp.class);

    private final int timeoutMillis;
    private final ProviderStatus status;

    PscHttp(Duration timeout, ProviderStatus status) {
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.status = status;
    }

    HTTPResponse send(HTTPRequest request) {
        request.setConnectTimeout(timeoutMillis);
        request.setReadTimeout(timeoutMillis);
        request.setFollowRedirects(false);
        String path = request.getURI().getPath();
        try {
            HTTPResponse response = request.send();
            LOG.debug("PSC {} {} → {}", request.getMethod(), path, response.getStatusCode());
            if (response.getStatusCode() == 502 || response.getStatusCode() == 503
                    || response.getStatusCode() == 504) {
                // The provider (or its gateway) says it is down: the same for the user as an unreachable host.
                String detail = "service indisponible (HTTP " + response.getStatusCode() + ")";
                status.unreachable(detail);
                throw new SegurException(PscError.PSC_0001, detail);
            }
            status.reachable();
            return response;
        } catch (IOException e) {
            String detail = describe(e);
            status.unreachable(detail);
            LOG.warn("PSC {} {} failed: {}", request.getMethod(), path, e.getClass().getSimpleName());
            throw new SegurException(PscError.PSC_0001, e, detail);
        }
    }

    /** French reason without the exception's own text (HttpURLConnection may quote the URL). */
    static String describe(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return "délai de réponse dépassé";
        }
        if (e instanceof ConnectException) {
            return "connexion refusée";
        }
        if (e instanceof UnknownHostException) {
            return "adresse introuvable";
        }
        return "erreur réseau";
    }
}

package fr.galien.psc;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import fr.galien.core.error.SegurException;
import fr.galien.kit.http.BoundedHttp;
import fr.galien.kit.http.CallStats;
import fr.galien.kit.http.NationalHttp;
import fr.galien.kit.http.TransportFailure;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the provider requests Nimbus builds through the connector kit ({@link NationalHttp} over
 * {@link BoundedHttp}: no redirects, the configured timeout for connecting and for the whole exchange, a cap on the
 * answer, a trace id and timing per call), and turns a network failure into {@code PSC-0001}. Nimbus keeps the
 * protocol (requests, token and error parsing); this class only carries the bytes. Logs the endpoint path and
 * status only: never a body, a query, a header (tokens, codes, the client secret travel there).
 */
final class PscHttp {

    private static final Logger LOG = LoggerFactory.getLogger(PscHttp.class);
    /** Discovery documents, key sets, token and userinfo answers are a few kilobytes. */
    static final int MAX_ANSWER_BYTES = 256 * 1024;
    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private final NationalHttp http;
    private final ProviderStatus status;

    PscHttp(Duration timeout, ProviderStatus status, Clock clock) {
        this.http = NationalHttp.forService("PSC",
                new BoundedHttp(timeout, timeout, MAX_ANSWER_BYTES, Optional.empty())).clock(clock).build();
        this.status = status;
    }

    HTTPResponse send(HTTPRequest request) {
        String path = request.getURI().getPath();
        BoundedHttp.Reply reply;
        try {
            reply = http.send(path, toJdk(request));
        } catch (TransportFailure failure) {
            throw failed(request, path, failure);
        }
        LOG.debug("PSC {} {} → {}", request.getMethod(), path, reply.status());
        if (reply.status() == 502 || reply.status() == 503 || reply.status() == 504) {
            // The provider (or its gateway) says it is down: the same for the user as an unreachable host.
            String detail = "service indisponible (HTTP " + reply.status() + ")";
            status.unreachable(detail);
            throw new SegurException(PscError.PSC_0001, detail);
        }
        status.reachable();
        return toNimbus(reply);
    }

    CallStats.Snapshot callStats() {
        return http.stats().snapshot();
    }

    private SegurException failed(HTTPRequest request, String path, TransportFailure failure) {
        LOG.warn("PSC {} {} failed: {}", request.getMethod(), path, failure.kind());
        return switch (failure.kind()) {
            case UNAVAILABLE -> {
                status.unreachable(failure.reason());
                yield new SegurException(PscError.PSC_0001, failure, failure.reason());
            }
            case TOO_LARGE -> {
                // It answered: reachable, but not with anything a provider sends.
                status.reachable();
                yield new SegurException(PscError.PSC_0002, failure, failure.reason());
            }
            case INTERRUPTED -> new SegurException(PscError.PSC_0014, failure);
        };
    }

    private static HttpRequest.Builder toJdk(HTTPRequest request) {
        String body = request.getBody();
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.getURI())
                .method(request.getMethod().name(), publisher);
        for (Map.Entry<String, List<String>> header : request.getHeaderMap().entrySet()) {
            if (!TRANSPORT_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> builder.header(header.getKey(), value));
            }
        }
        return builder;
    }

    private static HTTPResponse toNimbus(BoundedHttp.Reply reply) {
        HTTPResponse response = new HTTPResponse(reply.status());
        reply.headers().map().forEach((name, values) -> response.setHeader(name, values.toArray(String[]::new)));
        byte[] body = reply.body();
        if (body.length > 0) {
            response.setBody(new String(body, StandardCharsets.UTF_8));
        }
        return response;
    }
}

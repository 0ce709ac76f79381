package fr.galien.kit.http;

import fr.galien.core.error.SegurException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the call's trace id in {@value #HEADER} (so the service's support can find the exchange) and writes one line
 * per call: service, operation, trace id, method, address without query, status or failure kind, duration. Never a
 * body, a query string (searches put identity traits there), a header value (tokens) or user info of the URL.
 * Installed first by {@link NationalHttp}, so the line covers the whole chain.
 */
final class TraceLog implements CallInterceptor {

    static final String HEADER = "X-Request-ID";

    private static final Logger LOG = LoggerFactory.getLogger(TraceLog.class);

    @Override
    public BoundedHttp.Reply intercept(OutboundCall call, Chain next) throws TransportFailure {
        call.header(HEADER, call.traceId());
        long start = System.nanoTime();
        try {
            BoundedHttp.Reply reply = next.proceed(call);
            LOG.info("{} {} trace={} {} {} -> HTTP {} in {} ms", call.service(), call.operation(), call.traceId(),
                    call.method(), withoutQuery(call.uri()), reply.status(), millisSince(start));
            return reply;
        } catch (TransportFailure failure) {
            LOG.warn("{} {} trace={} {} {} -> {} ({}) in {} ms", call.service(), call.operation(), call.traceId(),
                    call.method(), withoutQuery(call.uri()), failure.kind(), failure.kind().code().code(),
                    millisSince(start));
            throw failure;
        } catch (SegurException refused) {
            LOG.warn("{} {} trace={} {} {} -> not sent ({})", call.service(), call.operation(), call.traceId(),
                    call.method(), withoutQuery(call.uri()), refused.code());
            throw refused;
        }
    }

    /** Scheme, host, port and path only. */
    static String withoutQuery(URI uri) {
        StringBuilder text = new StringBuilder().append(uri.getScheme()).append("://").append(uri.getHost());
        if (uri.getPort() != -1) {
            text.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        return text.append(path == null ? "" : path).toString();
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}

package fr.galien.kit.http;

import fr.galien.core.error.SegurException;
import java.time.Duration;

/** Times each call and counts it in {@link CallStats}; installed by {@link NationalHttp} on every chain. */
final class CallTiming implements CallInterceptor {

    private final CallStats stats;

    CallTiming(CallStats stats) {
        this.stats = stats;
    }

    @Override
    public BoundedHttp.Reply intercept(OutboundCall call, Chain next) throws TransportFailure {
        long start = System.nanoTime();
        try {
            BoundedHttp.Reply reply = next.proceed(call);
            if (reply.status() >= 500) {
                stats.failed(since(start), "HTTP " + reply.status());
            } else {
                stats.succeeded(since(start));
            }
            return reply;
        } catch (TransportFailure failure) {
            stats.failed(since(start), failure.kind().code().code());
            throw failure;
        } catch (SegurException refused) {
            stats.failed(since(start), refused.code());
            throw refused;
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

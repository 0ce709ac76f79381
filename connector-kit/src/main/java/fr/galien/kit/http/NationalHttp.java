package fr.galien.kit.http;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The way a connector calls its national service: every call passes through {@link TraceLog} (a trace id per call,
 * one log line without personal data), {@link CallTiming} (the figures of {@link #stats()} for the Services view),
 * then the interceptors the connector adds in order ({@link BearerToken}, {@link SoftwareIdentification}…), then
 * {@link BoundedHttp}. Thread-safe once built.
 */
public final class NationalHttp {

    private final String service;
    private final BoundedHttp transport;
    private final List<CallInterceptor> interceptors;
    private final Supplier<UUID> traceIds;
    private final CallStats stats;

    private NationalHttp(Builder builder) {
        this.service = builder.service;
        this.transport = builder.transport;
        this.traceIds = builder.traceIds;
        this.stats = new CallStats(builder.clock);
        List<CallInterceptor> chain = new ArrayList<>();
        chain.add(new TraceLog());
        chain.add(new CallTiming(stats));
        chain.addAll(builder.interceptors);
        this.interceptors = List.copyOf(chain);
    }

    /** @param service short name for logs and the Services view, e.g. {@code INSi}, {@code PSC} */
    public static Builder forService(String service, BoundedHttp transport) {
        return new Builder(service, transport);
    }

    /**
     * Sends one request through the chain. {@code operation} is a label for the log (never data); the request's
     * timeout is the transport's deadline.
     */
    public BoundedHttp.Reply send(String operation, HttpRequest.Builder request) throws TransportFailure {
        OutboundCall call = new OutboundCall(service, operation, traceIds.get().toString(), request);
        return proceed(0, call);
    }

    /** Count, failures, last duration and last error of this service's calls since start. */
    public CallStats stats() {
        return stats;
    }

    private BoundedHttp.Reply proceed(int index, OutboundCall call) throws TransportFailure {
        if (index == interceptors.size()) {
            return transport.send(call.request());
        }
        return interceptors.get(index).intercept(call, next -> proceed(index + 1, next));
    }

    public static final class Builder {
        private final String service;
        private final BoundedHttp transport;
        private final List<CallInterceptor> interceptors = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Supplier<UUID> traceIds = UUID::randomUUID;

        private Builder(String service, BoundedHttp transport) {
            this.service = Objects.requireNonNull(service, "service");
            this.transport = Objects.requireNonNull(transport, "transport");
        }

        /** Runs after the kit's own tracing and timing, in the order added. */
        public Builder with(CallInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** The clock stamping {@link CallStats.Snapshot#lastCallAt()}. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Trace ids (tests fix them). */
        public Builder traceIds(Supplier<UUID> value) {
            traceIds = Objects.requireNonNull(value, "traceIds");
            return this;
        }

        public NationalHttp build() {
            return new NationalHttp(this);
        }
    }
}

package fr.galien.kit.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Objects;

/**
 * One call on its way out, as interceptors see it: labels safe to log (service, operation, trace id), the method
 * and address, and the request's headers to add to. The body is out of reach on purpose: no interceptor reads or
 * logs it (it carries patient data).
 */
public final class OutboundCall {

    private final String service;
    private final String operation;
    private final String traceId;
    private final HttpRequest.Builder request;
    private final String method;
    private final URI uri;

    OutboundCall(String service, String operation, String traceId, HttpRequest.Builder request) {
        this.service = Objects.requireNonNull(service, "service");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.traceId = Objects.requireNonNull(traceId, "traceId");
        this.request = Objects.requireNonNull(request, "request");
        // A throwaway copy tells the method and address without touching the caller's builder.
        HttpRequest built = request.copy().build();
        this.method = built.method();
        this.uri = built.uri();
    }

    /** The national service's short name, e.g. {@code INSi}. */
    public String service() {
        return service;
    }

    /** What the connector is doing, e.g. {@code rechercherInsAvecTraits}: a label, never data. */
    public String operation() {
        return operation;
    }

    /** Unique per call; sent in {@link TraceLog#HEADER} and written in the log line of the call. */
    public String traceId() {
        return traceId;
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    /** Sets a header, replacing any value the connector gave it. */
    public void header(String name, String value) {
        request.setHeader(name, value);
    }

    HttpRequest.Builder request() {
        return request;
    }
}

package fr.galien.kit.http;

/**
 * One concern every national call shares (the PSC token, identification headers, tracing, timing), applied around
 * the exchange rather than written into each connector's calls (style.md, model: HAPI's {@code IClientInterceptor}).
 * An interceptor may change the request's headers, then hands on to the rest of the chain — or refuses the call by
 * throwing before anything is sent.
 */
@FunctionalInterface
public interface CallInterceptor {

    BoundedHttp.Reply intercept(OutboundCall call, Chain next) throws TransportFailure;

    /** The interceptors after this one, then the transport. */
    @FunctionalInterface
    interface Chain {
        BoundedHttp.Reply proceed(OutboundCall call) throws TransportFailure;
    }
}

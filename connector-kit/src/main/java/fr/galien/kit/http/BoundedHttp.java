package fr.galien.kit.http;

import fr.galien.core.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * One {@link HttpClient} with the module's rules: HTTP/1.1, no redirects (a national endpoint that redirects is
 * misconfigured, and following it could send identity data elsewhere), a connect timeout, an overall deadline that
 * also covers reading the body, and a cap on the body size enforced while it arrives (a hostile or broken server
 * cannot make us buffer megabytes). Logs nothing: bodies carry patient data. Connectors call national services
 * through {@link NationalHttp}, which adds the interceptors every such call needs; this class is the last link.
 */
public final class BoundedHttp {

    /** A reply: status, body (at most the cap), headers. */
    public record Reply(int status, byte[] body, HttpHeaders headers) {

        public Reply {
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        /** {@code Content-Type}, if the server sent one. */
        public Optional<String> contentType() {
            return headers.firstValue("Content-Type");
        }
    }

    private final HttpClient client;
    private final Duration deadline;
    private final int maxBodyBytes;

    /**
     * @param connectTimeout establishing the connection (TCP and TLS)
     * @param deadline       the whole exchange, from sending to the last byte of the body
     * @param maxBodyBytes   the largest body accepted; a longer one ends the exchange as {@code TOO_LARGE}
     * @param tls            client certificate and trust ({@link fr.galien.kit.tls.TlsMaterial}); empty: JDK default
     */
    public BoundedHttp(Duration connectTimeout, Duration deadline, int maxBodyBytes, Optional<SSLContext> tls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout);
        tls.ifPresent(builder::sslContext);
        this.client = builder.build();
        this.deadline = deadline;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The request's own timeout is set here to the deadline; callers build everything else. */
    public Reply send(HttpRequest.Builder request) throws TransportFailure {
        HttpRequest built = request.timeout(deadline).build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(built, info -> new CappedBody(maxBodyBytes));
        try {
            // A little beyond the request timeout, so the client's own HttpTimeoutException (clearer) usually wins.
            HttpResponse<byte[]> response = future.get(deadline.toMillis() + 250, TimeUnit.MILLISECONDS);
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new TransportFailure(TransportFailure.Kind.INTERRUPTED, reason(TransportReason.INTERRUPTED), e);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TransportFailure(TransportFailure.Kind.UNAVAILABLE, reason(TransportReason.TIMEOUT), e);
        } catch (CancellationException e) {
            throw new TransportFailure(TransportFailure.Kind.INTERRUPTED, reason(TransportReason.INTERRUPTED), e);
        } catch (ExecutionException e) {
            throw classify(e.getCause() == null ? e : e.getCause());
        }
    }

    private static TransportFailure classify(Throwable cause) {
        Throwable root = cause;
        while (!(root instanceof BodyTooLarge) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof BodyTooLarge tooLarge) {
            return new TransportFailure(TransportFailure.Kind.TOO_LARGE, tooLarge.getMessage(), cause);
        }
        return new TransportFailure(TransportFailure.Kind.UNAVAILABLE, reason(describe(cause)), cause);
    }

    /** The most specific reason found along the cause chain. */
    public static TransportReason describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return TransportReason.CONNECT_TIMEOUT;
            }
            if (t instanceof HttpTimeoutException) {
                return TransportReason.TIMEOUT;
            }
            if (t instanceof ConnectException) {
                return TransportReason.REFUSED;
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return TransportReason.UNKNOWN_HOST;
            }
            if (t instanceof SSLException) {
                return TransportReason.TLS;
            }
        }
        return TransportReason.NETWORK;
    }

    private static String reason(TransportReason reason) {
        return Messages.format(reason);
    }

    /** Collects the body and gives up as soon as it grows beyond the cap. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int length = item.remaining();
                if (bytes.size() + length > max) {
                    subscription.cancel();
                    result.completeExceptionally(new BodyTooLarge(max));
                    return;
                }
                byte[] chunk = new byte[length];
                item.get(chunk);
                bytes.write(chunk, 0, length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    private static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge(int max) {
            super("réponse de plus de " + max + " octets");
        }
    }
}

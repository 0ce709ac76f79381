package fr.galien.psc;

import fr.galien.core.port.ProSanteConnectPort.BrowserOpener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Plays the system browser: GETs the authorization URL, then follows the provider's redirect to Galien's loopback
 * listener (optionally rewritten, to forge a redirect). Keeps the page Galien showed.
 */
final class FollowingBrowser implements BrowserOpener {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final UnaryOperator<String> rewriteRedirect;
    volatile URI authorizationRequest;
    volatile String loopbackPage;

    FollowingBrowser() {
        this(UnaryOperator.identity());
    }

    FollowingBrowser(UnaryOperator<String> rewriteRedirect) {
        this.rewriteRedirect = rewriteRedirect;
    }

    @Override
    public void open(URI request) {
        authorizationRequest = request;
        try {
            HttpResponse<String> provider = http.send(HttpRequest.newBuilder(request).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = provider.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException("provider did not redirect: HTTP " + provider.statusCode()));
            HttpResponse<String> galien = http.send(
                    HttpRequest.newBuilder(URI.create(rewriteRedirect.apply(location))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            loopbackPage = galien.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package fr.galien.sandbox.psc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches by exact path, applies the « slow » and « down » modes to protocol endpoints (never to the control
 * endpoint, which must be able to switch them off), and writes protocol errors once.
 */
final class PscRouter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PscRouter.class);

    private final Map<String, HttpHandler> routes;
    private final HttpHandler control;
    private final PscModes modes;

    PscRouter(Map<String, HttpHandler> routes, HttpHandler control, PscModes modes) {
        this.routes = Map.copyOf(routes);
        this.control = control;
        this.modes = modes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (OAuthException e) {
                HttpIo.error(exchange, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Path only: queries and bodies may carry tokens and codes.
                LOG.error("PSC simulator failed on {}", exchange.getRequestURI().getPath(), e);
                HttpIo.error(exchange, new OAuthException(500, "server_error",
                        "Erreur interne du simulateur Pro Santé Connect.", Map.of()));
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith(PscPaths.CONTROL)) {
            control.handle(exchange);
            return;
        }
        Duration slow = modes.slowDelay();
        if (!slow.isZero()) {
            Thread.sleep(slow.toMillis());
        }
        if (modes.providerDown()) {
            exchange.getResponseHeaders().set("Retry-After", "30");
            throw new OAuthException(503, "temporarily_unavailable",
                    "Pro Santé Connect est momentanément indisponible (panne simulée).", Map.of());
        }
        HttpHandler handler = routes.get(path);
        if (handler == null) {
            throw new OAuthException(404, "invalid_request", "Adresse inconnue de Pro Santé Connect : " + path + ".",
                    Map.of());
        }
        handler.handle(exchange);
    }
}

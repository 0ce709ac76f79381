package fr.galien.sandbox.apcv;

import com.sun.net.httpserver.HttpExchange;
import fr.galien.sandbox.LoopbackServer;
import fr.galien.sandbox.Simulator;
import fr.galien.sandbox.SimulatorState;
import fr.galien.sandbox.apcv.ApCvHttp.ApCvError;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appli carte Vitale simulator (specs §6): the patient shows a QR code on their phone, the counter scans it and
 * starts a reading, the patient approves on the phone, the counter gets the beneficiary's identity; plus a
 * simulated carte Vitale reader. The real ApCV goes through SESAM-Vitale and is not public: this follows our own
 * contract (HELPERS.md, docs/sandbox.md). Beneficiaries are the INSi simulator's identities, so the data agree.
 */
public final class ApCvSimulator implements Simulator {

    public static final String ID = "apcv";

    private static final Logger LOG = LoggerFactory.getLogger(ApCvSimulator.class);

    private final ApCvSettings settings;
    private final ApCvModes modes;
    private final Readings readings = new Readings();
    private LoopbackServer server;

    /** Real-app-like settings ({@link ApCvSettings#defaults()}); used by {@link java.util.ServiceLoader}. */
    public ApCvSimulator() {
        this(ApCvSettings.defaults());
    }

    public ApCvSimulator(ApCvSettings settings) {
        this.settings = settings;
        this.modes = new ApCvModes(settings.approvalDelay());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Appli carte Vitale (ApCV) et lecteur de carte Vitale";
    }

    /** The readings and the card in the reader are kept there, shared with other processes (docs/sandbox.md). */
    @Override
    public synchronized void useStateDirectory(Path directory) {
        if (server != null) {
            throw new IllegalStateException("the state directory is chosen before start");
        }
        SimulatorState state = SimulatorState.in(directory);
        readings.use(state);
        modes.use(state);
    }

    @Override
    public synchronized void start(InetSocketAddress bindAddress) throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        LoopbackServer bound = LoopbackServer.bind(bindAddress, "ApCV");
        ApCvEndpoints endpoints = new ApCvEndpoints(settings, modes, readings);
        server = bound.serve(exchange -> route(exchange, endpoints));
    }

    private static void route(HttpExchange exchange, ApCvEndpoints endpoints) throws IOException {
        try (exchange) {
            try {
                endpoints.handle(exchange);
            } catch (ApCvError e) {
                ApCvHttp.error(exchange, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("ApCV simulator failed on {}", exchange.getRequestURI().getPath(), e);
                ApCvHttp.error(exchange, new ApCvError(500, "ERREUR_INTERNE", "Erreur interne du simulateur ApCV."));
            }
        }
    }

    @Override
    public synchronized URI baseUrl() {
        if (server == null) {
            throw new IllegalStateException("the ApCV simulator is not started");
        }
        return server.baseUrl();
    }

    @Override
    public Map<String, URI> endpoints() {
        URI base = baseUrl();
        Map<String, URI> endpoints = new LinkedHashMap<>();
        endpoints.put("lectures", base.resolve(ApCvEndpoints.READINGS));
        endpoints.put("lecteur", base.resolve(ApCvEndpoints.CARD));
        endpoints.put("codes", base.resolve(ApCvEndpoints.CODES));
        endpoints.put("page", base.resolve(ApCvEndpoints.ROOT));
        endpoints.put("controle", base.resolve(ApCvEndpoints.CONTROL));
        return endpoints;
    }

    /** Switchable behaviour (also before start). */
    public ApCvModes modes() {
        return modes;
    }

    public ApCvSettings settings() {
        return settings;
    }

    /** The test QR codes (the same for every instance). */
    public List<ApCvTestCode> testCodes() {
        return ApCvTestCodes.all();
    }

    /** The {@code apcv} module's endpoint. */
    @Override
    public Optional<String> simulatedSetting() {
        return Optional.of("apcv.endpoint");
    }

    @Override
    public Map<String, String> settingsOverrides() {
        return Map.of("apcv.endpoint", baseUrl().resolve("/apcv").toString());
    }

    /** Endpoint, page of test codes, mode, inserted card and the test codes. */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("endpoint", baseUrl().resolve("/apcv").toString());
        json.put("page", endpoints().get("page").toString());
        json.put("mode", modes().mode().wire());
        json.put("card", modes().card().map(ApCvTestCode::token).orElse(null));
        List<Map<String, Object>> codes = new ArrayList<>();
        for (ApCvTestCode code : testCodes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("token", code.token());
            row.put("label", code.label());
            row.put("qr", code.content());
            codes.add(row);
        }
        json.put("testCodes", codes);
        return json;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}

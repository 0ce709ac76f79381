package fr.galien.sandbox.insi;

import com.sun.net.httpserver.HttpExchange;
import fr.galien.sandbox.LoopbackServer;
import fr.galien.sandbox.Simulator;
import fr.galien.sandbox.SimulatorState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * INSi teleservice simulator (CNAM, specs §2.1–2.4): {@code POST <base>insi/lps}, SOAP 1.2, the WSDL's two
 * operations ({@code rechercherInsAvecTraitsIdentite} / RECSANSVITALE and {@code rechercherInsAvecCarteVitale} /
 * RECVITALE), answering RESULTAT from {@link TestIdentities} or the fault the real service would give.
 *
 * <p>Drive it with {@link #modes()} and read {@link #journal()}, or from outside with {@code <base>insi/_control}
 * ({@link InsiControlEndpoint}, docs/sandbox.md).
 */
public final class InsiSimulator implements Simulator {

    public static final String ID = "insi";
    /** Path of the web service, relative to the base URL. */
    public static final String LPS_PATH = "/insi/lps";
    /**
     * Path of the CPS/e-CPS endpoint: calls under the professional's PSC session, the access token in
     * {@code wsse:Security} (sandbox contract, ADR 0022). The journal records each call's identity.
     */
    public static final String CPS_PATH = "/insi/cps";

    private static final Logger LOG = LoggerFactory.getLogger(InsiSimulator.class);

    private final InsiModes modes = new InsiModes();
    private final InsiJournal journal = new InsiJournal();
    private final Clock clock;
    private LoopbackServer server;

    /** Used by {@link java.util.ServiceLoader}. */
    public InsiSimulator() {
        this(Clock.systemUTC());
    }

    public InsiSimulator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Téléservice INSi (CNAM)";
    }

    /** The call journal is kept there, shared with other processes (docs/sandbox.md). */
    @Override
    public synchronized void useStateDirectory(Path directory) {
        if (server != null) {
            throw new IllegalStateException("the state directory is chosen before start");
        }
        journal.use(SimulatorState.in(directory));
    }

    @Override
    public synchronized void start(InetSocketAddress bindAddress) throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        LoopbackServer bound = LoopbackServer.bind(bindAddress, "INSi");
        IdentityBase base = new IdentityBase(TestIdentities.all());
        LpsEndpoint lps = new LpsEndpoint(new InsiService(base, modes, clock, false), modes, journal, clock);
        LpsEndpoint cps = new LpsEndpoint(new InsiService(base, modes, clock, true), modes, journal, clock);
        InsiControlEndpoint control = new InsiControlEndpoint(modes, journal);
        server = bound.serve(exchange -> route(exchange, lps, cps, control));
    }

    private static void route(HttpExchange exchange, LpsEndpoint lps, LpsEndpoint cps, InsiControlEndpoint control)
            throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            try {
                if (path.equals(LPS_PATH)) {
                    lps.handle(exchange);
                } else if (path.equals(CPS_PATH)) {
                    cps.handle(exchange);
                } else if (path.equals(InsiControlEndpoint.PATH)
                        || path.startsWith(InsiControlEndpoint.PATH + "/")) {
                    control.handle(exchange);
                } else {
                    InsiHttp.error(exchange, 404, "INCONNU", "Adresse inconnue du simulateur INSi : " + path + ".");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Path only: requests carry identities.
                LOG.error("INSi simulator failed on {}", path, e);
                InsiHttp.error(exchange, 500, "ERREUR_INTERNE", "Erreur interne du simulateur INSi.");
            }
        }
    }

    @Override
    public synchronized URI baseUrl() {
        if (server == null) {
            throw new IllegalStateException("the INSi simulator is not started");
        }
        return server.baseUrl();
    }

    /** {@code <base>insi/lps}: where a client sends its SOAP requests. */
    public URI lpsUrl() {
        return baseUrl().resolve(LPS_PATH);
    }

    /** {@code <base>insi/cps}: the CPS/e-CPS endpoint, for calls under a PSC access token. */
    public URI cpsUrl() {
        return baseUrl().resolve(CPS_PATH);
    }

    public URI controlUrl() {
        return baseUrl().resolve(InsiControlEndpoint.PATH);
    }

    @Override
    public Map<String, URI> endpoints() {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        endpoints.put("lps", lpsUrl());
        endpoints.put("cps", cpsUrl());
        endpoints.put("controle", controlUrl());
        endpoints.put("identites", baseUrl().resolve(InsiControlEndpoint.PATH + "/identites"));
        return endpoints;
    }

    /** Switchable behaviour (also before start). */
    public InsiModes modes() {
        return modes;
    }

    /** Call count and the last requests. */
    public InsiJournal journal() {
        return journal;
    }

    /** The identities this simulator knows (the same for every instance). */
    public List<TestIdentity> identities() {
        return TestIdentities.all();
    }

    /** The {@code ins} module's endpoint: this simulator's {@code /lps}. */
    @Override
    public Optional<String> simulatedSetting() {
        return Optional.of("ins.endpoint");
    }

    @Override
    public Map<String, String> settingsOverrides() {
        return Map.of("ins.endpoint", lpsUrl().toString(), "ins.psc.endpoint", cpsUrl().toString());
    }

    /** Endpoint, control endpoint, mode and the test identities (invented, or the CNAM's official test ones). */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("endpoint", lpsUrl().toString());
        json.put("cpsEndpoint", cpsUrl().toString());
        json.put("control", controlUrl().toString());
        json.put("mode", modes().mode().wire());
        json.put("testOid", modes().testOid());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TestIdentity identity : identities()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("birthName", identity.birthName());
            row.put("firstNames", identity.firstNames());
            row.put("sex", identity.sex());
            row.put("birthDate", identity.birthDate());
            row.put("birthPlace", identity.birthPlace());
            row.put("matricule", identity.matricule() + identity.key());
            row.put("purpose", identity.purpose());
            rows.add(row);
        }
        json.put("identities", rows);
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

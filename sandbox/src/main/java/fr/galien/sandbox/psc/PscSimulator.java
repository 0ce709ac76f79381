package fr.galien.sandbox.psc;

import com.sun.net.httpserver.HttpHandler;
import fr.galien.sandbox.LoopbackServer;
import fr.galien.sandbox.Simulator;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pro Santé Connect simulator: a real OpenID Connect provider on 127.0.0.1 with PSC's paths (issuer
 * {@code <base>/auth/realms/esante-wallet}), claims and flows (code + PKCE, CIBA poll, refresh, userinfo,
 * introspection, logout), RS256 tokens from a key generated at start (specs §5).
 *
 * <p>Drive it with {@link #modes()} (error modes, e-CPS behaviour), {@link #answerOnPhone} and
 * {@link #clients()}, or from outside with {@code <base>/_control/…} (see {@link ControlEndpoint} and
 * docs/sandbox.md). Test identities: {@link TestProfessionals}.
 */
public final class PscSimulator implements Simulator {

    public static final String ID = "psc";
    /** Demo client registered in every instance. */
    public static final String DEMO_CLIENT_ID = "galien-bac-a-sable";
    /** Sandbox-only secret, public on purpose: it opens nothing but this simulator. */
    public static final String DEMO_CLIENT_SECRET = "secret-du-bac-a-sable-uniquement";

    private final PscSettings settings;
    private final PscModes modes;
    private final ClientRegistry clients = new ClientRegistry();
    private final IssuedSecrets issued = new IssuedSecrets();
    private LoopbackServer server;
    private Provider provider;

    /** Real-PSC-like settings ({@link PscSettings#defaults()}); used by {@link java.util.ServiceLoader}. */
    public PscSimulator() {
        this(PscSettings.defaults());
    }

    public PscSimulator(PscSettings settings) {
        this.settings = settings;
        this.modes = new PscModes(settings.approvalDelay());
        clients.register(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Pro Santé Connect (e-CPS)";
    }

    @Override
    public synchronized void start(InetSocketAddress bindAddress) throws Exception {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        LoopbackServer bound = LoopbackServer.bind(bindAddress, "PSC");
        PscPaths paths = new PscPaths(bound.baseUrl());
        provider = new Provider(settings, modes, clients, new PscKeys(), paths, issued);
        HttpHandler control = new ControlEndpoint(modes, this::answerOnPhone);
        server = bound.serve(new PscRouter(routes(provider), control, modes));
    }

    private static Map<String, HttpHandler> routes(Provider provider) {
        HttpHandler discovery = new DiscoveryEndpoint(provider.paths);
        return Map.of(
                PscPaths.DISCOVERY, discovery,
                PscPaths.WALLET_DISCOVERY, discovery,
                PscPaths.AUTHORIZE, new AuthorizeEndpoint(provider),
                PscPaths.TOKEN, new TokenEndpoint(provider),
                PscPaths.INTROSPECT, new IntrospectionEndpoint(provider),
                PscPaths.USERINFO, new UserinfoEndpoint(provider),
                PscPaths.JWKS, exchange -> {
                    HttpIo.requireMethod(exchange, "GET");
                    HttpIo.jsonText(exchange, 200, provider.keys.jwks());
                },
                PscPaths.LOGOUT, new LogoutEndpoint(provider),
                PscPaths.CIBA, new CibaEndpoint(provider));
    }

    @Override
    public synchronized URI baseUrl() {
        return URI.create(started().paths.url("/"));
    }

    @Override
    public synchronized Map<String, URI> endpoints() {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        endpoints.put("issuer", issuer());
        endpoints.put("discovery", discoveryUrl());
        endpoints.put("controle", baseUrl().resolve("_control/mode"));
        return endpoints;
    }

    /** {@code <base>/auth/realms/esante-wallet}. */
    public synchronized URI issuer() {
        return URI.create(started().paths.issuer());
    }

    /** PSC's discovery name: {@code <issuer>/.well-known/wallet-openid-configuration}. */
    public synchronized URI discoveryUrl() {
        return URI.create(started().paths.url(PscPaths.WALLET_DISCOVERY));
    }

    /** Error modes and e-CPS behaviour, switchable at any time (also before start). */
    public PscModes modes() {
        return modes;
    }

    /** Registered confidential clients; holds {@link #DEMO_CLIENT_ID} from the start. */
    public ClientRegistry clients() {
        return clients;
    }

    /** Tokens and auth_req_ids handed out so far (secrecy tests look for them in logs). */
    public IssuedSecrets issuedSecrets() {
        return issued;
    }

    public PscSettings settings() {
        return settings;
    }

    /** The invented professionals this provider knows (the same for every instance). */
    public List<TestProfessional> directory() {
        return TestProfessionals.all();
    }

    /** SSO sessions open at the provider: a logout (RP-initiated or by refresh token) closes one. */
    public int openSessions() {
        Provider current;
        synchronized (this) {
            current = started();
        }
        return current.sessions.openSessions();
    }

    /**
     * The professional answers now on the phone, for their CIBA requests still unanswered (those started while
     * {@link PscModes#autoApprove()} was off). Returns how many were answered.
     */
    public int answerOnPhone(String nationalId, boolean approve) {
        Provider current;
        synchronized (this) {
            current = started();
        }
        return current.ciba.answer(nationalId, approve, current.now());
    }

    /** The {@code psc} module's issuer and the demo client registered here. */
    @Override
    public Optional<String> simulatedSetting() {
        return Optional.of("psc.issuer");
    }

    @Override
    public Map<String, String> settingsOverrides() {
        return Map.of(
                "psc.issuer", issuer().toString(),
                "psc.clientId", DEMO_CLIENT_ID,
                "psc.clientSecret", DEMO_CLIENT_SECRET);
    }

    /** Issuer, client, control endpoint, current modes and the invented professionals. */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", issuer().toString());
        json.put("clientId", DEMO_CLIENT_ID);
        json.put("control", baseUrl().resolve("_control/mode").toString());
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("approvalDelayMs", modes.approvalDelay().toMillis());
        current.put("denied", List.copyOf(modes.deniedNationalIds()));
        current.put("providerDown", modes.providerDown());
        current.put("slowMs", modes.slowDelay().toMillis());
        current.put("wrongSigningKey", modes.wrongSigningKey());
        current.put("expiredTokens", modes.expiredTokens());
        json.put("modes", current);
        List<Map<String, Object>> professionals = new ArrayList<>();
        for (TestProfessional professional : directory()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nationalId", professional.nationalId());
            row.put("name", professional.givenName() + " " + professional.familyName());
            row.put("purpose", professional.purpose());
            professionals.add(row);
        }
        json.put("professionals", professionals);
        return json;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private Provider started() {
        if (provider == null) {
            throw new IllegalStateException("the PSC simulator is not started");
        }
        return provider;
    }
}

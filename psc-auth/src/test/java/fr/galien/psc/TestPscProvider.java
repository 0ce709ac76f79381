package fr.galien.psc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A minimal OpenID Connect provider shaped like PSC (specs §5.1 paths under {@code /auth/realms/esante-wallet}) on
 * the JDK HttpServer, 127.0.0.1, random port: discovery, JWKS, authorize (auto-approves), token (code + PKCE, CIBA,
 * refresh), userinfo, CIBA backchannel, end-session. Knobs switch on the failures the client must survive.
 *
 * <p>Tests reach it only through {@link #target()}: the lead's integration tests can point the same kind of test at
 * the sandbox simulator by building a {@link PscTestTarget} from its issuer URL instead.
 */
final class TestPscProvider implements AutoCloseable {

    static final String REALM_PATH = "/auth/realms/esante-wallet";
    static final String CLIENT_ID = "galien-test";
    static final String CLIENT_SECRET = "s3cr3t-client-Qz7wTfK";

    private final HttpServer server;
    private final RSAKey signingKey;
    private final RSAKey rogueKey;
    private final Map<String, Map<String, Object>> professionals = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> cibaRequests = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final Deque<String> cibaScript = new ArrayDeque<>();

    // Knobs, switched by tests.
    volatile UnaryOperator<JWTClaimsSet.Builder> idTokenTamper = UnaryOperator.identity();
    volatile boolean signWithRogueKey;
    volatile boolean serveWalletDiscovery = true;
    volatile boolean refuseRefresh;
    volatile boolean denyInBrowser;
    volatile boolean idTokenOnRefresh = true;
    volatile int accessTokenSeconds = 60;
    volatile int cibaInterval = 1;
    volatile long delayMillis;
    volatile String publishedIssuer;
    volatile String browserNationalId = TestProfessionals.PHARMACIST_ID;

    // What the provider saw, for assertions.
    final AtomicInteger refreshCount = new AtomicInteger();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final AtomicInteger cibaStarts = new AtomicInteger();
    final List<Map<String, List<String>>> authorizeRequests = new CopyOnWriteArrayList<>();
    final List<Map<String, List<String>>> cibaRequestsSeen = new CopyOnWriteArrayList<>();
    final List<Map<String, List<String>>> logouts = new CopyOnWriteArrayList<>();

    private record Grant(String nationalId, String nonce, String challenge, String redirectUri) {
    }

    /** Generated once: RSA key generation is the slowest part of these tests. */
    private static final RSAKey SIGNING_KEY = generateKey();
    /** Same key id, different key: a token signed by someone else. */
    private static final RSAKey ROGUE_KEY = generateKey();

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("realm-key-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    TestPscProvider() {
        signingKey = SIGNING_KEY;
        rogueKey = ROGUE_KEY;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestProfessionals.all().forEach(p -> professionals.put((String) p.get("SubjectNameID"), p));
        server.createContext(REALM_PATH, this::route);
        server.start();
    }

    PscTestTarget target() {
        return new PscTestTarget(issuer(), CLIENT_ID, CLIENT_SECRET);
    }

    URI issuer() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH);
    }

    /** Next answers of the CIBA token poll: "authorization_pending", "slow_down", "expired_token", "access_denied"; then approval. */
    synchronized void scriptCiba(String... answers) {
        cibaScript.clear();
        cibaScript.addAll(List.of(answers));
    }

    /** Every token, code, request id and secret this provider handed out or knows: none may appear in logs. */
    Set<String> secrets() {
        Set<String> all = new java.util.HashSet<>(issued);
        all.add(CLIENT_SECRET);
        return all;
    }

    String lastIdTokenFor(String nationalId) {
        return lastIdToken.get(nationalId);
    }

    private final Map<String, String> lastIdToken = new ConcurrentHashMap<>();

    @Override
    public void close() {
        server.stop(0);
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            String path = exchange.getRequestURI().getPath().substring(REALM_PATH.length());
            switch (path) {
                case "/.well-known/wallet-openid-configuration" -> {
                    if (serveWalletDiscovery) {
                        json(exchange, 200, discovery());
                    } else {
                        json(exchange, 404, Map.of("error", "not_found"));
                    }
                }
                case "/.well-known/openid-configuration" -> json(exchange, 200, discovery());
                case "/protocol/openid-connect/certs" -> json(exchange, 200, new JWKSet(signingKey).toJSONObject(true));
                case "/protocol/openid-connect/auth" -> authorize(exchange);
                case "/protocol/openid-connect/token" -> token(exchange);
                case "/protocol/openid-connect/userinfo" -> userinfo(exchange);
                case "/protocol/openid-connect/ext/ciba/auth" -> backchannel(exchange);
                case "/protocol/openid-connect/logout" -> {
                    logouts.add(form(exchange));
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> json(exchange, 404, Map.of("error", "not_found"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | JOSEException e) {
            json(exchange, 500, Map.of("error", "server_error"));
        }
    }

    private Map<String, Object> discovery() {
        String base = issuer() + "/protocol/openid-connect";
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", publishedIssuer != null ? publishedIssuer : issuer().toString());
        doc.put("authorization_endpoint", base + "/auth");
        doc.put("token_endpoint", base + "/token");
        doc.put("userinfo_endpoint", base + "/userinfo");
        doc.put("end_session_endpoint", base + "/logout");
        doc.put("jwks_uri", base + "/certs");
        doc.put("introspection_endpoint", base + "/token/introspect");
        doc.put("backchannel_authentication_endpoint", base + "/ext/ciba/auth");
        doc.put("grant_types_supported", List.of("authorization_code", "refresh_token",
                "urn:openid:params:grant-type:ciba"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("code_challenge_methods_supported", List.of("S256"));
        doc.put("backchannel_token_delivery_modes_supported", List.of("poll"));
        return doc;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, List<String>> query = URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
        authorizeRequests.add(query);
        String redirect = first(query, "redirect_uri");
        String state = first(query, "state");
        if (!CLIENT_ID.equals(first(query, "client_id")) || redirect == null
                || !"S256".equals(first(query, "code_challenge_method"))) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String location;
        if (denyInBrowser) {
            location = redirect + "?error=access_denied&state=" + enc(state);
        } else {
            String code = UUID.randomUUID().toString();
            issued.add(code);
            codes.put(code, new Grant(browserNationalId, first(query, "nonce"), first(query, "code_challenge"),
                    redirect));
            location = redirect + "?code=" + enc(code) + "&state=" + enc(state);
        }
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private void backchannel(HttpExchange exchange) throws IOException {
        cibaStarts.incrementAndGet();
        if (!authenticated(exchange)) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Map<String, List<String>> form = form(exchange);
        cibaRequestsSeen.add(form);
        String nationalId = first(form, "login_hint");
        if (nationalId == null || !professionals.containsKey(nationalId)) {
            json(exchange, 400, Map.of("error", "unknown_user_id"));
            return;
        }
        String authReqId = UUID.randomUUID().toString();
        issued.add(authReqId);
        cibaRequests.put(authReqId, nationalId);
        json(exchange, 200, Map.of("auth_req_id", authReqId, "expires_in", 120, "interval", cibaInterval));
    }

    private void token(HttpExchange exchange) throws IOException, JOSEException {
        tokenRequests.incrementAndGet();
        if (!authenticated(exchange)) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Map<String, List<String>> form = form(exchange);
        String grantType = first(form, "grant_type");
        if ("authorization_code".equals(grantType)) {
            Grant grant = codes.remove(String.valueOf(first(form, "code")));
            String verifier = first(form, "code_verifier");
            if (grant == null || verifier == null || !grant.redirectUri().equals(first(form, "redirect_uri"))
                    || !CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier)).getValue()
                    .equals(grant.challenge())) {
                json(exchange, 400, Map.of("error", "invalid_grant"));
                return;
            }
            issued.add(verifier);
            json(exchange, 200, tokens(grant.nationalId(), grant.nonce(), true));
        } else if ("urn:openid:params:grant-type:ciba".equals(grantType)) {
            String nationalId = cibaRequests.get(String.valueOf(first(form, "auth_req_id")));
            if (nationalId == null) {
                json(exchange, 400, Map.of("error", "invalid_grant"));
                return;
            }
            String scripted;
            synchronized (this) {
                scripted = cibaScript.poll();
            }
            if (scripted != null) {
                json(exchange, 400, Map.of("error", scripted));
                return;
            }
            cibaRequests.remove(first(form, "auth_req_id"));
            json(exchange, 200, tokens(nationalId, null, true));
        } else if ("refresh_token".equals(grantType)) {
            refreshCount.incrementAndGet();
            String nationalId = refreshTokens.get(String.valueOf(first(form, "refresh_token")));
            if (refuseRefresh || nationalId == null) {
                json(exchange, 400, Map.of("error", "invalid_grant"));
                return;
            }
            json(exchange, 200, tokens(nationalId, null, idTokenOnRefresh));
        } else {
            json(exchange, 400, Map.of("error", "unsupported_grant_type"));
        }
    }

    private Map<String, Object> tokens(String nationalId, String nonce, boolean withIdToken) throws JOSEException {
        String access = "at-" + UUID.randomUUID();
        String refresh = "rt-" + UUID.randomUUID();
        issued.add(access);
        issued.add(refresh);
        accessTokens.put(access, nationalId);
        refreshTokens.put(refresh, nationalId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", access);
        body.put("token_type", "Bearer");
        body.put("expires_in", accessTokenSeconds);
        body.put("refresh_token", refresh);
        body.put("refresh_expires_in", 1800);
        body.put("scope", "openid scope_all");
        body.put("session_state", UUID.randomUUID().toString());
        if (withIdToken) {
            String idToken = idToken(nationalId, nonce);
            issued.add(idToken);
            lastIdToken.put(nationalId, idToken);
            body.put("id_token", idToken);
        }
        return body;
    }

    private String idToken(String nationalId, String nonce) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer().toString())
                .subject("f:550dc1c8-0000-4b1e-ac8c-000000000000:" + nationalId)
                .audience(CLIENT_ID)
                .claim("azp", CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(accessTokenSeconds)))
                .claim("auth_time", now.getEpochSecond())
                .claim("acr", "eidas3")
                .claim("idp", "PSC")
                .claim("preferred_username", nationalId);
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                idTokenTamper.apply(claims).build());
        jwt.sign(new RSASSASigner(signWithRogueKey ? rogueKey : signingKey));
        return jwt.serialize();
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String nationalId = header != null && header.startsWith("Bearer ")
                ? accessTokens.get(header.substring("Bearer ".length())) : null;
        if (nationalId == null) {
            json(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        json(exchange, 200, professionals.get(nationalId));
    }

    private static boolean authenticated(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        try {
            ClientSecretBasic basic = header == null ? null : ClientSecretBasic.parse(header);
            return basic != null && CLIENT_ID.equals(basic.getClientID().getValue())
                    && CLIENT_SECRET.equals(basic.getClientSecret().getValue());
        } catch (ParseException e) {
            return false;
        }
    }

    private static Map<String, List<String>> form(HttpExchange exchange) throws IOException {
        return URLUtils.parseParameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(uncheckedMap(body)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> uncheckedMap(Map<String, ?> body) {
        return (Map<String, Object>) body;
    }
}

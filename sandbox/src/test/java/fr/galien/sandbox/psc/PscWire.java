package fr.galien.sandbox.psc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Drives the simulator on the wire, as a relying party would (test side only: the real client is psc-auth). */
final class PscWire {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String REDIRECT = "http://127.0.0.1:43117/callback";

    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final PscSimulator simulator;

    PscWire(PscSimulator simulator) {
        this.simulator = simulator;
    }

    static PscSimulator started(PscSettings settings) throws Exception {
        PscSimulator simulator = new PscSimulator(settings);
        simulator.start(new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0.1"), 0));
        return simulator;
    }

    URI oidc(String endpoint) {
        return URI.create(simulator.issuer() + "/protocol/openid-connect/" + endpoint);
    }

    HttpResponse<String> get(URI uri) throws Exception {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    HttpResponse<String> get(URI uri, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(uri).header("Authorization", authorization).GET());
    }

    /** POST with the demo client's Basic authentication. */
    HttpResponse<String> post(URI uri, Map<String, String> form) throws Exception {
        return post(uri, form, basic(PscSimulator.DEMO_CLIENT_ID, PscSimulator.DEMO_CLIENT_SECRET));
    }

    HttpResponse<String> post(URI uri, Map<String, String> form, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    HttpResponse<String> postJson(URI uri, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends with a bounded wait of 20 s, unless the request sets its own timeout. */
    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        if (built.timeout().isEmpty()) {
            built = request.timeout(Duration.ofSeconds(20)).build();
        }
        return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** CIBA backchannel request for {@code nationalId}; returns the JSON answer. */
    HttpResponse<String> cibaStart(String nationalId) throws Exception {
        return post(oidc("ext/ciba/auth"), form("scope", "openid scope_all", "login_hint", nationalId,
                "binding_message", "42", "acr_values", "eidas1"));
    }

    HttpResponse<String> cibaPoll(String authReqId) throws Exception {
        return post(oidc("token"), form("grant_type", "urn:openid:params:grant-type:ciba", "auth_req_id", authReqId));
    }

    /** The query of {@code /auth} for the code flow with PKCE S256 (the verifier is {@code verifier}). */
    Map<String, String> authorizeQuery(CodeVerifier verifier, String nonce, String state) {
        return form("client_id", PscSimulator.DEMO_CLIENT_ID, "redirect_uri", REDIRECT, "response_type", "code",
                "scope", "openid scope_all", "state", state, "nonce", nonce, "acr_values", "eidas1",
                "code_challenge", CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue(),
                "code_challenge_method", "S256");
    }

    HttpResponse<String> authorize(Map<String, String> query) throws Exception {
        return get(URI.create(oidc("auth") + "?" + encode(query)));
    }

    /** Runs /auth with login_hint + auto=1 and returns the redirect's query parameters. */
    Map<String, String> authorizeAs(String nationalId, CodeVerifier verifier, String nonce, String state)
            throws Exception {
        Map<String, String> query = authorizeQuery(verifier, nonce, state);
        query.put("login_hint", nationalId);
        query.put("auto", "1");
        HttpResponse<String> response = authorize(query);
        assertThat(response.statusCode()).isEqualTo(302);
        return redirectParams(response);
    }

    static Map<String, String> redirectParams(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?");
        Map<String, String> params = new LinkedHashMap<>();
        Params.parse(URI.create(location).getRawQuery()).asMap().forEach((k, v) -> params.put(k, v.get(0)));
        return params;
    }

    HttpResponse<String> exchangeCode(String code, CodeVerifier verifier) throws Exception {
        return post(oidc("token"), form("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "code_verifier", verifier.getValue()));
    }

    /** Tokens of a full code flow for {@code nationalId}. */
    JsonNode codeFlowTokens(String nationalId) throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        Map<String, String> redirect = authorizeAs(nationalId, verifier, "n-0S6_WzA2Mj", "etat-1");
        HttpResponse<String> tokens = exchangeCode(redirect.get("code"), verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json(tokens);
    }

    /** Verifies the RS256 signature against the published JWKS; returns the claims (times: the test checks). */
    JWTClaimsSet verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet jwks = JWKSet.parse(get(oidc("certs")).body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("kid in JWKS").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
        return jwt.getJWTClaimsSet();
    }

    boolean signatureVerifies(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet jwks = JWKSet.parse(get(oidc("certs")).body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new RSASSAVerifier(key));
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    static String error(HttpResponse<String> response) throws Exception {
        return json(response).path("error").asText();
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    static String basic(String id, String secret) {
        String raw = URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret,
                StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static String encode(Map<String, String> form) {
        StringJoiner joined = new StringJoiner("&");
        form.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}

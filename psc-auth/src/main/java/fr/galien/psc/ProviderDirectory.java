package fr.galien.psc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import fr.galien.core.error.SegurException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Provider metadata and signing keys, fetched on first use and cached. PSC publishes its metadata under the
 * non-standard name {@code wallet-openid-configuration} (Keycloak realm esante-wallet, specs §5.1); the standard
 * {@code openid-configuration} is the fallback. Thread-safe.
 */
final class ProviderDirectory {

    static final String PSC_DISCOVERY = "/.well-known/wallet-openid-configuration";
    static final String STANDARD_DISCOVERY = "/.well-known/openid-configuration";

    /** Metadata rarely changes; an hour keeps a long-running workstation in step with a provider migration. */
    private static final Duration METADATA_TTL = Duration.ofHours(1);

    private final URI issuer;
    private final PscHttp http;
    private final Clock clock;

    private ProviderEndpoints endpoints;
    private Instant endpointsFetchedAt;
    private JWKSet keys;

    ProviderDirectory(URI issuer, PscHttp http, Clock clock) {
        this.issuer = issuer;
        this.http = http;
        this.clock = clock;
    }

    synchronized ProviderEndpoints endpoints() {
        if (endpoints == null || clock.instant().isAfter(endpointsFetchedAt.plus(METADATA_TTL))) {
            endpoints = discover();
            endpointsFetchedAt = clock.instant();
        }
        return endpoints;
    }

    /** The signing keys; {@code reload} after a key id was not found (the provider rotated its keys). */
    synchronized JWKSet keys(boolean reload) {
        if (keys == null || reload) {
            HTTPResponse response = http.send(new HTTPRequest(HTTPRequest.Method.GET, endpoints().jwksUri()));
            if (response.getStatusCode() != 200) {
                throw new SegurException(PscError.PSC_0002, "clés publiques : HTTP " + response.getStatusCode());
            }
            try {
                keys = JWKSet.parse(response.getBody());
            } catch (ParseException e) {
                throw new SegurException(PscError.PSC_0002, e, "clés publiques illisibles");
            }
        }
        return keys;
    }

    private ProviderEndpoints discover() {
        HTTPResponse response = http.send(new HTTPRequest(HTTPRequest.Method.GET, URI.create(issuer + PSC_DISCOVERY)));
        if (response.getStatusCode() != 200) {
            response = http.send(new HTTPRequest(HTTPRequest.Method.GET, URI.create(issuer + STANDARD_DISCOVERY)));
        }
        if (response.getStatusCode() != 200) {
            throw new SegurException(PscError.PSC_0002, "découverte : HTTP " + response.getStatusCode());
        }
        try {
            return parse(JSONObjectUtils.parse(response.getBody()));
        } catch (ParseException e) {
            throw new SegurException(PscError.PSC_0002, e, "document de découverte illisible");
        }
    }

    private ProviderEndpoints parse(Map<String, Object> json) {
        URI published = required(json, "issuer");
        // OIDC Discovery §4.3: the published issuer must be the one we asked, or anyone could pose as PSC.
        if (!published.equals(issuer)) {
            throw new SegurException(PscError.PSC_0004, published, issuer);
        }
        return new ProviderEndpoints(published, required(json, "token_endpoint"), required(json, "jwks_uri"),
                optional(json, "authorization_endpoint"), optional(json, "userinfo_endpoint"),
                optional(json, "end_session_endpoint"), optional(json, "backchannel_authentication_endpoint"));
    }

    private static URI required(Map<String, Object> json, String name) {
        return optional(json, name).orElseThrow(() -> new SegurException(PscError.PSC_0002,
                "champ " + name + " absent de la découverte"));
    }

    private static Optional<URI> optional(Map<String, Object> json, String name) {
        Object value = json.get(name);
        if (!(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            throw new SegurException(PscError.PSC_0002, e, "champ " + name + " invalide");
        }
    }
}

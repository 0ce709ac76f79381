package fr.galien.sandbox.psc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovery document (OIDC Discovery §3), served at the standard name and at PSC's
 * {@code wallet-openid-configuration} (specs §5.1).
 */
final class DiscoveryEndpoint implements HttpHandler {

    private static final List<String> CLIENT_AUTH = List.of("client_secret_basic", "client_secret_post");

    private final Map<String, Object> document;

    DiscoveryEndpoint(PscPaths paths) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", paths.issuer());
        doc.put("authorization_endpoint", paths.url(PscPaths.AUTHORIZE));
        doc.put("token_endpoint", paths.url(PscPaths.TOKEN));
        doc.put("introspection_endpoint", paths.url(PscPaths.INTROSPECT));
        doc.put("userinfo_endpoint", paths.url(PscPaths.USERINFO));
        doc.put("end_session_endpoint", paths.url(PscPaths.LOGOUT));
        doc.put("jwks_uri", paths.url(PscPaths.JWKS));
        doc.put("backchannel_authentication_endpoint", paths.url(PscPaths.CIBA));
        doc.put("grant_types_supported", List.of("authorization_code", "refresh_token", TokenEndpoint.CIBA_GRANT));
        doc.put("response_types_supported", List.of("code"));
        doc.put("response_modes_supported", List.of("query"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("token_endpoint_auth_methods_supported", CLIENT_AUTH);
        doc.put("introspection_endpoint_auth_methods_supported", CLIENT_AUTH);
        doc.put("scopes_supported", List.of("openid", "scope_all"));
        doc.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "azp",
                "sid", "SubjectNameID", "preferred_username", "given_name", "family_name", "SubjectRefPro",
                "SubjectRole", "Secteur_Activite", "SubjectOrganization", "otherIds", "authMode"));
        doc.put("code_challenge_methods_supported", List.of("S256"));
        doc.put("acr_values_supported", Acr.SUPPORTED);
        doc.put("backchannel_token_delivery_modes_supported", List.of("poll"));
        doc.put("backchannel_user_code_parameter_supported", false);
        doc.put("authorization_response_iss_parameter_supported", true);
        doc.put("claims_parameter_supported", false);
        doc.put("request_parameter_supported", false);
        doc.put("request_uri_parameter_supported", false);
        this.document = Collections.unmodifiableMap(doc);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        HttpIo.requireMethod(exchange, "GET");
        HttpIo.json(exchange, 200, document);
    }
}

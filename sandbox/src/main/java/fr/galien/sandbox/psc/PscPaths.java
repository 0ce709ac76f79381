package fr.galien.sandbox.psc;

import java.net.URI;

/** PSC-shaped URLs under the simulator's base (specs §5.1: Keycloak realm esante-wallet). */
final class PscPaths {

    static final String REALM = "esante-wallet";
    static final String ISSUER_PATH = "/auth/realms/" + REALM;
    static final String OIDC = ISSUER_PATH + "/protocol/openid-connect";

    static final String DISCOVERY = ISSUER_PATH + "/.well-known/openid-configuration";
    static final String WALLET_DISCOVERY = ISSUER_PATH + "/.well-known/wallet-openid-configuration";
    static final String AUTHORIZE = OIDC + "/auth";
    static final String TOKEN = OIDC + "/token";
    static final String INTROSPECT = OIDC + "/token/introspect";
    static final String USERINFO = OIDC + "/userinfo";
    static final String JWKS = OIDC + "/certs";
    static final String LOGOUT = OIDC + "/logout";
    static final String CIBA = OIDC + "/ext/ciba/auth";
    static final String CONTROL = "/_control/";

    private final String origin;

    PscPaths(URI base) {
        String text = base.toString();
        this.origin = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    String issuer() {
        return origin + ISSUER_PATH;
    }

    String url(String path) {
        return origin + path;
    }
}

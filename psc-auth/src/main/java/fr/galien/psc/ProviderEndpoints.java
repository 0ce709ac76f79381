package fr.galien.psc;

import fr.galien.core.error.SegurException;
import java.net.URI;
import java.util.Optional;

/**
 * The endpoints the provider's discovery document publishes (specs §5.1). Optional ones are checked when a flow
 * needs them, so a provider without CIBA still serves the browser flow.
 */
record ProviderEndpoints(URI issuer, URI tokenEndpoint, URI jwksUri, Optional<URI> authorizationEndpoint,
                         Optional<URI> userinfoEndpoint, Optional<URI> endSessionEndpoint,
                         Optional<URI> backchannelAuthenticationEndpoint) {

    URI authorization() {
        return authorizationEndpoint.orElseThrow(() -> missing("authorization_endpoint"));
    }

    URI userinfo() {
        return userinfoEndpoint.orElseThrow(() -> missing("userinfo_endpoint"));
    }

    URI backchannelAuthentication() {
        return backchannelAuthenticationEndpoint.orElseThrow(() -> missing("backchannel_authentication_endpoint"));
    }

    private static SegurException missing(String name) {
        return new SegurException(PscError.PSC_0002, "point d'accès " + name + " absent de la découverte");
    }
}

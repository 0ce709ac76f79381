package fr.galien.sandbox.psc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PscDiscoveryTest {

    private static PscSimulator simulator;
    private static PscWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = PscWire.started(PscSettings.defaults());
        wire = new PscWire(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    @Test
    void issuerHasThePscRealmPathOnLoopback() {
        assertThat(simulator.issuer().toString())
                .isEqualTo("http://127.0.0.1:" + simulator.baseUrl().getPort() + "/auth/realms/esante-wallet");
    }

    @Test
    void walletAndStandardDiscoveryNamesServeTheSameDocument() throws Exception {
        JsonNode wallet = PscWire.json(wire.get(simulator.discoveryUrl()));
        JsonNode standard = PscWire.json(wire.get(URI.create(simulator.issuer()
                + "/.well-known/openid-configuration")));

        assertThat(simulator.discoveryUrl().getPath())
                .endsWith("/auth/realms/esante-wallet/.well-known/wallet-openid-configuration");
        assertThat(wallet).isEqualTo(standard);
    }

    @Test
    void discoveryListsPscEndpointsUnderTheIssuer() throws Exception {
        JsonNode doc = PscWire.json(wire.get(simulator.discoveryUrl()));
        String oidc = simulator.issuer() + "/protocol/openid-connect";

        assertThat(doc.get("issuer").asText()).isEqualTo(simulator.issuer().toString());
        assertThat(doc.get("authorization_endpoint").asText()).isEqualTo(oidc + "/auth");
        assertThat(doc.get("token_endpoint").asText()).isEqualTo(oidc + "/token");
        assertThat(doc.get("userinfo_endpoint").asText()).isEqualTo(oidc + "/userinfo");
        assertThat(doc.get("jwks_uri").asText()).isEqualTo(oidc + "/certs");
        assertThat(doc.get("end_session_endpoint").asText()).isEqualTo(oidc + "/logout");
        assertThat(doc.get("introspection_endpoint").asText()).isEqualTo(oidc + "/token/introspect");
        assertThat(doc.get("backchannel_authentication_endpoint").asText()).isEqualTo(oidc + "/ext/ciba/auth");
    }

    @Test
    void discoveryAdvertisesCodePkceCibaPollAndEidasLevels() throws Exception {
        JsonNode doc = PscWire.json(wire.get(simulator.discoveryUrl()));

        assertThat(texts(doc.get("grant_types_supported")))
                .contains("authorization_code", "refresh_token", "urn:openid:params:grant-type:ciba");
        assertThat(texts(doc.get("code_challenge_methods_supported"))).containsExactly("S256");
        assertThat(texts(doc.get("backchannel_token_delivery_modes_supported"))).containsExactly("poll");
        assertThat(texts(doc.get("acr_values_supported"))).containsExactly("eidas1", "eidas3");
        assertThat(texts(doc.get("token_endpoint_auth_methods_supported")))
                .containsExactly("client_secret_basic", "client_secret_post");
        assertThat(texts(doc.get("id_token_signing_alg_values_supported"))).containsExactly("RS256");
    }

    @Test
    void discoveryParsesAsNimbusProviderMetadataWithCiba() throws Exception {
        var metadata = com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata.parse(
                wire.get(simulator.discoveryUrl()).body());

        assertThat(metadata.getIssuer().getValue()).isEqualTo(simulator.issuer().toString());
        assertThat(metadata.getBackChannelAuthenticationEndpointURI()).isNotNull();
        assertThat(metadata.getBackChannelTokenDeliveryModes()).hasSize(1);
    }

    @Test
    void jwksPublishesOneRs256PublicKeyWithAKid() throws Exception {
        JWKSet jwks = JWKSet.parse(wire.get(wire.oidc("certs")).body());

        assertThat(jwks.getKeys()).hasSize(1);
        RSAKey key = (RSAKey) jwks.getKeys().get(0);
        assertThat(key.getKeyID()).isNotBlank();
        assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(key.isPrivate()).isFalse();
    }

    @Test
    void unknownPathIsNotFoundWithAFrenchError() throws Exception {
        var response = wire.get(URI.create(simulator.issuer() + "/nulle-part"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(PscWire.json(response).get("error_description").asText()).contains("Adresse inconnue");
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}

package fr.galien.psc;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Where a test's client points: an issuer plus client credentials. Built from {@link TestPscProvider#target()} here;
 * the lead's integration tests build one from the sandbox simulator's issuer URL and its default client.
 */
record PscTestTarget(URI issuer, String clientId, String clientSecret) {

    PscSettings settings() {
        // Short timeout: every provider here is on loopback.
        return PscSettings.forIssuer(issuer, clientId, clientSecret).withTimeout(Duration.ofSeconds(5));
    }

    ProSanteConnectClient client(Clock clock, Sleeper sleeper) {
        return new ProSanteConnectClient(settings(), clock, sleeper);
    }
}

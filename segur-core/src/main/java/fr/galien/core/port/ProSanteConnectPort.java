package fr.galien.core.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Pro Santé Connect (specs §5): the professional's OIDC session. Other connectors ask it for the current access
 * token and never import the PSC module.
 */
public interface ProSanteConnectPort {

    /** The access token of the connected professional, refreshed if needed; empty when re-authentication is needed. */
    Optional<AccessToken> currentAccessToken();

    record AccessToken(String value, Instant expiresAt, String nationalId) {
        @Override
        public String toString() {
            return "AccessToken[nationalId=" + nationalId + ", expiresAt=" + expiresAt + "]";
        }
    }
}

package fr.galien.psc;

import com.nimbusds.oauth2.sdk.ErrorObject;
import fr.galien.core.error.SegurException;

/**
 * Turns an OAuth error answered by the provider into the user's French sentence. Only the error code is quoted
 * (the description is the provider's English and may echo the request).
 */
final class ProviderRefusal {

    private ProviderRefusal() {
    }

    static SegurException toException(ErrorObject error) {
        String code = error == null || error.getCode() == null ? "inconnu" : error.getCode();
        return switch (code) {
            case "invalid_client", "unauthorized_client" -> new SegurException(PscError.PSC_0017, code);
            case "access_denied" -> new SegurException(PscError.PSC_0009);
            case "expired_token" -> new SegurException(PscError.PSC_0010);
            case "unknown_user_id" -> new SegurException(PscError.PSC_0011, code);
            default -> new SegurException(PscError.PSC_0021, code);
        };
    }
}

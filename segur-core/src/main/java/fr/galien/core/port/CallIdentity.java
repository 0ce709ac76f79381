package fr.galien.core.port;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.NationalCallAuthority;
import fr.galien.core.security.SecurityError;
import java.util.Objects;

/**
 * The identity one national call goes out under, chosen per call by the core (ADR 0022): the professional's own Pro
 * Santé Connect session (REM INS/PSC.01, DMP/PSC.01) or the practice's IGC-Santé organisation certificate (INSi
 * INSI-AUTO/INSI-MANU, ADR 0012; DMP feeding by a pharmacy, REM DMP.02.LGO). Connectors never choose it themselves
 * and never import the {@code psc} module: the token travels in this value.
 */
public sealed interface CallIdentity {

    /** The practice's organisation certificate (mutual TLS); no professional's token is sent. */
    static CallIdentity organisationCertificate() {
        return OrganisationCertificate.INSTANCE;
    }

    /** The professional's PSC session; {@code token} must be theirs ({@link AccessToken#nationalId()}). */
    static CallIdentity professional(AccessToken token) {
        return new ProfessionalSession(token);
    }

    /**
     * The identity of a DMP call prepared under {@code authority} (ADR 0022, REM DMP/PSC.01, PSC.06): the
     * professional's own session, never someone else's. A préparateur's call at a pharmacist's counter session is
     * refused ({@code SEC-0004}) until the DMP connector can carry both identities; it is never sent under the
     * pharmacist's name alone.
     *
     * @param token the access token of {@code authority.sessionOwner()}
     * @throws SegurException {@code SEC-0004} a delegated call; {@code SEC-0005} a token that is not the caller's
     */
    static CallIdentity forDmp(NationalCallAuthority authority, AccessToken token) {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(token, "token");
        if (authority.delegated()) {
            throw new SegurException(SecurityError.SEC_0004);
        }
        if (!authority.sessionOwner().userId().equals("psc:" + token.nationalId())) {
            throw new SegurException(SecurityError.SEC_0005);
        }
        return new ProfessionalSession(token);
    }

    /** The organisation certificate. */
    enum OrganisationCertificate implements CallIdentity {
        INSTANCE
    }

    /** The professional's PSC access token, relayed as the service's transport asks. */
    record ProfessionalSession(AccessToken token) implements CallIdentity {
        public ProfessionalSession {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(token.nationalId(), "token.nationalId");
        }
    }
}

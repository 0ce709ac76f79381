package fr.galien.ins;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the SOAP header of one INSi call says (specs §2.1): one uuid per call serves as {@code ContexteBAM/Id},
 * {@code ContexteLPS/Id} and {@code wsa:MessageID} ({@code uuid:<id>}), so a fault's {@code messageID} points back at
 * the call; {@code time} is {@code Temps} in both contexts.
 *
 * @param emetteur {@code Emetteur} of both contexts: the configured emitter, or the caller's user id
 * @param pscToken the professional's PSC access token for a call under their session (ADR 0022), with its
 *                 {@code ValueType}; empty under the organisation certificate
 */
record RequestHeader(UUID id, Instant time, String emetteur, LpsIdentity lps, Optional<PscToken> pscToken) {

    RequestHeader(UUID id, Instant time, String emetteur, LpsIdentity lps) {
        this(id, time, emetteur, lps, Optional.empty());
    }

    RequestHeader {
        Objects.requireNonNull(pscToken, "pscToken");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(emetteur, "emetteur");
        Objects.requireNonNull(lps, "lps");
    }

    String messageId() {
        return "uuid:" + id;
    }

    /** The access token and the {@code ValueType} it travels under (sandbox contract). Never printed. */
    record PscToken(String value, String valueType) {
        PscToken {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(valueType, "valueType");
        }

        @Override
        public String toString() {
            return "PscToken[valueType=" + valueType + "]";
        }
    }

    /**
     * {@code ContexteLPS/LPS}: the software and its installation.
     *
     * @param idam     authorisation number the CNDA gives the software ({@code IDAM})
     * @param idamR    its {@code R} attribute
     * @param version  software version ({@code Version})
     * @param instance installation uuid ({@code Instance})
     */
    record LpsIdentity(String idam, String idamR, String version, String instance) {

        LpsIdentity {
            Objects.requireNonNull(idam, "idam");
            Objects.requireNonNull(idamR, "idamR");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(instance, "instance");
        }

        /** {@code Nom}: {@code urn:lps:<name>:<version>} as published clients send it. */
        String name() {
            return "urn:lps:galien:" + version;
        }
    }
}

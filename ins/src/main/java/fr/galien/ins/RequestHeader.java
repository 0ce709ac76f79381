package fr.galien.ins;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the SOAP header of one INSi call says (specs §2.1): one uuid per call serves as {@code ContexteBAM/Id},
 * {@code ContexteLPS/Id} and {@code wsa:MessageID} ({@code uuid:<id>}), so a fault's {@code messageID} points back at
 * the call; {@code time} is {@code Temps} in both contexts.
 *
 * @param emetteur {@code Emetteur} of both contexts: the configured emitter, or the caller's user id
 */
record RequestHeader(UUID id, Instant time, String emetteur, LpsIdentity lps) {

    RequestHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(emetteur, "emetteur");
        Objects.requireNonNull(lps, "lps");
    }

    String messageId() {
        return "uuid:" + id;
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

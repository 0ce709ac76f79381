package fr.galien.ins;

import fr.galien.core.error.SegurException;
import java.util.ArrayList;
import java.util.List;

/**
 * A SOAP 1.2 fault as INSi sends it (specs §2.1; {@code schema_faultSOAP_V01_01.xsd}): {@code Code/Value}
 * ({@code Sender}, {@code Receiver}…), {@code Subcode/Value} ({@code siram_100}, {@code siram_40}…),
 * {@code Reason/Text}, and in {@code Detail} a {@code siram:Erreur} with {@code code} ({@code desir_550},
 * {@code insi_102}…), {@code severite}, {@code messageID} and its own text. Qualified names are kept as local parts:
 * the service writes {@code soap:siram_100} with the envelope's prefix.
 *
 * @param code         local part of {@code Code/Value}, never null
 * @param subcode      local part of the first {@code Subcode/Value}, or null
 * @param reason       {@code Reason/Text}, or null
 * @param errorCode    {@code siram:Erreur/@code}, or null
 * @param severity     {@code siram:Erreur/@severite}, or null
 * @param messageId    {@code siram:Erreur/@messageID} (the request's {@code wsa:MessageID}), or null
 * @param errorText    {@code siram:Erreur} text, or null
 */
record SoapFault(String code, String subcode, String reason, String errorCode, String severity,
                        String messageId, String errorText) {

    /** Subcode of the published "service temporarily unavailable" fault (specs §2.1, fixture siram_40/insi_102). */
    static final String TEMPORARILY_UNAVAILABLE = "siram_40";

    /** The service says the fault is on its side: worth retrying later. */
    boolean serviceSide() {
        return "Receiver".equals(code);
    }

    /**
     * The service says it is down for now: the published {@code siram_40} fault, or any service-side fault sent with
     * HTTP 502/503/504. Callers get the same {@code INS-0101} as for a refused connection or a timeout.
     */
    boolean saysUnavailable(int httpStatus) {
        return serviceSide() && (TEMPORARILY_UNAVAILABLE.equals(subcode) || httpStatus == 502 || httpStatus == 503
                || httpStatus == 504);
    }

    /**
     * {@code INS-0101} (unavailable, see {@link #saysUnavailable}), {@code INS-0104} (other service-side failure) or
     * {@code INS-0103} (request refused), the fault's codes in the French message.
     */
    SegurException toException(int httpStatus) {
        if (saysUnavailable(httpStatus)) {
            return new SegurException(InsiError.INS_0101, "HTTP " + httpStatus + " ; " + codes());
        }
        String explanation = firstNonBlank(errorText, reason, "aucune explication fournie");
        InsiError error = serviceSide() ? InsiError.INS_0104 : InsiError.INS_0103;
        return new SegurException(error, explanation, codes());
    }

    /** "soap:Sender, siram_100, desir_550 (erreur), message uuid:…" for the user's screen and support. */
    String codes() {
        List<String> parts = new ArrayList<>();
        parts.add("soap:" + code);
        addIfPresent(parts, subcode, "");
        addIfPresent(parts, errorCode, severity == null ? "" : " (" + severity + ")");
        addIfPresent(parts, messageId, "", "message ");
        return String.join(", ", parts);
    }

    private static void addIfPresent(List<String> parts, String value, String suffix) {
        addIfPresent(parts, value, suffix, "");
    }

    private static void addIfPresent(List<String> parts, String value, String suffix, String prefix) {
        if (value != null && !value.isBlank()) {
            parts.add(prefix + value + suffix);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}

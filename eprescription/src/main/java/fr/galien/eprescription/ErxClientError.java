package fr.galien.eprescription;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the e-prescription client ({@code ERX-0100..0199}; the core rules use {@code ERX-00xx}). French
 * texts: {@code i18n/eprescription-client.properties}. Append only; one code, one cause. Codes thrown as
 * {@link fr.galien.core.port.EPrescriptionPort.Unavailable} are worth a retry: the core queues the write.
 */
public enum ErxClientError implements ErrorCode {
    /** {@code eprescription.endpoint} is empty. */
    ERX_0100,
    /** Unavailable: connection refused, timeout, HTTP 502/503/504. Retry. */
    ERX_0101,
    /** An HTTP error without an OperationOutcome. */
    ERX_0102,
    /** The service refused the request with an OperationOutcome (non-conformant resource…). */
    ERX_0103,
    /** The answer is not FHIR JSON (broken, truncated, empty). */
    ERX_0104,
    /** The answer is FHIR of another resource type than expected. */
    ERX_0105,
    /** The answer exceeds a safety limit (size, nesting, text or number length). */
    ERX_0106,
    /** The answer is FHIR of the right type but incomplete or inconsistent (no identifier, no line…). */
    ERX_0107,
    /** The identifier is unknown to the service. */
    ERX_0108,
    /** The service refused a quantity above what remains (another counter may have dispensed meanwhile). */
    ERX_0109,
    /** A setting is invalid. */
    ERX_0110,
    /** The call was interrupted. */
    ERX_0111,
    /** A call under the organisation certificate: the e-prescription service needs the professional's PSC session. */
    ERX_0112,
    /** The service says the prescription was cancelled. */
    ERX_0113,
    /** The service refused a cancel or modification: something was already dispensed. */
    ERX_0114,
    /** The service refused the Pro Santé Connect token (missing, expired, unreadable). */
    ERX_0115,
    /** The service failed on its side (HTTP 500). Retry. */
    ERX_0116,
    /** The service says everything was already dispensed. */
    ERX_0117,
    /** An outbox row this client cannot send (unknown operation, damaged payload). */
    ERX_0118;

    @Override
    public String bundle() {
        return "i18n.eprescription-client";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

package fr.galien.sandbox.insi;

/**
 * What the endpoint sends back for one request, with what the journal keeps about it.
 *
 * @param httpStatus 200, or the fault's status
 * @param xml        the SOAP envelope
 * @param operation  the WSDL operation when known, else null
 * @param messageId  the request's wsa:MessageID when known, else null
 * @param outcome    {@code CR nn} or {@code subcode/errorCode} of the fault
 * @param identity   who the call came under: {@code psc:<national id>} or {@code certificat-organisation}; null
 *                   when refused before that was known (an invalid token included)
 */
record InsiAnswer(int httpStatus, byte[] xml, String operation, String messageId, String outcome, String identity) {
}

package fr.galien.ins;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the INSi client ({@code INS-0100..0149}). French texts: {@code i18n/insi.properties}. Each failure of
 * issue 4's "bad input and failure" list has its own code so support can tell them apart. Append new codes at the
 * end; never renumber.
 *
 * <p>{@link #INS_0101} is the one code callers test for "the service is unavailable, try again later, the patient
 * stays provisional": connection refused, timeout, DNS, TLS failure, HTTP 502/503/504 (with or without a SOAP fault)
 * and the published "temporarily unavailable" fault ({@code siram_40}). Other service-side faults are
 * {@link #INS_0104}, also worth a retry.
 */
public enum InsiError implements ErrorCode {
    /** {@code ins.endpoint} is empty: no INSi server configured. */
    INS_0100,
    /** Service unavailable: connection refused, timeout, DNS, TLS handshake, HTTP 502/503/504, siram_40. Retry. */
    INS_0101,
    /** HTTP status other than 200 without a readable SOAP fault. */
    INS_0102,
    /**
     * SOAP fault {@code soap:Sender} (or VersionMismatch, MustUnderstand): the service refused the request (IDAM,
     * certificate, request content).
     */
    INS_0103,
    /** SOAP fault {@code soap:Receiver} other than "unavailable": the service failed on its side. Retry later. */
    INS_0104,
    /** The answer is not well-formed XML (truncated, bad encoding, garbage). */
    INS_0105,
    /** Well-formed XML that is not an INSi answer: no SOAP 1.2 envelope, wrong namespace, no RESULTAT. */
    INS_0106,
    /** The answer carries a DOCTYPE (entities): refused before anything is resolved. */
    INS_0107,
    /** The answer exceeds a safety limit (size, nesting depth, text length, element count). */
    INS_0108,
    /** CodeCR not among 00, 01, 02. */
    INS_0109,
    /** RESULTAT inconsistent or incomplete (CR 00 without INDIVIDU, INDIVIDU with another CR, missing fields). */
    INS_0110,
    /** A setting is missing or invalid. */
    INS_0111,
    /** The TLS client certificate keystore (or trust store) cannot be loaded. */
    INS_0112,
    /** The call was interrupted (the user cancelled, the application is closing). */
    INS_0113,
    /** The request cannot be built from the data given (character XML cannot carry, malformed matricule). */
    INS_0114,
    /** A call under the professional's PSC session while {@code ins.psc.endpoint} is empty (ADR 0022). */
    INS_0115;

    @Override
    public String bundle() {
        return "i18n.insi";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

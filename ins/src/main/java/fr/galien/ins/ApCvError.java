package fr.galien.ins;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the appli carte Vitale client ({@code INS-0150..0199}). French texts: {@code i18n/apcv.properties}.
 * Append new codes at the end; never renumber.
 */
public enum ApCvError implements ErrorCode {
    /** {@code apcv.endpoint} is empty: no ApCV service configured. */
    INS_0150,
    /** Service unavailable: connection refused, timeout, 503 SERVICE_INDISPONIBLE. Retry later. */
    INS_0151,
    /** The scanned code is not an appli carte Vitale QR code (400 QR_INVALIDE). */
    INS_0152,
    /** The QR code has expired (410 QR_EXPIRE): the patient must show a new one. */
    INS_0153,
    /** The reading session is unknown to the service (404 on poll). */
    INS_0154,
    /** No card in the reader (404 AUCUNE_CARTE). */
    INS_0155,
    /** The answer is not the JSON the contract describes (missing field, bad date, bad sex, not JSON). */
    INS_0156,
    /** Unexpected HTTP status. */
    INS_0157,
    /** A setting is missing or invalid. */
    INS_0158,
    /** The call was interrupted. */
    INS_0159;

    @Override
    public String bundle() {
        return "i18n.apcv";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

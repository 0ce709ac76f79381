package fr.galien.dmp;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the DMP client ({@code DMP-0100..0199}; {@code DMP-00xx} are segur-core's DMP rules). French texts:
 * {@code i18n/dmp.properties}. One code per cause; append new codes at the end, never renumber.
 */
public enum DmpError implements ErrorCode {
    /** {@code dmp.endpoint} is empty. Sends wait in the outbox. */
    DMP_0100,
    /** Unavailable: refused connection, timeout, DNS, TLS, HTTP 429/5xx. Retry later. */
    DMP_0101,
    /** The answer is larger than accepted (a 200 MB document…): refused before parsing. */
    DMP_0102,
    /** The answer is not the FHIR resource expected (broken JSON, wrong resource type, missing element). */
    DMP_0103,
    /** The answer's content type is not one the transaction allows. */
    DMP_0104,
    /** The DMP refused the request as invalid (HTTP 400/422 with its OperationOutcome). */
    DMP_0105,
    /** The PSC access token was refused (HTTP 401): the professional must log in again. */
    DMP_0106,
    /** Access forbidden (HTTP 403): patient opposed, consent needed, or no right for this profession. */
    DMP_0107,
    /** The document's unique id is already used in the DMP for another content (HTTP 409). */
    DMP_0108,
    /** The patient has no DMP (HTTP 404 on a submission). */
    DMP_0109,
    /** A call under the organisation certificate, which this client cannot honour (no certificate configured). */
    DMP_0110,
    /** An invalid {@code dmp.*} setting. */
    DMP_0111,
    /** A document address that is not on the DMP's own server: not followed (the PSC token would leave). */
    DMP_0112,
    /** The call was interrupted. */
    DMP_0113,
    /** An HTTP status the transaction does not define. */
    DMP_0114,
    /** The document is not (or no longer) in the DMP (HTTP 404 on retrieve or withdraw). */
    DMP_0115;

    @Override
    public String bundle() {
        return "i18n.dmp";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

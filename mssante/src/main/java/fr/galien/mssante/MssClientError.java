package fr.galien.mssante;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the MSSanté client ({@code MSS-0100..0199}; the core's MSSanté rules are MSS-00xx). French texts:
 * {@code i18n/mssante-client.properties}. One code, one cause; append only.
 *
 * <p>{@link #MSS_0101} is the one code that means "the operator is unavailable, the mail waits in the outbox".
 */
public enum MssClientError implements ErrorCode {
    /** {@code mss.smtp.host} is empty: no operator configured. */
    MSS_0100,
    /** Operator unavailable: connection refused, timeout, 4xx SMTP answer, IMAP BYE, TLS handshake failure. */
    MSS_0101,
    /** The operator refused the XOAUTH2 authentication (token refused or mailbox not the professional's). */
    MSS_0102,
    /** No Pro Santé Connect session, or its token can no longer be refreshed: sessions closed (CONF.10). */
    MSS_0103,
    /** The operator refused a recipient or the message for good (5xx). */
    MSS_0104,
    /** A setting is missing or invalid. */
    MSS_0105,
    /** The trust store cannot be read. */
    MSS_0106,
    /** A message larger than the download limit. */
    MSS_0107,
    /** Unknown folder or message. */
    MSS_0108,
    /** The server offers no STARTTLS: nothing is sent in clear. */
    MSS_0109,
    /** A mailbox that is not among the user's mailboxes. */
    MSS_0110;

    @Override
    public String bundle() {
        return "i18n.mssante-client";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

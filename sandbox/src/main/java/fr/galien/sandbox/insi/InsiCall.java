package fr.galien.sandbox.insi;

import java.time.Instant;

/**
 * One request the simulator received, kept for tests and inspection ({@code GET /insi/_control}). The identities
 * are invented, so keeping the request text is harmless; it is never logged.
 *
 * @param at         when it arrived
 * @param operation  {@code rechercherInsAvecTraitsIdentite}, {@code rechercherInsAvecCarteVitale}, or null when the
 *                   request never got that far
 * @param messageId  its wsa:MessageID, or null
 * @param outcome    {@code CR 00}, {@code CR 01}, {@code CR 02}, or the fault ({@code siram_93/insi_190} …)
 * @param httpStatus the status answered
 * @param request    the request text (truncated to {@value InsiJournal#MAX_KEPT_CHARS} characters)
 * @param identity   who the call came under (ADR 0022): {@code psc:<national id>} for a call under the
 *                   professional's PSC session, {@code certificat-organisation} for one under the organisation
 *                   certificate, null when the request was refused before that was known
 */
public record InsiCall(Instant at, String operation, String messageId, String outcome, int httpStatus,
        String request, String identity) {

    public InsiCall(Instant at, String operation, String messageId, String outcome, int httpStatus, String request) {
        this(at, operation, messageId, outcome, httpStatus, request, null);
    }
}

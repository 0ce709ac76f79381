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
 */
public record InsiCall(Instant at, String operation, String messageId, String outcome, int httpStatus,
        String request) {
}

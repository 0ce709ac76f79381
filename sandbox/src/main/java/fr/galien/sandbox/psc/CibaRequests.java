package fr.galien.sandbox.psc;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CIBA poll-mode requests (CIBA Core §7, §11) and the simulated e-CPS phone. The phone's answer is decided when the
 * request starts (modes read then) and becomes visible once the approval delay has passed; nothing runs in the
 * background, so a test that moves its clock sees every state without sleeping.
 */
final class CibaRequests {

    enum Answer { APPROVE, DENY, BLOCKED }

    /** What the backchannel endpoint answers. */
    record Started(String authReqId, Duration expiresIn, Duration interval) {
    }

    private static final class Pending {
        final String clientId;
        final TestProfessional professional;
        final String scope;
        final Instant expiresAt;
        Duration interval;
        Instant lastPoll;
        Instant answerAt;
        Answer answer;

        Pending(String clientId, TestProfessional professional, String scope, Instant expiresAt, Duration interval) {
            this.clientId = clientId;
            this.professional = professional;
            this.scope = scope;
            this.expiresAt = expiresAt;
            this.interval = interval;
        }
    }

    private final Map<String, Pending> requests = new ConcurrentHashMap<>();
    private final PscSettings settings;
    private final PscModes modes;
    private final Sessions sessions;

    CibaRequests(PscSettings settings, PscModes modes, Sessions sessions) {
        this.settings = settings;
        this.modes = modes;
        this.sessions = sessions;
    }

    Started start(String clientId, TestProfessional professional, String scope, Duration expiresIn, Instant now) {
        Pending pending = new Pending(clientId, professional, scope, now.plus(expiresIn), settings.cibaInterval());
        if (professional.ecpsBlocked()) {
            // No push can reach a blocked e-CPS: refused at the first poll.
            pending.answer = Answer.BLOCKED;
            pending.answerAt = now;
        } else if (modes.autoApprove()) {
            pending.answer = professional.deniesOnPhone() || modes.denies(professional.nationalId())
                    ? Answer.DENY : Answer.APPROVE;
            pending.answerAt = now.plus(modes.approvalDelay());
        }
        String id = Sessions.randomToken();
        requests.put(id, pending);
        return new Started(id, expiresIn, settings.cibaInterval());
    }

    /** The professional answers on the phone now, for every request of theirs still unanswered. */
    int answer(String nationalId, boolean approve, Instant now) {
        int answered = 0;
        for (Pending pending : requests.values()) {
            synchronized (pending) {
                if (pending.professional.nationalId().equals(nationalId) && pending.answerAt == null) {
                    pending.answer = approve ? Answer.APPROVE : Answer.DENY;
                    pending.answerAt = now;
                    answered++;
                }
            }
        }
        return answered;
    }

    /** A token request with the CIBA grant: the session once approved, else the §11 error. */
    Sessions.Session poll(String authReqId, String clientId, Instant now) {
        Pending pending = requests.get(authReqId);
        if (pending == null) {
            throw OAuthException.invalidGrant("auth_req_id inconnu ou déjà utilisé.");
        }
        synchronized (pending) {
            if (!pending.clientId.equals(clientId)) {
                throw OAuthException.invalidGrant("Cette demande d'authentification appartient à un autre client.");
            }
            if (!now.isBefore(pending.expiresAt)) {
                requests.remove(authReqId);
                throw OAuthException.badRequest("expired_token",
                        "La demande d'authentification a expiré sans validation sur l'application e-CPS.");
            }
            if (pending.lastPoll != null && now.isBefore(pending.lastPoll.plus(pending.interval))) {
                pending.interval = pending.interval.plus(settings.slowDownIncrement());
                pending.lastPoll = now;
                throw OAuthException.badRequest("slow_down", "Interrogations trop rapprochées : attendez au moins "
                        + pending.interval.toSeconds() + " s entre deux demandes.");
            }
            pending.lastPoll = now;
            if (pending.answerAt == null || now.isBefore(pending.answerAt)) {
                throw OAuthException.badRequest("authorization_pending",
                        "En attente de la validation sur l'application e-CPS.");
            }
            requests.remove(authReqId);
            switch (pending.answer) {
                case BLOCKED -> throw OAuthException.badRequest("access_denied",
                        "La e-CPS de ce professionnel est bloquée : connexion impossible.");
                case DENY -> throw OAuthException.badRequest("access_denied",
                        "Le professionnel a refusé la demande sur son application e-CPS.");
                default -> {
                    return sessions.open(clientId, pending.professional, Acr.RETURNED, pending.answerAt,
                            pending.scope, null);
                }
            }
        }
    }
}

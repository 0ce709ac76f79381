package fr.galien.sandbox.apcv;

import java.time.Duration;
import java.time.Instant;

/**
 * One scan of a QR code, waiting for the patient. Its status is a function of time only — decided when it starts
 * (who, what the patient will do, how long they take) — so a poll never changes it and tests move a clock.
 *
 * @param id        opaque id given to the client
 * @param code      the test code scanned
 * @param answer    what the patient does (the code's, or REFUSE when every patient refuses)
 * @param startedAt when the reading started
 * @param decidesAt when the patient answers (approve or refuse); ignored for SANS_REPONSE
 * @param expiresAt when an unanswered reading becomes EXPIREE
 */
record Reading(String id, ApCvTestCode code, PatientAnswer answer, Instant startedAt, Instant decidesAt,
        Instant expiresAt) {

    static Reading start(String id, ApCvTestCode code, boolean refuseAll, Instant now, Duration approvalDelay,
            Duration lifetime) {
        PatientAnswer answer = refuseAll ? PatientAnswer.REFUSE : code.answer();
        return new Reading(id, code, answer, now, now.plus(approvalDelay), now.plus(lifetime));
    }

    ReadingStatus statusAt(Instant now) {
        boolean answered = answer != PatientAnswer.SANS_REPONSE && decidesAt.isBefore(expiresAt);
        if (answered && !now.isBefore(decidesAt)) {
            return answer == PatientAnswer.APPROUVE ? ReadingStatus.APPROUVEE : ReadingStatus.REFUSEE;
        }
        return now.isBefore(expiresAt) ? ReadingStatus.EN_ATTENTE : ReadingStatus.EXPIREE;
    }
}

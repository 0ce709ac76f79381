package fr.galien.app.ui.identity;

import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.VitaleReadings;
import fr.galien.core.port.ApCvPort.ApCvPoll;
import fr.galien.core.port.ApCvPort.ApCvSession;
import fr.galien.core.port.ApCvPort.VitaleReading;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskSlot;
import java.time.Duration;
import java.util.Objects;

/**
 * Getting the beneficiary from the appli carte Vitale (scan, then wait for the patient's approval on the phone) or
 * from the Vitale card, the same for the patient file and the counter. Each call and each poll is one background
 * task; between polls nothing is held ({@link Delay}), so the window never waits. Every step — call, poll, wait —
 * runs in the screen's {@link TaskSlot}: cancelling the slot interrupts the call or stops the wait, and no callback of
 * the reading runs any more (the ApCV session simply expires on the service's side).
 */
final class VitaleSteps {

    /** A client-side bound on the wait, above the service's own expiry (the simulator: 2 min), in case it never says. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(3);
    private static final Duration SHORTEST_POLL = Duration.ofMillis(100);

    /** What a reading reports, on the FX thread. */
    interface Listener {
        /** A new progress sentence ("En attente de la validation par le patient…"). */
        void progress(String text);

        /** The beneficiary was read; {@code method} is {@link IdentificationMethod#APCV} or CARTE_VITALE. */
        void read(VitaleReading reading, IdentificationMethod method);

        /** The reading ended without a beneficiary (refused, expired): nothing changes. */
        void ended(String message);

        void failed(Exception error);
    }

    private final VitaleReadings apCv;
    private final Caller caller;
    private final TaskSlot steps;
    private final Delay delay;

    VitaleSteps(VitaleReadings apCv, Caller caller, TaskSlot steps, Delay delay) {
        this.apCv = Objects.requireNonNull(apCv);
        this.caller = Objects.requireNonNull(caller);
        this.steps = Objects.requireNonNull(steps);
        this.delay = Objects.requireNonNull(delay);
    }

    /** Sends the scanned QR content, then polls at the session's pace until the patient answers. */
    void apCv(String qrContent, Listener listener) {
        listener.progress(IdentityText.BUSY_APCV_SENDING.text());
        steps.submit(BackgroundTask.of(IdentityText.BUSY_APCV_SENDING.text(), () -> apCv.startApCv(caller, qrContent))
                .onSuccess(session -> {
                    listener.progress(IdentityText.BUSY_APCV_WAITING.text());
                    pollLater(session, maxPolls(session), listener);
                })
                .onFailure(listener::failed));
    }

    /** Reads the card in the workstation's reader. */
    void card(Listener listener) {
        listener.progress(IdentityText.BUSY_CARD.text());
        steps.submit(BackgroundTask.of(IdentityText.BUSY_CARD.text(), () -> apCv.readCard(caller))
                .onSuccess(reading -> listener.read(reading, IdentificationMethod.CARTE_VITALE))
                .onFailure(listener::failed));
    }

    /** Cancels the running reading: the call in flight or the wait before the next poll; no callback follows. */
    void cancel() {
        steps.cancel();
    }

    private void pollLater(ApCvSession session, int pollsLeft, Listener listener) {
        steps.hold(delay.after(session.pollEvery(), () -> steps.submit(
                BackgroundTask.of(IdentityText.BUSY_APCV_WAITING.text(), () -> apCv.poll(caller, session))
                        .onSuccess(poll -> polled(session, poll, pollsLeft - 1, listener))
                        .onFailure(listener::failed))));
    }

    private void polled(ApCvSession session, ApCvPoll poll, int pollsLeft, Listener listener) {
        switch (poll.status()) {
            case EN_ATTENTE -> {
                if (pollsLeft > 0) {
                    pollLater(session, pollsLeft, listener);
                } else {
                    listener.ended(IdentityText.APCV_EXPIRED.text());
                }
            }
            case APPROUVEE -> listener.read(poll.reading(), IdentificationMethod.APCV);
            case REFUSEE -> listener.ended(IdentityText.APCV_REFUSED.text());
            case EXPIREE -> listener.ended(IdentityText.APCV_EXPIRED.text());
        }
    }

    private static int maxPolls(ApCvSession session) {
        long every = Math.max(session.pollEvery().toMillis(), SHORTEST_POLL.toMillis());
        return (int) Math.max(1, LONGEST_WAIT.toMillis() / every);
    }
}

package fr.galien.app.ui.identity;

import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.VitaleReadings;
import fr.galien.core.port.ApCvPort.ApCvPoll;
import fr.galien.core.port.ApCvPort.ApCvSession;
import fr.galien.core.port.ApCvPort.VitaleReading;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.time.Duration;
import java.util.Objects;

/**
 * Getting the beneficiary from the appli carte Vitale (scan, then wait for the patient's approval on the phone) or
 * from the Vitale card, the same for the patient file and the counter. Each call and each poll is one background
 * task; between polls nothing is held ({@link Delay}), so the window never waits. {@link #cancel()} makes every
 * callback of the running reading a no-op (the ApCV session simply expires on the service's side).
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
    private final TaskExecutor tasks;
    private final Delay delay;
    private int generation;

    VitaleSteps(VitaleReadings apCv, Caller caller, TaskExecutor tasks, Delay delay) {
        this.apCv = Objects.requireNonNull(apCv);
        this.caller = Objects.requireNonNull(caller);
        this.tasks = Objects.requireNonNull(tasks);
        this.delay = Objects.requireNonNull(delay);
    }

    /** Sends the scanned QR content, then polls at the session's pace until the patient answers. */
    void apCv(String qrContent, Listener listener) {
        int run = ++generation;
        listener.progress(IdentityText.BUSY_APCV_SENDING.text());
        tasks.execute(BackgroundTask.of(IdentityText.BUSY_APCV_SENDING.text(), () -> apCv.startApCv(caller, qrContent))
                .onSuccess(session -> {
                    if (run == generation) {
                        listener.progress(IdentityText.BUSY_APCV_WAITING.text());
                        pollLater(run, session, maxPolls(session), listener);
                    }
                })
                .onFailure(error -> {
                    if (run == generation) {
                        listener.failed(error);
                    }
                }));
    }

    /** Reads the card in the workstation's reader. */
    void card(Listener listener) {
        int run = ++generation;
        listener.progress(IdentityText.BUSY_CARD.text());
        tasks.execute(BackgroundTask.of(IdentityText.BUSY_CARD.text(), () -> apCv.readCard(caller))
                .onSuccess(reading -> {
                    if (run == generation) {
                        listener.read(reading, IdentificationMethod.CARTE_VITALE);
                    }
                })
                .onFailure(error -> {
                    if (run == generation) {
                        listener.failed(error);
                    }
                }));
    }

    /** Forgets the running reading: its later answers are ignored. */
    void cancel() {
        generation++;
    }

    private void pollLater(int run, ApCvSession session, int pollsLeft, Listener listener) {
        delay.after(session.pollEvery(), () -> {
            if (run != generation) {
                return;
            }
            tasks.execute(BackgroundTask.of(IdentityText.BUSY_APCV_WAITING.text(), () -> apCv.poll(caller, session))
                    .onSuccess(poll -> {
                        if (run == generation) {
                            polled(run, session, poll, pollsLeft - 1, listener);
                        }
                    })
                    .onFailure(error -> {
                        if (run == generation) {
                            listener.failed(error);
                        }
                    }));
        });
    }

    private void polled(int run, ApCvSession session, ApCvPoll poll, int pollsLeft, Listener listener) {
        switch (poll.status()) {
            case EN_ATTENTE -> {
                if (pollsLeft > 0) {
                    pollLater(run, session, pollsLeft, listener);
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

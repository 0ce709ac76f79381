package fr.galien.app.ui.identity;

import fr.galien.core.domain.Patient;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.identity.InsiSearchOutcome;
import fr.galien.core.port.ApCvPort.VitaleReading;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.Objects;
import java.util.Optional;

/**
 * The appli carte Vitale or the Vitale card, then INSi "with Vitale", the same for the patient file and the counter:
 * {@link VitaleSteps} reads the beneficiary, its progress goes to the {@link OperationStatus}, and only an identity
 * INSi found is handed back. Not found, refused, expired and failures end the run in the status.
 */
final class VitaleReadingFlow {

    /** INSi found {@code identity} for run {@code current} (still the current one), on the FX thread. */
    @FunctionalInterface
    interface Found {
        void found(int current, InsIdentity identity, VitaleReading reading, IdentificationMethod method);
    }

    private final VitaleSteps steps;
    private final IdentityContext context;
    private final Caller caller;
    private final TaskExecutor tasks;
    private final OperationStatus status;

    private VitaleReadingFlow(VitaleSteps steps, IdentityContext context, Caller caller, TaskExecutor tasks,
                              OperationStatus status) {
        this.steps = steps;
        this.context = context;
        this.caller = caller;
        this.tasks = tasks;
        this.status = status;
    }

    /** The flow, when an ApCV service (which also reads the card) is configured. */
    static Optional<VitaleReadingFlow> of(IdentityContext context, Caller caller, TaskExecutor tasks, Delay delay,
                                          OperationStatus status) {
        Objects.requireNonNull(caller);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(status);
        return context.apCv().map(port -> new VitaleReadingFlow(new VitaleSteps(port, caller, tasks, delay),
                context, caller, tasks, status));
    }

    /**
     * Sends the scanned QR content of run {@code current}, waits for the approval, then asks INSi.
     *
     * @param target the file the answer is for (INSi logs it), or null at the counter
     */
    void apCv(int current, String qrContent, Patient target, Found found) {
        steps.apCv(qrContent, listener(current, target, found));
    }

    /** Reads the card in the reader for run {@code current}, then asks INSi. */
    void card(int current, Patient target, Found found) {
        steps.card(listener(current, target, found));
    }

    /** Forgets the running reading: its later answers are ignored. */
    void cancel() {
        steps.cancel();
    }

    private VitaleSteps.Listener listener(int current, Patient target, Found found) {
        return new VitaleSteps.Listener() {
            @Override
            public void progress(String text) {
                if (status.isCurrent(current)) {
                    status.progress(text);
                }
            }

            @Override
            public void read(VitaleReading reading, IdentificationMethod method) {
                if (status.isCurrent(current)) {
                    searchInsi(current, target, reading, method, found);
                }
            }

            @Override
            public void ended(String text) {
                if (status.isCurrent(current)) {
                    status.finish(MessageKind.INFO, text);
                }
            }

            @Override
            public void failed(Exception error) {
                status.failed(current, error);
            }
        };
    }

    private void searchInsi(int current, Patient target, VitaleReading reading, IdentificationMethod method,
                            Found found) {
        InsiSearch insi = context.insiSearch().orElseThrow();
        status.progress(IdentityText.BUSY_INSI.text());
        tasks.execute(BackgroundTask.of(IdentityText.BUSY_INSI.text(), () -> search(insi, target, reading))
                .onSuccess(outcome -> {
                    if (!status.isCurrent(current)) {
                        return;
                    }
                    if (outcome.found()) {
                        found.found(current, outcome.identity().orElseThrow(), reading, method);
                    } else {
                        status.finish(MessageKind.INFO, outcome.message());
                    }
                })
                .onFailure(error -> status.failed(current, error)));
    }

    private InsiSearchOutcome search(InsiSearch insi, Patient target, VitaleReading reading) {
        return target == null ? insi.searchWithVitale(caller, reading.toQuery())
                : insi.searchWithVitale(caller, target, reading.toQuery());
    }
}

package fr.galien.app.ui.identity;

import fr.galien.core.domain.Patient;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.identity.InsiSearchOutcome;
import fr.galien.core.port.ApCvPort.VitaleReading;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import java.util.Objects;
import java.util.Optional;

/**
 * The appli carte Vitale or the Vitale card, then INSi "with Vitale", the same for the patient file and the counter:
 * {@link VitaleSteps} reads the beneficiary, its progress goes to the {@link OperationStatus}, and only an identity
 * INSi found is handed back. Not found, refused, expired and failures end the run in the status.
 */
final class VitaleReadingFlow {

    /** INSi found {@code identity} for the running action, on the FX thread. */
    @FunctionalInterface
    interface Found {
        void found(InsIdentity identity, VitaleReading reading, IdentificationMethod method);
    }

    private final VitaleSteps steps;
    private final IdentityContext context;
    private final Caller caller;
    private final OperationStatus status;

    private VitaleReadingFlow(VitaleSteps steps, IdentityContext context, Caller caller, OperationStatus status) {
        this.steps = steps;
        this.context = context;
        this.caller = caller;
        this.status = status;
    }

    /** The flow, when an ApCV service (which also reads the card) is configured. */
    static Optional<VitaleReadingFlow> of(IdentityContext context, Caller caller, Delay delay,
                                          OperationStatus status) {
        Objects.requireNonNull(caller);
        Objects.requireNonNull(status);
        return context.apCv().map(port -> new VitaleReadingFlow(new VitaleSteps(port, caller, status.steps(), delay),
                context, caller, status));
    }

    /**
     * Sends the scanned QR content, waits for the approval, then asks INSi; the steps run in the status's slot, so
     * a new action or "Annuler" cancels them.
     *
     * @param target the file the answer is for (INSi logs it), or null at the counter
     */
    void apCv(String qrContent, Patient target, Found found) {
        steps.apCv(qrContent, listener(target, found));
    }

    /** Reads the card in the reader, then asks INSi. */
    void card(Patient target, Found found) {
        steps.card(listener(target, found));
    }

    /** Cancels the running reading: the call in flight or the wait before the next poll. */
    void cancel() {
        steps.cancel();
    }

    private VitaleSteps.Listener listener(Patient target, Found found) {
        return new VitaleSteps.Listener() {
            @Override
            public void progress(String text) {
                status.progress(text);
            }

            @Override
            public void read(VitaleReading reading, IdentificationMethod method) {
                searchInsi(target, reading, method, found);
            }

            @Override
            public void ended(String text) {
                status.finish(MessageKind.INFO, text);
            }

            @Override
            public void failed(Exception error) {
                status.failed(error);
            }
        };
    }

    private void searchInsi(Patient target, VitaleReading reading, IdentificationMethod method, Found found) {
        InsiSearch insi = context.insiSearch().orElseThrow();
        status.progress(IdentityText.BUSY_INSI.text());
        status.run(BackgroundTask.of(IdentityText.BUSY_INSI.text(), () -> search(insi, target, reading))
                .onSuccess(outcome -> {
                    if (outcome.found()) {
                        found.found(outcome.identity().orElseThrow(), reading, method);
                    } else {
                        status.finish(MessageKind.INFO, outcome.message());
                    }
                })
                .onFailure(status::failed));
    }

    private InsiSearchOutcome search(InsiSearch insi, Patient target, VitaleReading reading) {
        return target == null ? insi.searchWithVitale(caller, reading.toQuery())
                : insi.searchWithVitale(caller, target, reading.toQuery());
    }
}

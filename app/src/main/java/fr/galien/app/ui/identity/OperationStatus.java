package fr.galien.app.ui.identity;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.ErrorText;
import fr.galien.core.error.SegurException;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.task.TaskSlot;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;

/**
 * The one-action-at-a-time state an identity screen shows: busy with its progress sentence, then a message. Each
 * step of the action runs through one {@link TaskSlot} ({@link #run}): {@link #begin(String)} and {@link #forget()}
 * cancel whatever step is in flight — a call, or the wait before the next ApCV poll — so an older action's answer is
 * dropped by the executor and never reaches the screen (the counter is never held).
 */
final class OperationStatus {

    private final DialogService dialogs;
    private final Logger log;
    private final String failureLog;
    private final String refusedNote;
    private final Runnable afterBusyChange;

    private final ReadOnlyBooleanWrapper busy;
    private final ReadOnlyStringWrapper busyText;
    private final ReadOnlyStringWrapper message;
    private final ReadOnlyObjectWrapper<MessageKind> messageKind;
    private final TaskSlot steps;

    /**
     * @param bean the ViewModel exposing the properties
     * @param log the ViewModel's logger: a refusal logs {@code failureLog} and its code there (never patient data)
     * @param refusedNote put after a refusal's sentence when not empty ("Rien n'a été modifié.")
     * @param afterBusyChange run after each start and end of an action (the ViewModel refreshes what it enables)
     */
    OperationStatus(Object bean, TaskExecutor tasks, DialogService dialogs, Logger log, String failureLog,
                    String refusedNote, Runnable afterBusyChange) {
        this.steps = new TaskSlot(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.log = Objects.requireNonNull(log);
        this.failureLog = Objects.requireNonNull(failureLog);
        this.refusedNote = Objects.requireNonNull(refusedNote);
        this.afterBusyChange = Objects.requireNonNull(afterBusyChange);
        busy = new ReadOnlyBooleanWrapper(bean, "busy", false);
        busyText = new ReadOnlyStringWrapper(bean, "busyText", "");
        message = new ReadOnlyStringWrapper(bean, "message", "");
        messageKind = new ReadOnlyObjectWrapper<>(bean, "messageKind", MessageKind.NONE);
    }

    /** Starts a new action: the older one is cancelled, the message cleared. */
    void begin(String text) {
        steps.cancel();
        clearMessage();
        busy.set(true);
        busyText.set(text);
        afterBusyChange.run();
    }

    /** Runs one step of the current action; it replaces the step before it (already done, or cancelled). */
    <T> void run(BackgroundTask<T> step) {
        steps.submit(step);
    }

    /** The slot the steps run in, for a helper that chains its own steps and waits ({@link VitaleSteps}). */
    TaskSlot steps() {
        return steps;
    }

    boolean isBusy() {
        return busy.get();
    }

    /** Cancels the running action (its worker is interrupted, its answers dropped); busy is left as it is. */
    void forget() {
        steps.cancel();
    }

    void progress(String text) {
        busyText.set(text);
    }

    void endBusy() {
        busy.set(false);
        busyText.set("");
        afterBusyChange.run();
    }

    void finish(MessageKind kind, String text) {
        endBusy();
        message(kind, text);
    }

    /**
     * A failure of the running action: the code and the French sentence, never a frozen window. A refusal
     * ({@link SegurException}) is logged by its code only; anything else (an {@link Error} included) also opens the
     * error dialog.
     */
    void failed(Exception error) {
        endBusy();
        if (error instanceof SegurException) {
            log.info("{}: {}", failureLog, ErrorText.codeOf(error));
            message(MessageKind.ERROR, refusedNote.isEmpty() ? ErrorText.of(error)
                    : ErrorText.of(error) + " " + refusedNote);
        } else {
            message(MessageKind.ERROR, ErrorText.of(error));
            dialogs.showError(error);
        }
    }

    void message(MessageKind kind, String text) {
        messageKind.set(kind);
        message.set(text);
    }

    void clearMessage() {
        message(MessageKind.NONE, "");
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return messageKind.getReadOnlyProperty();
    }
}

package fr.galien.app.ui.identity;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.identity.IdentityDialogs.LocalPatientChoice;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.port.ApCvPort.VitaleReading;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsMatricule;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter's entry point in the patient list (issue 4 "Done when"): the patient shows the appli carte Vitale (or
 * hands the Vitale card), the beneficiary is read, INSi is asked "with Vitale", then the local file is found — by
 * the matricule (active or in INSHISTO), else by birth name and date, the user picking — or created from INSi's
 * traits, and opened with the side-by-side comparison ({@link Handoff}). Nothing about a patient changes here
 * except the creation the user chose: accepting the identity is the file's.
 */
public final class CounterIdentityViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CounterIdentityViewModel.class);
    private static final int CANDIDATES = 20;

    /** Opens {@code patient}'s file and compares it with {@code identity} there. */
    @FunctionalInterface
    public interface Handoff {
        void open(Patient patient, InsIdentity identity, IdentificationMethod method);
    }

    private final IdentityContext context;
    private final PatientRegistry registry;
    private final Caller caller;
    private final IdentityDialogs identityDialogs;
    private final OperationStatus status;
    private final VitaleReadingFlow vitale;

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available", false);

    private Handoff handoff = (patient, identity, method) -> { };

    public CounterIdentityViewModel(IdentityContext context, PatientRegistry registry, Caller caller,
                                    TaskExecutor tasks, DialogService dialogs, IdentityDialogs identityDialogs,
                                    Delay delay) {
        this.context = Objects.requireNonNull(context);
        this.registry = Objects.requireNonNull(registry);
        this.caller = Objects.requireNonNull(caller);
        this.identityDialogs = Objects.requireNonNull(identityDialogs);
        this.status = new OperationStatus(this, tasks, Objects.requireNonNull(dialogs), LOG,
                "Counter identity reading failed", "", () -> { });
        this.vitale = VitaleReadingFlow.of(context, caller, delay, status).orElse(null);
        available.set(vitale != null && context.insiSearch().isPresent());
    }

    /** "Appli carte Vitale": scan, wait for the patient's approval, INSi, then the local file. */
    public void readApCv() {
        if (!idle()) {
            return;
        }
        Optional<String> code = identityDialogs.askApCvCode(context.sandboxCodes(), context.sandboxCodesPage())
                .map(String::strip)
                .filter(text -> !text.isEmpty());
        if (code.isEmpty()) {
            return;
        }
        status.begin(IdentityText.BUSY_APCV_SENDING.text());
        vitale.apCv(code.get(), null, this::findLocal);
    }

    /** "Carte Vitale": the card in the reader, INSi, then the local file. */
    public void readCard() {
        if (idle()) {
            status.begin(IdentityText.BUSY_CARD.text());
            vitale.card(null, this::findLocal);
        }
    }

    /** Stops waiting: the running step is cancelled, nothing was changed. */
    public void cancel() {
        if (!status.isBusy()) {
            return;
        }
        status.forget();
        vitale.cancel();
        status.finish(MessageKind.INFO, IdentityText.CANCELLED.text());
    }

    private boolean idle() {
        if (status.isBusy()) {
            return false;
        }
        if (!available.get()) {
            status.message(MessageKind.ERROR, context.insiSearch().isEmpty()
                    ? IdentityText.INSI_NOT_CONFIGURED.text() : IdentityText.APCV_NOT_CONFIGURED.text());
            return false;
        }
        return true;
    }

    /** The local files that may be this person: same matricule (now or in INSHISTO), or same name and birth date. */
    private void findLocal(InsIdentity identity, VitaleReading reading, IdentificationMethod method) {
        status.progress(IdentityText.BUSY_LOCAL.text());
        status.run(BackgroundTask.of(IdentityText.BUSY_LOCAL.text(), () -> candidates(identity, reading))
                .onSuccess(found -> chooseLocal(identity, reading, method, found))
                .onFailure(status::failed));
    }

    private Candidates candidates(InsIdentity identity, VitaleReading reading) {
        Map<UUID, Patient> byMatricule = new LinkedHashMap<>();
        List<String> matricules = new ArrayList<>();
        matricules.add(identity.active().matricule());
        identity.history().stream().map(InsMatricule::matricule).forEach(matricules::add);
        for (String matricule : matricules) {
            registry.search(caller, matricule, CANDIDATES).stream()
                    .filter(patient -> matricule.equals(patient.matricule()))
                    .forEach(patient -> byMatricule.putIfAbsent(patient.id(), patient));
        }
        Map<UUID, Patient> all = new LinkedHashMap<>(byMatricule);
        IdentityTraits traits = identity.traits();
        String date = traits.birthDate().toFrench();
        List<String> names = new ArrayList<>();
        names.add(traits.birthName());
        if (reading.usedName() != null && !reading.usedName().isBlank()) {
            names.add(reading.usedName());
        }
        for (String name : names) {
            registry.search(caller, name + " " + date, CANDIDATES)
                    .forEach(patient -> all.putIfAbsent(patient.id(), patient));
        }
        return new Candidates(List.copyOf(byMatricule.values()), List.copyOf(all.values()));
    }

    private void chooseLocal(InsIdentity identity, VitaleReading reading, IdentificationMethod method,
                             Candidates found) {
        if (found.sameMatricule().size() == 1) {
            open(found.sameMatricule().get(0), identity, method);
            return;
        }
        status.endBusy();
        LocalPatientChoice choice = identityDialogs.chooseLocalPatient(identity, method, found.all());
        switch (choice.kind()) {
            case OPEN -> {
                status.begin(IdentityText.BUSY_OPENING.text());
                open(choice.patient(), identity, method);
            }
            case CREATE -> {
                status.begin(IdentityText.BUSY_CREATING.text());
                create(identity, reading, method);
            }
            case CANCEL -> status.message(MessageKind.INFO, IdentityText.COUNTER_NOTHING.text());
        }
    }

    /** Reads the file again (an audited opening, and the version the comparison needs), then hands over. */
    private void open(Patient candidate, InsIdentity identity, IdentificationMethod method) {
        status.progress(IdentityText.BUSY_OPENING.text());
        status.run(BackgroundTask.of(IdentityText.BUSY_OPENING.text(), () -> registry.open(caller, candidate.id()))
                .onSuccess(patient -> {
                    status.endBusy();
                    handoff.open(patient, identity, method);
                })
                .onFailure(status::failed));
    }

    /** A new file with INSi's strict traits (the reference) and the used name the card shows; provisoire until accepted. */
    private void create(InsIdentity identity, VitaleReading reading, IdentificationMethod method) {
        IdentityTraits traits = identity.traits();
        String usedName = reading.usedName() == null || reading.usedName().isBlank()
                || reading.usedName().equalsIgnoreCase(traits.birthName()) ? null : reading.usedName();
        Patient draft = Patient.draft(traits.birthName(), usedName, traits.firstNames(), traits.sex(),
                traits.birthDate(), traits.birthPlaceCode(), Contact.NONE);
        status.run(BackgroundTask.of(IdentityText.BUSY_CREATING.text(), () -> registry.create(caller, draft))
                .onSuccess(created -> {
                    status.endBusy();
                    handoff.open(created, identity, method);
                })
                .onFailure(status::failed));
    }

    private record Candidates(List<Patient> sameMatricule, List<Patient> all) {
    }

    public void setHandoff(Handoff handoff) {
        this.handoff = Objects.requireNonNull(handoff);
    }

    /** False while INSi or the ApCV is not configured (the buttons then say why). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return status.busyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return status.busyTextProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return status.messageProperty();
    }

    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return status.messageKindProperty();
    }
}

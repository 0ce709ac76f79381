package fr.galien.app.ui.identity;

import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.ErrorText;
import fr.galien.app.ui.identity.IdentityDialogs.DatamatrixInput;
import fr.galien.app.ui.common.PatientRow;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.DatamatrixIdentity;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.identity.IdentityRules;
import fr.galien.core.identity.IdentityService.VerificationRecord;
import fr.galien.core.identity.InsDatamatrix;
import fr.galien.core.identity.InsError;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.identity.InsiSearchOutcome;
import fr.galien.core.identity.Matricules;
import fr.galien.core.identity.StrictTraits;
import fr.galien.core.identity.TraitsChoice;
import fr.galien.core.identity.TraitsComparison;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity panel of a patient file (issue 4 §8): the RNIV status and what backs it, and every identity action —
 * search INSi by the file's traits, the appli carte Vitale, the Vitale card, a document check, the attributes, an INS
 * datamatrix, a correction of the strict traits, a verification of the stored INS.
 *
 * <p>The rules are the core's ({@link fr.galien.core.identity.IdentityService}, {@link InsiSearch}): this only asks,
 * shows and hands over, so a refused change is reported with its code and nothing changes. Every call runs in a
 * {@link BackgroundTask}; one action at a time, with its progress sentence, and {@link #cancel()} cancels the
 * running one (the counter is never held). Actions work on the file as saved: with unsaved edits they ask to save
 * first, since an identity change moves the version on.
 */
public final class IdentityPanelViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityPanelViewModel.class);

    private final IdentityContext context;
    private final Caller caller;
    private final DialogService dialogs;
    private final IdentityDialogs identityDialogs;
    private final Clock clock;
    private final OperationStatus operation;
    private final IdentityDetails details;
    private final VitaleReadingFlow vitale;

    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved", false);
    private final ReadOnlyObjectWrapper<IdentityStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", IdentityStatus.PROVISOIRE);
    private final ReadOnlyStringWrapper statusText =
            new ReadOnlyStringWrapper(this, "statusText", IdentityDisplay.statusText(IdentityStatus.PROVISOIRE));
    private final ObservableList<IdentityAttribute> attributes = FXCollections.observableArrayList();
    /** Kept: an unmodifiable view holds its listeners only as long as the view itself is referenced. */
    private final ObservableList<IdentityAttribute> attributesView =
            FXCollections.unmodifiableObservableList(attributes);
    private final ReadOnlyStringWrapper matricule = new ReadOnlyStringWrapper(this, "matricule", "");
    private final ReadOnlyStringWrapper nature = new ReadOnlyStringWrapper(this, "nature", "");
    private final ReadOnlyStringWrapper oid = new ReadOnlyStringWrapper(this, "oid", "");
    private final ReadOnlyBooleanWrapper keyNotVerified = new ReadOnlyBooleanWrapper(this, "keyNotVerified", false);
    private final ReadOnlyStringWrapper servicesNote = new ReadOnlyStringWrapper(this, "servicesNote", "");
    private final ReadOnlyBooleanWrapper canSearch = new ReadOnlyBooleanWrapper(this, "canSearch", false);
    private final ReadOnlyBooleanWrapper canUseVitale = new ReadOnlyBooleanWrapper(this, "canUseVitale", false);
    private final ReadOnlyBooleanWrapper canValidate = new ReadOnlyBooleanWrapper(this, "canValidate", false);
    private final ReadOnlyBooleanWrapper canCorrect = new ReadOnlyBooleanWrapper(this, "canCorrect", false);
    private final ReadOnlyBooleanWrapper canVerify = new ReadOnlyBooleanWrapper(this, "canVerify", false);
    private final ReadOnlyBooleanWrapper canDatamatrix = new ReadOnlyBooleanWrapper(this, "canDatamatrix", false);
    private final ReadOnlyBooleanWrapper canEditAttributes =
            new ReadOnlyBooleanWrapper(this, "canEditAttributes", false);
    private final ReadOnlyBooleanWrapper acquireShown = new ReadOnlyBooleanWrapper(this, "acquireShown", true);
    private final ReadOnlyBooleanWrapper documentShown = new ReadOnlyBooleanWrapper(this, "documentShown", true);

    private DatamatrixImages images = new DatamatrixImageDecoder();
    private BooleanSupplier unsavedEdits = () -> false;
    private Consumer<Patient> onChanged = patient -> { };
    /** The file as saved; null while a new patient is being typed. */
    private Patient patient;

    public IdentityPanelViewModel(IdentityContext context, Caller caller, TaskExecutor tasks, DialogService dialogs,
                                  IdentityDialogs identityDialogs, Delay delay, Clock clock) {
        this.context = Objects.requireNonNull(context);
        this.caller = Objects.requireNonNull(caller);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.identityDialogs = Objects.requireNonNull(identityDialogs);
        this.clock = Objects.requireNonNull(clock);
        this.operation = new OperationStatus(this, tasks, dialogs, LOG, "Identity action refused or failed",
                IdentityText.UNCHANGED.text(), this::refreshActions);
        this.details = new IdentityDetails(this, context, caller, tasks, clock, operation);
        this.vitale = VitaleReadingFlow.of(context, caller, delay, operation).orElse(null);
        servicesNote.set(servicesNote(context));
    }

    // --- what is shown ----------------------------------------------------------------------------------------------

    /** A file being created: nothing to act on until it is saved. */
    public void clear() {
        forgetRunning();
        patient = null;
        saved.set(false);
        showIdentity(null);
        operation.clearMessage();
        refreshActions();
    }

    /** Shows the saved {@code shown} and reads how its identity was obtained and its history. */
    public void show(Patient shown) {
        Objects.requireNonNull(shown, "shown");
        boolean sameVersion = patient != null && patient.id().equals(shown.id())
                && patient.version() == shown.version();
        display(shown, !sameVersion);
    }

    /** @param reload read the summary and history again (a verification may change them, not the version) */
    private void display(Patient shown, boolean reload) {
        boolean sameFile = patient != null && patient.id().equals(shown.id());
        if (!sameFile) {
            forgetRunning();
            operation.clearMessage();
        }
        patient = shown;
        saved.set(true);
        showIdentity(shown);
        refreshActions();
        if (reload) {
            details.load(shown);
        }
    }

    private void showIdentity(Patient shown) {
        IdentityStatus current = shown == null ? IdentityStatus.PROVISOIRE : shown.identityStatus();
        status.set(current);
        statusText.set(IdentityDisplay.statusText(current));
        attributes.setAll(shown == null ? List.of() : sorted(shown.attributes()));
        String stored = shown == null ? null : shown.matricule();
        matricule.set(stored == null ? "" : IdentityDisplay.groupedMatricule(stored));
        oid.set(stored == null || shown.oid() == null ? "" : IdentityText.OID.text(shown.oid()));
        nature.set(stored == null ? "" : IdentityDisplay.nature(shown.oid()));
        keyNotVerified.set(stored != null && !Matricules.keyVerifies(stored));
        if (shown == null) {
            details.clear();
        }
    }

    // --- search INSi by the file's traits ---------------------------------------------------------------------------

    /** "Rechercher l'INS": the file's strict traits, the core's call strategy (one call per first name…). */
    public void searchIns() {
        Optional<InsiSearch> insi = startable(canSearch);
        if (insi.isEmpty()) {
            return;
        }
        Patient target = patient;
        operation.begin(IdentityText.BUSY_INSI.text());
        operation.run(BackgroundTask.of(IdentityText.BUSY_INSI.text(),
                        () -> insi.get().searchForPatient(caller, target))
                .onSuccess(outcome -> {
                    traitsOutcome(target, StrictTraits.of(target), outcome, IdentificationMethod.INSI_TRAITS,
                            "");
                })
                .onFailure(operation::failed));
    }

    /**
     * What a traits search found. CR 02 without a birth place asks for it and searches again (specs §2.1); CR 01 and
     * CR 02 never pick anyone and change nothing.
     */
    private void traitsOutcome(Patient target, IdentityTraits searched, InsiSearchOutcome outcome,
                               IdentificationMethod how, String note) {
        switch (outcome.result()) {
            case FOUND -> propose(target, outcome.identity().orElseThrow(), how, note);
            case NOT_FOUND, SEVERAL -> operation.finish(MessageKind.INFO, outcome.message());
            case SEVERAL_ADD_BIRTH_PLACE -> {
                operation.finish(MessageKind.INFO, outcome.message());
                identityDialogs.askBirthPlace(PatientRow.summary(target))
                        .map(String::strip)
                        .filter(place -> !place.isEmpty())
                        .ifPresent(place -> searchWithBirthPlace(target, searched, place, how, note));
            }
        }
    }

    /**
     * The birth place read on an identity document after a CR 02: it completes the file first (it was missing, and
     * it is a strict trait), so the comparison with INSi's answer sees the same place on both sides instead of
     * « différent ». Only a file without birth place is completed; the traits searched carry the place either way.
     */
    private void searchWithBirthPlace(Patient target, IdentityTraits searched, String place,
                                      IdentificationMethod how, String note) {
        InsiSearch insi = context.insiSearch().orElseThrow();
        String code = place.strip().toUpperCase(java.util.Locale.ROOT);
        IdentityTraits withPlace = new IdentityTraits(searched.birthName(), searched.firstNames(), searched.sex(),
                searched.birthDate(), code);
        boolean completeFile = target.birthPlaceCode() == null || target.birthPlaceCode().isBlank();
        operation.begin(IdentityText.BUSY_INSI.text());
        operation.run(BackgroundTask.of(IdentityText.BUSY_INSI.text(), () -> {
                    Patient searchedFile = target;
                    if (completeFile) {
                        IdentityTraits local = StrictTraits.of(target);
                        searchedFile = context.identities().correctStrictTraits(caller, target.id(), target.version(),
                                new IdentityTraits(local.birthName(), local.firstNames(), local.sex(),
                                        local.birthDate(), code));
                    }
                    return new CompletedSearch(searchedFile, insi.searchByTraits(caller, searchedFile, withPlace));
                })
                .onSuccess(done -> {
                    if (done.file() != target) {
                        display(done.file(), true);
                        onChanged.accept(done.file()); // the form shows the birth place and the new version
                    }
                    traitsOutcome(done.file(), withPlace, done.outcome(), how, note);
                })
                .onFailure(operation::failed));
    }

    private record CompletedSearch(Patient file, InsiSearchOutcome outcome) {
    }

    // --- appli carte Vitale and Vitale card -------------------------------------------------------------------------

    /** "Appli carte Vitale…": scan the patient's QR code, wait for the approval, then INSi "with Vitale". */
    public void readApCv() {
        if (startable(canUseVitale).isEmpty()) {
            return;
        }
        Optional<String> code = identityDialogs.askApCvCode(context.sandboxCodes(), context.sandboxCodesPage())
                .map(String::strip)
                .filter(text -> !text.isEmpty());
        if (code.isEmpty()) {
            return;
        }
        Patient target = patient;
        operation.begin(IdentityText.BUSY_APCV_SENDING.text());
        vitale.apCv(code.get(), target, (identity, reading, how) -> propose(target, identity, how, ""));
    }

    /** "Lire la carte Vitale": the card in the reader, then INSi "with Vitale". */
    public void readCard() {
        if (startable(canUseVitale).isEmpty()) {
            return;
        }
        Patient target = patient;
        operation.begin(IdentityText.BUSY_CARD.text());
        vitale.card(target, (identity, reading, how) -> propose(target, identity, how, ""));
    }

    // --- the side-by-side comparison --------------------------------------------------------------------------------

    /**
     * At the counter the patient was found (or created) from an identity INSi already returned: compare it with this
     * file now. A qualified file is not compared again: the user verifies its INS instead.
     */
    public void proposeFound(Patient target, InsIdentity identity, IdentificationMethod how) {
        show(target);
        if (target.identityStatus() == IdentityStatus.QUALIFIEE) {
            boolean same = identity.active().matricule().equals(target.matricule());
            operation.message(same ? MessageKind.INFO : MessageKind.ERROR, same
                    ? IdentityText.ALREADY_QUALIFIED_SAME.text()
                    : IdentityText.ALREADY_QUALIFIED_OTHER.text());
            return;
        }
        propose(target, identity, how, "");
    }

    private void propose(Patient target, InsIdentity identity, IdentificationMethod how, String extraNote) {
        operation.endBusy();
        IdentityProposal proposal = new IdentityProposal(PatientRow.summary(target),
                TraitsComparison.of(target, identity.traits()), identity, how, note(how, extraNote));
        ProposalDecision decision = identityDialogs.compare(proposal);
        switch (decision) {
            case ACCEPT -> {
                if (proposal.allEqual()) {
                    accept(target, identity, how, TraitsChoice.IDENTICAL_ONLY);
                } else {
                    operation.message(MessageKind.ERROR, ErrorText.of(new SegurException(InsError.INS_0020)));
                }
            }
            case REPLACE_WITH_INSI -> accept(target, identity, how, TraitsChoice.REPLACE_WITH_INSI);
            case NOTHING -> operation.message(MessageKind.INFO,
                    IdentityText.NOTHING_CHANGED.text(IdentityRules.statusWord(target.identityStatus())));
        }
    }

    private static String note(IdentificationMethod how, String extraNote) {
        String pathNote = switch (how) {
            case APCV -> IdentityText.NOTE_APCV.text();
            case CARTE_VITALE -> IdentityText.NOTE_CARD.text();
            case DATAMATRIX_INS -> IdentityText.NOTE_DATAMATRIX.text();
            default -> "";
        };
        return String.join(" ", List.of(pathNote, extraNote).stream().filter(text -> !text.isEmpty()).toList());
    }

    private void accept(Patient target, InsIdentity identity, IdentificationMethod how, TraitsChoice choice) {
        operation.begin(IdentityText.BUSY_SAVING.text());
        operation.run(BackgroundTask.of(IdentityText.BUSY_SAVING.text(), () -> context.identities()
                        .acceptInsi(caller, target.id(), target.version(), identity, how, choice))
                .onSuccess(updated -> {
                    changed(updated, acceptedMessage(updated, how));
                })
                .onFailure(operation::failed));
    }

    private static String acceptedMessage(Patient updated, IdentificationMethod how) {
        String text;
        if (updated.identityStatus() == IdentityStatus.QUALIFIEE) {
            text = how == IdentificationMethod.APCV ? IdentityText.QUALIFIED_BY_APCV.text()
                    : IdentityText.QUALIFIED.text();
        } else {
            text = IdentityText.RECOVERED.text();
        }
        if (updated.matricule() != null && !Matricules.keyVerifies(updated.matricule())) {
            text += " " + IdentityText.KEY_NOT_VERIFIED_NOTE.text();
        }
        return text;
    }

    // --- document check ----------------------------------------------------------------------------------------------

    /**
     * "Vérifier une pièce d'identité…": passport, identity card, residence permit, and for a minor the family record
     * book with a parent's document (RNIV). PROV → VALI, RECUP → QUAL.
     */
    public void validateDocument() {
        if (!startableLocally(canValidate)) {
            return;
        }
        Patient target = patient;
        Optional<IdentityDocument> document = identityDialogs.chooseDocument(PatientRow.summary(target),
                offeredDocuments(target));
        if (document.isEmpty()) {
            return;
        }
        operation.begin(IdentityText.BUSY_SAVING.text());
        operation.run(BackgroundTask.of(IdentityText.BUSY_SAVING.text(), () -> context.identities()
                        .validateDocument(caller, target.id(), target.version(), document.get()))
                .onSuccess(updated -> {
                    changed(updated, updated.identityStatus() == IdentityStatus.QUALIFIEE
                            ? IdentityText.QUALIFIED.text() : IdentityText.VALIDATED.text());
                })
                .onFailure(operation::failed));
    }

    /** The documents to offer: the livret de famille only for a minor (the core refuses it otherwise: INS-0024). */
    public List<IdentityDocument> offeredDocuments(Patient target) {
        List<IdentityDocument> offered = new ArrayList<>(List.of(IdentityDocument.CARTE_IDENTITE,
                IdentityDocument.PASSEPORT, IdentityDocument.TITRE_SEJOUR));
        if (target.birthDate() != null && IdentityRules.isMinor(target.birthDate(), LocalDate.now(clock))) {
            offered.add(IdentityDocument.LIVRET_FAMILLE);
        }
        return List.copyOf(offered);
    }

    // --- attributes --------------------------------------------------------------------------------------------------

    /**
     * Sets or removes one attribute. Only douteuse and homonyme combine; douteuse or fictive make the identity
     * provisional and remove its INS, so that is confirmed first.
     */
    public void setAttribute(IdentityAttribute attribute, boolean on) {
        if (!startableLocally(canEditAttributes)) {
            return;
        }
        Patient target = patient;
        Set<IdentityAttribute> wanted = target.attributes().isEmpty()
                ? EnumSet.noneOf(IdentityAttribute.class) : EnumSet.copyOf(target.attributes());
        if (on) {
            wanted.add(attribute);
        } else {
            wanted.remove(attribute);
        }
        if (wanted.equals(target.attributes())) {
            return;
        }
        if (!IdentityRules.attributesAllowed(wanted)) {
            operation.message(MessageKind.ERROR, ErrorText.of(new SegurException(InsError.INS_0026)));
            return;
        }
        boolean losesIdentity = on && attribute != IdentityAttribute.HOMONYME
                && target.identityStatus() != IdentityStatus.PROVISOIRE;
        if (losesIdentity && !dialogs.confirm(IdentityText.ATTRIBUTE_CONFIRM_TITLE.text(),
                IdentityText.ATTRIBUTE_CONFIRM.text(attribute.label(),
                        IdentityRules.statusWord(target.identityStatus())),
                IdentityText.ATTRIBUTE_CONFIRM_BUTTON.text())) {
            return;
        }
        operation.begin(IdentityText.BUSY_SAVING.text());
        operation.run(BackgroundTask.of(IdentityText.BUSY_SAVING.text(), () -> context.identities()
                        .setAttributes(caller, target.id(), target.version(), wanted))
                .onSuccess(updated -> {
                    changed(updated, attributesMessage(updated));
                })
                .onFailure(operation::failed));
    }

    private static String attributesMessage(Patient updated) {
        return IdentityRules.blocking(updated.attributes())
                .map(blocking -> IdentityText.ATTRIBUTES_BLOCKING.text(blocking.label()))
                .orElse(IdentityText.ATTRIBUTES_SAVED.text());
    }

    // --- correction of the strict traits -----------------------------------------------------------------------------

    /** "Corriger l'identité…" (REM 27): new strict traits; the INS is removed (RECUP → PROV, QUAL → VALI). */
    public void correctIdentity() {
        if (!startableLocally(canCorrect)) {
            return;
        }
        Patient target = patient;
        Optional<IdentityTraits> corrected = identityDialogs.correctTraits(PatientRow.summary(target),
                StrictTraits.of(target));
        if (corrected.isEmpty()) {
            return;
        }
        operation.begin(IdentityText.BUSY_SAVING.text());
        operation.run(BackgroundTask.of(IdentityText.BUSY_SAVING.text(), () -> context.identities()
                        .correctStrictTraits(caller, target.id(), target.version(), corrected.get()))
                .onSuccess(updated -> {
                    changed(updated, IdentityText.CORRECTED.text(
                            IdentityRules.statusWord(updated.identityStatus())));
                })
                .onFailure(operation::failed));
    }

    // --- verification of the stored INS ------------------------------------------------------------------------------

    /**
     * "Vérifier l'INS": INSi is asked again with the file's traits and its answer compared with the stored INS
     * (REM 49); anything but a confirmation removes the INS, so it is confirmed first.
     */
    public void verifyIns() {
        Optional<InsiSearch> insi = startable(canVerify);
        if (insi.isEmpty()) {
            return;
        }
        Patient target = patient;
        if (!dialogs.confirm(IdentityText.VERIFY_CONFIRM_TITLE.text(), IdentityText.VERIFY_CONFIRM.text(),
                IdentityText.VERIFY_CONFIRM_BUTTON.text())) {
            return;
        }
        operation.begin(IdentityText.BUSY_INSI.text());
        operation.run(BackgroundTask.of(IdentityText.BUSY_INSI.text(), () -> {
                    InsiSearchOutcome outcome = insi.get().searchForPatient(caller, target);
                    return context.identities().recordVerification(caller, target.id(), target.version(),
                            asAnswer(outcome));
                })
                .onSuccess(record -> {
                    verified(record);
                })
                .onFailure(operation::failed));
    }

    private void verified(VerificationRecord record) {
        if (record.verification().confirmed()) {
            changed(record.patient(), IdentityText.VERIFIED_OK.text(), MessageKind.SUCCESS);
        } else {
            changed(record.patient(), IdentityText.VERIFIED_KO.text(record.verification().outcome().label(),
                    IdentityRules.statusWord(record.patient().identityStatus())), MessageKind.ERROR);
        }
    }

    /** The search's decisive answer as the one INSi answer a verification compares with. */
    static InsiResult asAnswer(InsiSearchOutcome outcome) {
        CodeCr cr = outcome.decisiveCr();
        return new InsiResult(cr, cr.code(), outcome.identity());
    }

    // --- INS datamatrix ------------------------------------------------------------------------------------------------

    /**
     * "Scanner un datamatrix INS…": the scanner's text or an image file; the identity it carries is shown beside the
     * file's, and may be checked with INSi — it never changes the status by itself (issue 4 §6).
     */
    public void scanDatamatrix() {
        if (!startableLocally(canDatamatrix)) {
            return;
        }
        Optional<DatamatrixInput> input = identityDialogs.askDatamatrix();
        if (input.isEmpty()) {
            return;
        }
        Patient target = patient;
        DatamatrixImages decoder = images;
        operation.begin(IdentityText.BUSY_DATAMATRIX.text());
        operation.run(BackgroundTask.of(IdentityText.BUSY_DATAMATRIX.text(), () -> InsDatamatrix.parse(
                        input.get().text() != null ? input.get().text() : decoder.decode(input.get().image())))
                .onSuccess(scanned -> {
                    datamatrixRead(target, scanned);
                })
                .onFailure(operation::failed));
    }

    private void datamatrixRead(Patient target, DatamatrixIdentity scanned) {
        operation.finish(MessageKind.INFO, IdentityText.DATAMATRIX_READ.text());
        boolean search = identityDialogs.proposeDatamatrix(new DatamatrixProposal(PatientRow.summary(target),
                scanned, TraitsComparison.of(target, scanned.traits())));
        if (!search) {
            return;
        }
        Optional<InsiSearch> insi = context.insiSearch();
        if (insi.isEmpty()) {
            operation.message(MessageKind.ERROR, IdentityText.INSI_NOT_CONFIGURED.text());
            return;
        }
        operation.begin(IdentityText.BUSY_INSI.text());
        operation.run(BackgroundTask.of(IdentityText.BUSY_INSI.text(),
                        () -> insi.get().searchByTraits(caller, target, scanned.traits()))
                .onSuccess(outcome -> {
                    String note = outcome.identity()
                            .filter(found -> !found.active().matricule().equals(scanned.matricule()))
                            .map(found -> IdentityText.DATAMATRIX_OTHER_MATRICULE.text())
                            .orElse("");
                    traitsOutcome(target, scanned.traits(), outcome, IdentificationMethod.DATAMATRIX_INS, note);
                })
                .onFailure(operation::failed));
    }

    // --- running one action at a time --------------------------------------------------------------------------------

    /** Stops waiting for the running action: it is cancelled, its answer dropped, and nothing changes on screen. */
    public void cancel() {
        if (!operation.isBusy()) {
            return;
        }
        forgetRunning();
        operation.message(MessageKind.INFO, IdentityText.CANCELLED.text());
    }

    private void forgetRunning() {
        operation.forget();
        if (vitale != null) {
            vitale.cancel();
        }
        operation.endBusy();
    }

    /** The INSi search when the action may start now; else tells why (unsaved edits) and returns empty. */
    private Optional<InsiSearch> startable(ReadOnlyBooleanWrapper allowed) {
        if (!startableLocally(allowed)) {
            return Optional.empty();
        }
        Optional<InsiSearch> insi = context.insiSearch();
        if (insi.isEmpty()) {
            operation.message(MessageKind.ERROR, IdentityText.INSI_NOT_CONFIGURED.text());
        }
        return insi;
    }

    private boolean startableLocally(ReadOnlyBooleanWrapper allowed) {
        if (patient == null || operation.isBusy() || !allowed.get()) {
            return false;
        }
        if (unsavedEdits.getAsBoolean()) {
            operation.message(MessageKind.ERROR, IdentityText.SAVE_FIRST.text());
            return false;
        }
        return true;
    }

    private void changed(Patient updated, String text) {
        changed(updated, text, MessageKind.SUCCESS);
    }

    private void changed(Patient updated, String text, MessageKind kind) {
        operation.endBusy();
        display(updated, true);
        onChanged.accept(updated);
        operation.message(kind, text);
    }

    private void refreshActions() {
        Patient current = patient;
        boolean idle = current != null && !operation.isBusy() && !current.archived();
        IdentityStatus now = current == null ? IdentityStatus.PROVISOIRE : current.identityStatus();
        boolean blocked = current != null && IdentityRules.blocking(current.attributes()).isPresent();
        boolean insi = context.insiSearch().isPresent();
        boolean notQualified = now != IdentityStatus.QUALIFIEE;
        canSearch.set(idle && insi && !blocked && notQualified);
        canUseVitale.set(idle && insi && vitale != null && !blocked && notQualified);
        canValidate.set(idle && !blocked
                && (now == IdentityStatus.PROVISOIRE || now == IdentityStatus.RECUPEREE));
        canCorrect.set(idle && IdentityRules.strictTraitsComeFromInsi(now));
        canVerify.set(idle && insi && !blocked && current.matricule() != null);
        canDatamatrix.set(idle && !blocked && notQualified);
        canEditAttributes.set(idle);
        // What the status makes pointless is hidden, not just greyed: a qualified identity is verified, not
        // searched again; a validated one has had its document checked.
        acquireShown.set(notQualified);
        documentShown.set(now == IdentityStatus.PROVISOIRE || now == IdentityStatus.RECUPEREE);
    }

    private static String servicesNote(IdentityContext context) {
        if (context.insiSearch().isEmpty()) {
            return IdentityText.INSI_NOT_CONFIGURED.text();
        }
        if (context.apCv().isEmpty()) {
            return IdentityText.APCV_NOT_CONFIGURED.text();
        }
        return "";
    }

    private static List<IdentityAttribute> sorted(Set<IdentityAttribute> set) {
        return set.stream().sorted().toList();
    }

    // --- wiring --------------------------------------------------------------------------------------------------------

    /** The form says whether it holds unsaved edits (identity actions work on the saved file). */
    public void setUnsavedEdits(BooleanSupplier unsavedEdits) {
        this.unsavedEdits = Objects.requireNonNull(unsavedEdits);
    }

    /** Called with the patient after each identity change, so the form shows the new traits and version. */
    public void setOnChanged(Consumer<Patient> onChanged) {
        this.onChanged = Objects.requireNonNull(onChanged);
    }

    /** Another image decoder (tests). */
    public void setImages(DatamatrixImages images) {
        this.images = Objects.requireNonNull(images);
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IdentityStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ObservableList<IdentityAttribute> attributes() {
        return attributesView;
    }

    public ReadOnlyStringProperty matriculeProperty() {
        return matricule.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty natureProperty() {
        return nature.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty oidProperty() {
        return oid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty keyNotVerifiedProperty() {
        return keyNotVerified.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty methodProperty() {
        return details.methodProperty();
    }

    public ReadOnlyStringProperty validationProperty() {
        return details.validationProperty();
    }

    public ReadOnlyStringProperty lastVerificationProperty() {
        return details.lastVerificationProperty();
    }

    public ObservableList<IdentityDisplay.HistoryRow> history() {
        return details.history();
    }

    public ReadOnlyStringProperty messageProperty() {
        return operation.messageProperty();
    }

    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return operation.messageKindProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return operation.busyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return operation.busyTextProperty();
    }

    /** "Téléservice INSi non configuré…" when a service is missing; empty when all are there. */
    public ReadOnlyStringProperty servicesNoteProperty() {
        return servicesNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSearchProperty() {
        return canSearch.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUseVitaleProperty() {
        return canUseVitale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canValidateProperty() {
        return canValidate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCorrectProperty() {
        return canCorrect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canVerifyProperty() {
        return canVerify.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDatamatrixProperty() {
        return canDatamatrix.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEditAttributesProperty() {
        return canEditAttributes.getReadOnlyProperty();
    }

    /** False for a qualified identity: searching INSi, the ApCV, the card and the datamatrix no longer apply. */
    public ReadOnlyBooleanProperty acquireShownProperty() {
        return acquireShown.getReadOnlyProperty();
    }

    /** True while a document check can still change the status (provisoire, récupérée). */
    public ReadOnlyBooleanProperty documentShownProperty() {
        return documentShown.getReadOnlyProperty();
    }

    /** The patient shown, as saved; empty while a new file is being typed. */
    public Optional<Patient> patient() {
        return Optional.ofNullable(patient);
    }
}

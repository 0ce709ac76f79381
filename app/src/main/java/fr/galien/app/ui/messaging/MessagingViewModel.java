package fr.galien.app.ui.messaging;

import fr.galien.app.ui.common.DialogService;
import fr.galien.core.error.SegurException;
import fr.galien.core.mssante.Draft;
import fr.galien.core.mssante.MailFiling;
import fr.galien.core.mssante.ReceivedMail;
import fr.galien.core.mssante.SecureMail;
import fr.galien.core.port.MssantePort;
import fr.galien.core.security.Caller;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The « Messagerie » area: the user's mailboxes, folders with unread counts, messages (unread first marked), the
 * reading pane (plain text only — an HTML mail is shown as sanitised text, nothing is rendered, no remote image),
 * compose with Annuaire Santé search and the patient, the sent mail with its receipts, the worklist of received
 * documents, and the badge (unread · to file). Every call runs in a {@link BackgroundTask}; the core checks
 * permissions and audits.
 */
public final class MessagingViewModel {

    /** A message of the list. */
    public record MessageRow(long uid, String folder, String from, String subject, String date, boolean seen) {
        public String state() {
            return seen ? MessagingText.READ.text() : MessagingText.UNREAD.text();
        }
    }

    /** A mail sent from here with its receipts state in French. */
    public record SentRow(String subject, String to, String date, String state) {
    }

    /** A received document waiting for a patient. */
    public record WorkRow(UUID id, String title, String identity, String candidate, int score) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessagingContext context;
    private final Caller caller;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ZoneId zone;

    private final ObservableList<String> mailboxes = FXCollections.observableArrayList();
    private final ObjectProperty<String> mailbox = new SimpleObjectProperty<>(this, "mailbox");
    private final ObservableList<String> folders = FXCollections.observableArrayList();
    private final ObjectProperty<String> folder = new SimpleObjectProperty<>(this, "folder", "INBOX");
    private final ObservableList<MessageRow> messages = FXCollections.observableArrayList();
    private final ObjectProperty<MessageRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper(this, "reading", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper(this, "badge", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final StringProperty patientId = new SimpleStringProperty(this, "patientId", "");
    private final BooleanProperty toPatient = new SimpleBooleanProperty(this, "toPatient");
    private final BooleanProperty noReply = new SimpleBooleanProperty(this, "noReply");
    private final StringProperty annuaireQuery = new SimpleStringProperty(this, "annuaireQuery", "");
    private final ObservableList<MssantePort.DirectoryEntry> annuaire = FXCollections.observableArrayList();
    private final ObservableList<SentRow> sent = FXCollections.observableArrayList();
    private final ObservableList<WorkRow> worklist = FXCollections.observableArrayList();
    private final ObjectProperty<WorkRow> selectedWork = new SimpleObjectProperty<>(this, "selectedWork");
    private final StringProperty filePatientId = new SimpleStringProperty(this, "filePatientId", "");
    private int unread;
    private long pending;

    public MessagingViewModel(MessagingContext context, Caller caller, TaskExecutor tasks, DialogService dialogs,
                              ZoneId zone) {
        this.context = Objects.requireNonNull(context);
        this.caller = Objects.requireNonNull(caller);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.zone = Objects.requireNonNull(zone);
        mailbox.addListener((obs, before, now) -> loadMessages());
        folder.addListener((obs, before, now) -> loadMessages());
        selected.addListener((obs, before, now) -> open(now));
        selectedWork.addListener((obs, before, now) -> filePatientId.set(now == null || now.candidate() == null
                ? "" : now.candidate()));
    }

    /** Mailboxes, sent mail and the worklist (when the area is shown). */
    public void refresh() {
        status.set(MessagingText.LOADING.text());
        tasks.execute(BackgroundTask.of(MessagingText.LOADING.text(), () -> {
            List<String> boxes = context.mailboxes().mailboxes(caller).stream()
                    .map(MssantePort.Mailbox::address).toList();
            List<SecureMail.Sent> recent = context.secureMail().recent(caller, 200);
            List<MailFiling.WorkItem> items = context.filing().pending(caller, 500);
            return new Object[] {boxes, recent, items};
        }).onSuccess(loaded -> {
            @SuppressWarnings("unchecked")
            List<String> boxes = (List<String>) loaded[0];
            @SuppressWarnings("unchecked")
            List<SecureMail.Sent> recent = (List<SecureMail.Sent>) loaded[1];
            @SuppressWarnings("unchecked")
            List<MailFiling.WorkItem> items = (List<MailFiling.WorkItem>) loaded[2];
            mailboxes.setAll(boxes);
            sent.setAll(recent.stream().map(this::sentRow).toList());
            worklist.setAll(items.stream().map(MessagingViewModel::workRow).toList());
            pending = items.size();
            status.set(boxes.isEmpty() ? MessagingText.NOT_AVAILABLE.text() : "");
            if (mailbox.get() == null && !boxes.isEmpty()) {
                mailbox.set(boxes.get(0));
            } else {
                loadMessages();
            }
            updateBadge();
        }).onFailure(this::failed));
    }

    private void loadMessages() {
        String box = mailbox.get();
        if (box == null) {
            return;
        }
        String current = folder.get() == null ? "INBOX" : folder.get();
        tasks.execute(BackgroundTask.of(MessagingText.LOADING.text(), () -> {
            return new Object[] {context.mailboxes().folders(caller, box),
                    context.mailboxes().messages(caller, box, current, null, 200)};
        }).onSuccess(loaded -> {
            @SuppressWarnings("unchecked")
            List<MssantePort.Folder> list = (List<MssantePort.Folder>) loaded[0];
            @SuppressWarnings("unchecked")
            List<MssantePort.MessageSummary> summaries = (List<MssantePort.MessageSummary>) loaded[1];
            List<String> names = list.stream().map(MssantePort.Folder::name).toList();
            if (!names.equals(new ArrayList<>(folders))) {
                folders.setAll(names);
            }
            unread = list.stream().filter(f -> f.name().equals("INBOX")).mapToInt(MssantePort.Folder::unread).sum();
            messages.setAll(summaries.stream().map(this::row).toList());
            updateBadge();
        }).onFailure(this::failed));
    }

    private MessageRow row(MssantePort.MessageSummary summary) {
        String subjectText = summary.subject() == null ? "" : summary.subject().startsWith("XDM/1.0/DDM+")
                ? summary.subject().substring(12) : summary.subject();
        return new MessageRow(summary.uid(), summary.folder(), summary.from() == null ? "" : summary.from(),
                subjectText, summary.date() == null ? "" : DATE.format(summary.date().atZone(zone)), summary.seen());
    }

    private void open(MessageRow row) {
        if (row == null) {
            reading.set(MessagingText.NO_MESSAGE.text());
            return;
        }
        String box = mailbox.get();
        tasks.execute(BackgroundTask.of(MessagingText.LOADING.text(),
                () -> context.mailboxes().open(caller, box, row.folder(), row.uid()))
                .onSuccess(opened -> {
                    reading.set(readingText(opened));
                    if (!row.seen()) {
                        loadMessages();
                    }
                }).onFailure(this::failed));
    }

    /** The reading pane: sender (the patient's name and INS for Mon espace santé), subject, text, attachments. */
    static String readingText(MailFiling.Opened opened) {
        ReceivedMail mail = opened.mail();
        StringBuilder text = new StringBuilder();
        String sender = mail.fromName() != null ? mail.fromName() + " <" + mail.from() + ">" : String.valueOf(mail.from());
        text.append(MessagingText.COLUMN_FROM.text()).append(" : ").append(sender).append('\n');
        opened.sender().ifPresent(p -> text.append(MessagingText.FROM_PATIENT.text(p.displayName(), p.matricule()))
                .append('\n'));
        text.append(MessagingText.COLUMN_SUBJECT.text()).append(" : ").append(mail.displaySubject()).append("\n\n");
        text.append(mail.text()).append('\n');
        if (!mail.attachments().isEmpty()) {
            text.append('\n').append(MessagingText.ATTACHMENTS.text(String.join(", ", mail.attachments().stream()
                    .map(ReceivedMail.Part::fileName).toList())));
        }
        return text.toString();
    }

    /** Pulls new mail of the current mailbox and files the documents it carries. */
    public void fetch() {
        String box = mailbox.get();
        if (box == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(MessagingText.LOADING.text(),
                () -> context.mailboxes().fetch(caller, box, 500)).onSuccess(received -> {
                    int filed = received.stream().mapToInt(MailFiling.Received::filed).sum();
                    int toFile = received.stream().mapToInt(MailFiling.Received::pending).sum();
                    status.set(MessagingText.FETCHED.text(received.size(), filed, toFile));
                    refresh();
                }).onFailure(this::failed));
    }

    /** Checks and queues the mail being composed (the outbox sends it, once). */
    public void send() {
        String box = mailbox.get();
        if (box == null) {
            return;
        }
        List<String> recipients = Arrays.stream(to.get().split("[,;\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        Optional<UUID> patient = patientId.get().isBlank() ? Optional.empty() : Optional.of(parse(patientId.get()));
        Draft draft = new Draft(box, caller.displayName(), recipients, patient, toPatient.get(), subject.get(),
                body.get(), List.of(), List.of(), noReply.get(), true, null);
        List<String> own = new ArrayList<>(mailboxes);
        tasks.execute(BackgroundTask.of(MessagingText.SEND.text(),
                () -> context.secureMail().compose(caller, draft, own)).onSuccess(queued -> {
                    status.set(MessagingText.QUEUED.text(queued.messageId()));
                    to.set("");
                    subject.set("");
                    body.set("");
                    toPatient.set(false);
                    refresh();
                }).onFailure(this::failed));
    }

    /** « Écrire au patient » from the patient file: the compose tab prefilled for that patient. */
    public void writeToPatient(UUID patient) {
        patientId.set(patient.toString());
        toPatient.set(true);
    }

    public void searchAnnuaire() {
        String query = annuaireQuery.get();
        tasks.execute(BackgroundTask.of(MessagingText.ANNUAIRE.text(), () -> context.mailboxes().searchDirectory(caller, query, 20))
                .onSuccess(annuaire::setAll).onFailure(this::failed));
    }

    public void addRecipient(MssantePort.DirectoryEntry entry) {
        if (entry != null) {
            to.set(to.get().isBlank() ? entry.address() : to.get() + ", " + entry.address());
        }
    }

    public void confirmSelected() {
        WorkRow row = selectedWork.get();
        if (row == null || filePatientId.get().isBlank()) {
            return;
        }
        UUID patient = parse(filePatientId.get());
        tasks.execute(BackgroundTask.of(MessagingText.CONFIRM.text(),
                () -> context.filing().confirm(caller, row.id(), patient)).onSuccess(filed -> {
                    status.set(MessagingText.FILED.text());
                    refresh();
                }).onFailure(this::failed));
    }

    public void rejectSelected() {
        WorkRow row = selectedWork.get();
        if (row == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(MessagingText.REJECT.text(), () -> {
            context.filing().reject(caller, row.id());
            return row;
        }).onSuccess(done -> {
            status.set(MessagingText.REJECTED.text());
            refresh();
        }).onFailure(this::failed));
    }

    private static UUID parse(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new SegurException(fr.galien.core.mssante.MssError.MSS_0014, text.strip());
        }
    }

    private SentRow sentRow(SecureMail.Sent mail) {
        MessagingText state = switch (mail.delivery()) {
            case "sent" -> MessagingText.DELIVERY_SENT;
            case "delivered" -> MessagingText.DELIVERY_DELIVERED;
            case "read" -> MessagingText.DELIVERY_READ;
            case "failed" -> MessagingText.DELIVERY_FAILED;
            default -> MessagingText.DELIVERY_QUEUED;
        };
        String subjectText = mail.subject().startsWith("XDM/1.0/DDM+") ? mail.subject().substring(12) : mail.subject();
        return new SentRow(subjectText, String.join(", ", mail.recipients()),
                DATE.format(mail.createdAt().atZone(zone)), state.text());
    }

    private static WorkRow workRow(MailFiling.WorkItem item) {
        String identity = String.join(" ", nonNull(item.birthName()), nonNull(item.firstNames()),
                nonNull(item.birthDate()), item.insMatricule() == null ? "" : "INS " + item.insMatricule()).strip();
        return new WorkRow(item.id(), item.title(), identity,
                item.candidatePatientId().map(UUID::toString).orElse(null), item.score());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private void updateBadge() {
        badge.set(MessagingText.BADGE.text(unread, pending));
    }

    private void failed(Throwable error) {
        status.set("");
        dialogs.showError(error);
    }

    public ObservableList<String> mailboxes() {
        return mailboxes;
    }

    public ObjectProperty<String> mailboxProperty() {
        return mailbox;
    }

    public ObservableList<String> folders() {
        return folders;
    }

    public ObjectProperty<String> folderProperty() {
        return folder;
    }

    public ObservableList<MessageRow> messages() {
        return messages;
    }

    public ObjectProperty<MessageRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty patientIdProperty() {
        return patientId;
    }

    public BooleanProperty toPatientProperty() {
        return toPatient;
    }

    public BooleanProperty noReplyProperty() {
        return noReply;
    }

    public StringProperty annuaireQueryProperty() {
        return annuaireQuery;
    }

    public ObservableList<MssantePort.DirectoryEntry> annuaire() {
        return annuaire;
    }

    public ObservableList<SentRow> sent() {
        return sent;
    }

    public ObservableList<WorkRow> worklist() {
        return worklist;
    }

    public ObjectProperty<WorkRow> selectedWorkProperty() {
        return selectedWork;
    }

    public StringProperty filePatientIdProperty() {
        return filePatientId;
    }
}

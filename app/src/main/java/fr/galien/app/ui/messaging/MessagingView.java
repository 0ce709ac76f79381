package fr.galien.app.ui.messaging;

import fr.galien.core.port.MssantePort;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/**
 * « Messagerie », built in code: bindings only, every action in {@link MessagingViewModel}. The reading pane is a
 * read-only text area: an HTML mail arrives here as sanitised text, nothing is rendered or fetched.
 */
public final class MessagingView {

    private final MessagingViewModel model;
    private final BorderPane root = new BorderPane();

    public MessagingView(MessagingViewModel model) {
        this.model = model;
        root.setId("messaging");
        Label title = new Label(MessagingText.TITLE.text());
        title.getStyleClass().add("title");
        Label badge = new Label();
        badge.setId("messagingBadge");
        badge.textProperty().bind(model.badgeProperty());
        Label status = new Label();
        status.setId("messagingStatus");
        status.textProperty().bind(model.statusProperty());
        HBox header = new HBox(12, title, badge, status);
        header.setPadding(new Insets(8));
        TabPane tabs = new TabPane(tab("tabInbox", MessagingText.TAB_INBOX, inbox()),
                tab("tabCompose", MessagingText.TAB_COMPOSE, compose()),
                tab("tabSent", MessagingText.TAB_SENT, sent()),
                tab("tabWorklist", MessagingText.TAB_WORKLIST, worklist()));
        tabs.setId("messagingTabs");
        root.setTop(header);
        root.setCenter(tabs);
    }

    public Node node() {
        return root;
    }

    private static Tab tab(String id, MessagingText label, Node content) {
        Tab tab = new Tab(label.text(), content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private Node inbox() {
        ComboBox<String> mailboxes = new ComboBox<>(model.mailboxes());
        mailboxes.setId("mailboxChoice");
        mailboxes.valueProperty().bindBidirectional(model.mailboxProperty());
        Button refresh = button("refreshMail", MessagingText.REFRESH, model::refresh);
        Button fetch = button("fetchMail", MessagingText.FETCH, model::fetch);
        HBox bar = new HBox(8, new Label(MessagingText.MAILBOX.text()), mailboxes, refresh, fetch);
        ListView<String> folders = new ListView<>(model.folders());
        folders.setId("folderList");
        folders.setPrefWidth(160);
        folders.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now != null) {
                model.folderProperty().set(now);
            }
        });
        TableView<MessagingViewModel.MessageRow> messages = new TableView<>(model.messages());
        messages.setId("messageTable");
        messages.getColumns().add(column(MessagingText.COLUMN_STATE, MessagingViewModel.MessageRow::state, 70));
        messages.getColumns().add(column(MessagingText.COLUMN_FROM, MessagingViewModel.MessageRow::from, 240));
        messages.getColumns().add(column(MessagingText.COLUMN_SUBJECT, MessagingViewModel.MessageRow::subject, 300));
        messages.getColumns().add(column(MessagingText.COLUMN_DATE, MessagingViewModel.MessageRow::date, 130));
        messages.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(MessagingViewModel.MessageRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(item != null && !item.seen() ? "-fx-font-weight: bold;" : "");
            }
        });
        messages.getSelectionModel().selectedItemProperty().addListener((obs, before, now) ->
                model.selectedProperty().set(now));
        TextArea reading = new TextArea();
        reading.setId("readingPane");
        reading.setEditable(false);
        reading.setWrapText(true);
        reading.textProperty().bind(model.readingProperty());
        SplitPane lists = new SplitPane(messages, reading);
        lists.setOrientation(javafx.geometry.Orientation.VERTICAL);
        SplitPane split = new SplitPane(folders, lists);
        split.setDividerPositions(0.18);
        VBox box = new VBox(8, bar, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node compose() {
        TextField to = field("composeTo", model.toProperty());
        TextField subject = field("composeSubject", model.subjectProperty());
        TextField patient = field("composePatient", model.patientIdProperty());
        CheckBox toPatient = new CheckBox(MessagingText.TO_PATIENT.text());
        toPatient.setId("composeToPatient");
        toPatient.selectedProperty().bindBidirectional(model.toPatientProperty());
        CheckBox noReply = new CheckBox(MessagingText.NO_REPLY.text());
        noReply.setId("composeNoReply");
        noReply.selectedProperty().bindBidirectional(model.noReplyProperty());
        TextArea body = new TextArea();
        body.setId("composeBody");
        body.textProperty().bindBidirectional(model.bodyProperty());
        Button send = button("composeSend", MessagingText.SEND, model::send);
        TextField search = field("annuaireQuery", model.annuaireQueryProperty());
        search.setPromptText(MessagingText.ANNUAIRE_SEARCH.text());
        search.setOnAction(event -> model.searchAnnuaire());
        ListView<MssantePort.DirectoryEntry> found = new ListView<>(model.annuaire());
        found.setId("annuaireResults");
        found.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MssantePort.DirectoryEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null || empty ? null : item.name() + " — " + item.address() + " (" + item.type() + ")");
            }
        });
        found.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                model.addRecipient(found.getSelectionModel().getSelectedItem());
            }
        });
        found.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                model.addRecipient(found.getSelectionModel().getSelectedItem());
            }
        });
        Button add = button("annuaireAdd", MessagingText.ADD_RECIPIENT,
                () -> model.addRecipient(found.getSelectionModel().getSelectedItem()));
        VBox annuaire = new VBox(6, new Label(MessagingText.ANNUAIRE.text()), search, found, add);
        annuaire.setPrefWidth(360);
        VBox form = new VBox(6, new Label(MessagingText.TO.text()), to, new Label(MessagingText.SUBJECT.text()), subject,
                new Label(MessagingText.PATIENT.text()), patient, toPatient, noReply,
                new Label(MessagingText.BODY.text()), body, send);
        VBox.setVgrow(body, Priority.ALWAYS);
        HBox box = new HBox(12, form, annuaire);
        HBox.setHgrow(form, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node sent() {
        TableView<MessagingViewModel.SentRow> table = new TableView<>(model.sent());
        table.setId("sentTable");
        table.getColumns().add(column(MessagingText.COLUMN_DATE, MessagingViewModel.SentRow::date, 130));
        table.getColumns().add(column(MessagingText.COLUMN_TO, MessagingViewModel.SentRow::to, 320));
        table.getColumns().add(column(MessagingText.COLUMN_SUBJECT, MessagingViewModel.SentRow::subject, 280));
        table.getColumns().add(column(MessagingText.COLUMN_STATE, MessagingViewModel.SentRow::state, 120));
        VBox box = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node worklist() {
        TableView<MessagingViewModel.WorkRow> table = new TableView<>(model.worklist());
        table.setId("worklistTable");
        table.getColumns().add(column(MessagingText.COLUMN_TITLE, MessagingViewModel.WorkRow::title, 220));
        table.getColumns().add(column(MessagingText.COLUMN_IDENTITY, MessagingViewModel.WorkRow::identity, 300));
        table.getColumns().add(column(MessagingText.COLUMN_CANDIDATE, MessagingViewModel.WorkRow::candidate, 280));
        table.getColumns().add(column(MessagingText.COLUMN_SCORE, row -> Integer.toString(row.score()), 60));
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) ->
                model.selectedWorkProperty().set(now));
        TextField patient = field("worklistPatient", model.filePatientIdProperty());
        Button confirm = button("worklistConfirm", MessagingText.CONFIRM, model::confirmSelected);
        Button reject = button("worklistReject", MessagingText.REJECT, model::rejectSelected);
        HBox actions = new HBox(8, new Label(MessagingText.PATIENT_ID.text()), patient, confirm, reject);
        HBox.setHgrow(patient, Priority.ALWAYS);
        VBox box = new VBox(8, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Button button(String id, MessagingText label, Runnable action) {
        Button button = new Button(label.text());
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static <R> TableColumn<R, String> column(MessagingText label, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(label.text());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

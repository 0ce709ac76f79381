package fr.galien.app.ui.dmp;

import fr.galien.app.ui.dmp.DmpTabViewModel.DmpRow;
import fr.galien.app.ui.dmp.DmpTabViewModel.LocalRow;
import fr.galien.core.dmp.DmpSend;
import fr.galien.core.document.DocumentType;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The DMP area of the patient file: three tabs — the DMP's documents (filters, open, add to the file), the file's
 * documents with their DMP state (« Envoyer au DMP »), and « Envois en attente » (« Réessayer »). Bindings only; the
 * work is the ViewModel's, in the background.
 */
public final class DmpTabView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.systemDefault());

    private final DmpTabViewModel viewModel;
    private final TabPane tabs = new TabPane();

    public DmpTabView(DmpTabViewModel viewModel) {
        this.viewModel = viewModel;
        tabs.setId("dmpTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(560);
        Tab dmp = new Tab(DmpText.TAB_TITLE.text(), dmpDocuments());
        dmp.setId("dmpDocumentsTab");
        Tab local = new Tab(DmpText.LOCAL_TITLE.text(), localDocuments());
        local.setId("dmpLocalTab");
        Tab sends = new Tab(DmpText.SENDS_TITLE.text(), sends());
        sends.setId("dmpSendsTab");
        tabs.getTabs().addAll(dmp, local, sends);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now == local) {
                viewModel.refreshLocal();
            } else if (now == sends) {
                viewModel.refreshSends();
            }
        });
    }

    private Node dmpDocuments() {
        ComboBox<String> type = new ComboBox<>();
        type.setId("dmpTypeFilter");
        type.getItems().add(null);
        DocumentType.KNOWN.stream().filter(t -> !t.code().equals("autre")).forEach(t -> type.getItems().add(t.code()));
        type.getItems().addAll("11502-2", "SYNTH");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? DmpText.TAB_ALL_TYPES.text()
                        : DocumentType.known(code).map(DocumentType::display).orElse(code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        type.valueProperty().bindBidirectional(viewModel.typeFilterProperty());
        DatePicker from = new DatePicker();
        from.setId("dmpFromFilter");
        from.setPromptText(DmpText.TAB_FROM.text());
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("dmpToFilter");
        to.setPromptText(DmpText.TAB_TO.text());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Button search = new Button(DmpText.TAB_SEARCH.text());
        search.setId("dmpSearchButton");
        search.setOnAction(event -> viewModel.search());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        HBox filters = new HBox(8, new Label(DmpText.TAB_TYPE.text()), type, from, to, search, busy);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<DmpRow> table = new TableView<>(viewModel.rows());
        table.setId("dmpDocumentsTable");
        table.setPrefHeight(200);
        table.getColumns().add(column(DmpText.COLUMN_DATE.text(), row -> row.entry().creation() == null ? ""
                : DAY.format(row.entry().creation()), 90));
        table.getColumns().add(column(DmpText.COLUMN_TYPE.text(), row -> row.entry().typeDisplay(), 170));
        table.getColumns().add(column(DmpText.COLUMN_TITLE.text(), row -> row.entry().title(), 220));
        table.getColumns().add(column(DmpText.COLUMN_AUTHOR.text(), row -> (row.entry().authorName() == null ? ""
                : row.entry().authorName()) + (row.entry().organisationName() == null ? ""
                : " — " + row.entry().organisationName()), 260));
        table.getColumns().add(column(DmpText.COLUMN_FILE.text(), row -> row.inFile() ? DmpText.TAB_IN_FILE.text()
                : "", 120));
        Button open = new Button(DmpText.TAB_OPEN.text());
        open.setId("dmpOpenButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> viewModel.open(table.getSelectionModel().getSelectedItem()));
        Button add = new Button(DmpText.TAB_ADD.text());
        add.setId("dmpAddButton");
        add.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(event -> viewModel.addToFile(table.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.setId("dmpMessage");
        message.textProperty().bind(viewModel.messageProperty());
        HBox buttons = new HBox(8, open, add, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        TextArea text = new TextArea(DmpText.VIEWER_EMPTY.text());
        text.setId("dmpViewerText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(6);
        VBox pages = new VBox(6);
        pages.setId("dmpViewerPages");
        viewModel.viewedProperty().addListener((obs, before, now) -> {
            pages.getChildren().clear();
            if (now == null) {
                text.setText(DmpText.VIEWER_EMPTY.text());
                return;
            }
            text.setText(now.title() + (now.text().isBlank() ? "" : "\n\n" + now.text())
                    + (now.pages().isEmpty() ? "" : "\n" + DmpText.VIEWER_PAGES.text(now.pages().size())));
            for (byte[] png : now.pages()) {
                ImageView page = new ImageView(new Image(new ByteArrayInputStream(png)));
                page.setPreserveRatio(true);
                page.setFitWidth(520);
                pages.getChildren().add(page);
            }
        });
        ScrollPane pageScroll = new ScrollPane(pages);
        pageScroll.setPrefHeight(200);
        VBox box = new VBox(8, filters, table, buttons, text, pageScroll);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node localDocuments() {
        TableView<LocalRow> table = new TableView<>(viewModel.local());
        table.setId("dmpLocalTable");
        table.getColumns().add(column(DmpText.COLUMN_DATE.text(), row -> DAY.format(row.document().documentDate()),
                90));
        table.getColumns().add(column(DmpText.COLUMN_TYPE.text(), row -> row.document().type().display(), 170));
        table.getColumns().add(column(DmpText.COLUMN_TITLE.text(), row -> row.document().title(), 220));
        table.getColumns().add(column(DmpText.COLUMN_STATE.text(), LocalRow::state, 100));
        table.getColumns().add(column(DmpText.COLUMN_REASON.text(), LocalRow::detail, 320));
        Button send = new Button(DmpText.LOCAL_SEND.text());
        send.setId("dmpSendButton");
        send.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        send.setOnAction(event -> viewModel.send(table.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        HBox buttons = new HBox(8, send, message);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, table, buttons);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node sends() {
        TableView<DmpSend> table = new TableView<>(viewModel.sends());
        table.setId("dmpSendsTable");
        table.getColumns().add(column(DmpText.COLUMN_DATE.text(), send -> DAY.format(send.queuedAt()), 90));
        table.getColumns().add(column(DmpText.COLUMN_TITLE.text(), DmpSend::title, 220));
        table.getColumns().add(column(DmpText.COLUMN_STATE.text(), send -> DmpTabViewModel.stateLabel(send.status()),
                100));
        table.getColumns().add(column(DmpText.COLUMN_REASON.text(), send -> send.lastError() == null
                ? (send.receipt() == null ? "" : send.receipt()) : send.lastError(), 420));
        Button retry = new Button(DmpText.SENDS_RETRY.text());
        retry.setId("dmpRetryButton");
        retry.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        retry.setOnAction(event -> viewModel.retry(table.getSelectionModel().getSelectedItem()));
        Button refresh = new Button(DmpText.SENDS_REFRESH.text());
        refresh.setId("dmpRefreshSendsButton");
        refresh.setOnAction(event -> viewModel.refreshSends());
        Label summary = new Label();
        summary.setId("dmpSendsSummary");
        summary.textProperty().bind(viewModel.sendsSummaryProperty());
        HBox buttons = new HBox(8, retry, refresh, summary);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, table, buttons);
        box.setPadding(new Insets(8));
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Selects the « Envois en attente » tab (and reads it). */
    public void showSends() {
        tabs.getSelectionModel().select(2);
    }

    public Node node() {
        return tabs;
    }
}

package fr.galien.app.ui.identity;

import fr.galien.core.domain.IdentityAttribute;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The identity panel of the patient file. Bindings only: every decision is {@link IdentityPanelViewModel}'s. The
 * status badge carries its words and its colour (grey, amber, blue, green), attributes are badges of their own.
 */
public final class IdentityPanelView {

    private final IdentityPanelViewModel viewModel;
    private final VBox root = new VBox(10);
    private final Map<IdentityAttribute, CheckBox> toggles = new EnumMap<>(IdentityAttribute.class);

    public IdentityPanelView(IdentityPanelViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("identityPanel");
        root.getStyleClass().add("identity-panel");

        Label unsaved = new Label(IdentityText.PANEL_UNSAVED.text());
        unsaved.setId("identityUnsavedHint");
        unsaved.getStyleClass().add("hint");
        unsaved.setWrapText(true);
        collapsible(unsaved);
        unsaved.visibleProperty().bind(viewModel.savedProperty().not());

        VBox details = new VBox(10, facts(), actions(), attributes(), progress(), message(), historyTable());
        details.visibleProperty().bind(viewModel.savedProperty());
        details.managedProperty().bind(details.visibleProperty());

        root.getChildren().addAll(badges(), unsaved, details);
    }

    private Node badges() {
        Label status = new Label();
        status.setId("identityStatusBadge");
        status.getStyleClass().addAll("identity-badge");
        status.textProperty().bind(viewModel.statusTextProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        viewModel.statusProperty().addListener((obs, before, now) -> {
            status.getStyleClass().remove(IdentityDisplay.statusStyle(before));
            status.getStyleClass().add(IdentityDisplay.statusStyle(now));
        });
        status.getStyleClass().add(IdentityDisplay.statusStyle(viewModel.statusProperty().get()));

        HBox attributeBadges = new HBox(8);
        attributeBadges.setAlignment(Pos.CENTER_LEFT);
        viewModel.attributes().addListener((ListChangeListener<IdentityAttribute>) change -> attributeBadges
                .getChildren().setAll(viewModel.attributes().stream().map(IdentityPanelView::attributeBadge).toList()));

        Label note = new Label();
        note.setId("identityServicesNote");
        note.getStyleClass().add("identity-services-note");
        note.setWrapText(true);
        note.textProperty().bind(viewModel.servicesNoteProperty());
        collapsible(note);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        HBox badges = new HBox(8, status, attributeBadges, spacer, note);
        badges.setId("identityBadges");
        badges.setAlignment(Pos.CENTER_LEFT);
        return badges;
    }

    private static Label attributeBadge(IdentityAttribute attribute) {
        Label badge = new Label(attribute.label());
        badge.setId("identityAttributeBadge-" + attribute.code());
        badge.getStyleClass().addAll("identity-badge", IdentityDisplay.attributeStyle(attribute));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    private Node facts() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        grid.getStyleClass().add("identity-facts");

        Label matricule = value("identityMatricule", viewModel.matriculeProperty());
        matricule.getStyleClass().add("identity-matricule");
        Label nature = value("identityNature", viewModel.natureProperty());
        // The OID is a technical detail: in the nature's tooltip (« détails »), not on screen.
        javafx.scene.control.Tooltip oid = new javafx.scene.control.Tooltip();
        oid.setId("identityOid");
        oid.textProperty().bind(viewModel.oidProperty());
        nature.setTooltip(oid);
        for (Label part : List.of(matricule, nature)) {
            collapsible(part);
            part.visibleProperty().bind(part.textProperty().isNotEmpty());
        }
        Label none = new Label(IdentityText.PANEL_NO_MATRICULE.text());
        none.getStyleClass().add("hint");
        collapsible(none);
        none.visibleProperty().bind(viewModel.matriculeProperty().isEmpty());
        HBox matriculeLine = new HBox(12, matricule, nature, none);
        matriculeLine.setAlignment(Pos.BASELINE_LEFT);

        Label keyFlag = new Label(IdentityText.KEY_NOT_VERIFIED.text());
        keyFlag.setId("identityKeyFlag");
        keyFlag.getStyleClass().add("identity-key-flag");
        collapsible(keyFlag);
        keyFlag.visibleProperty().bind(viewModel.keyNotVerifiedProperty());

        grid.addRow(0, label(IdentityText.PANEL_MATRICULE), new VBox(2, matriculeLine, keyFlag));
        grid.addRow(1, label(IdentityText.PANEL_METHOD), value("identityMethod", viewModel.methodProperty()));
        grid.addRow(2, label(IdentityText.PANEL_VALIDATION),
                value("identityValidation", viewModel.validationProperty()));
        grid.addRow(3, label(IdentityText.PANEL_LAST_VERIFICATION),
                value("identityLastVerification", viewModel.lastVerificationProperty()));
        return grid;
    }

    private Node actions() {
        Button search = button("searchInsButton", IdentityText.ACTION_SEARCH, viewModel::searchIns);
        search.getStyleClass().add("primary-button");
        search.disableProperty().bind(viewModel.canSearchProperty().not());
        Button apCv = button("apCvButton", IdentityText.ACTION_APCV, viewModel::readApCv);
        apCv.disableProperty().bind(viewModel.canUseVitaleProperty().not());
        Button card = button("readCardButton", IdentityText.ACTION_CARD, viewModel::readCard);
        card.disableProperty().bind(viewModel.canUseVitaleProperty().not());
        Button document = button("validateDocumentButton", IdentityText.ACTION_DOCUMENT, viewModel::validateDocument);
        document.disableProperty().bind(viewModel.canValidateProperty().not());
        Button datamatrix = button("datamatrixButton", IdentityText.ACTION_DATAMATRIX, viewModel::scanDatamatrix);
        datamatrix.disableProperty().bind(viewModel.canDatamatrixProperty().not());
        for (Button acquire : List.of(search, apCv, card, datamatrix)) {
            collapsible(acquire);
            acquire.visibleProperty().bind(viewModel.acquireShownProperty());
        }
        collapsible(document);
        document.visibleProperty().bind(viewModel.documentShownProperty());
        Button verify = button("verifyInsButton", IdentityText.ACTION_VERIFY, viewModel::verifyIns);
        verify.disableProperty().bind(viewModel.canVerifyProperty().not());
        collapsible(verify);
        verify.visibleProperty().bind(viewModel.canVerifyProperty().or(viewModel.matriculeProperty().isNotEmpty()));
        Button correct = button("correctIdentityButton", IdentityText.ACTION_CORRECT, viewModel::correctIdentity);
        correct.disableProperty().bind(viewModel.canCorrectProperty().not());
        collapsible(correct);
        correct.visibleProperty().bind(viewModel.canCorrectProperty());

        FlowPane actions = new FlowPane(8, 8, search, apCv, card, document, datamatrix, verify, correct);
        actions.setId("identityActions");
        return actions;
    }

    private Node attributes() {
        Label title = label(IdentityText.PANEL_ATTRIBUTES);
        HBox boxes = new HBox(16, title);
        boxes.setAlignment(Pos.CENTER_LEFT);
        for (IdentityAttribute attribute : IdentityAttribute.values()) {
            CheckBox toggle = new CheckBox(attribute.label());
            toggle.setId("attribute-" + attribute.code());
            toggle.disableProperty().bind(viewModel.canEditAttributesProperty().not());
            // The box shows what is saved: a click asks the ViewModel, and the box follows only once the core agreed.
            toggle.setOnAction(event -> {
                boolean wanted = toggle.isSelected();
                toggle.setSelected(viewModel.attributes().contains(attribute));
                viewModel.setAttribute(attribute, wanted);
            });
            toggles.put(attribute, toggle);
            boxes.getChildren().add(toggle);
        }
        viewModel.attributes().addListener((ListChangeListener<IdentityAttribute>) change -> syncToggles());
        syncToggles();
        Label rule = new Label(IdentityText.PANEL_ATTRIBUTES_RULE.text());
        rule.getStyleClass().add("hint");
        rule.setWrapText(true);
        return new VBox(4, boxes, rule);
    }

    private void syncToggles() {
        toggles.forEach((attribute, toggle) -> toggle.setSelected(viewModel.attributes().contains(attribute)));
    }

    private Node progress() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        Label text = new Label();
        text.setId("identityBusyText");
        text.textProperty().bind(viewModel.busyTextProperty());
        Button cancel = button("identityCancelButton", IdentityText.ACTION_CANCEL, viewModel::cancel);
        HBox line = new HBox(10, spinner, text, cancel);
        line.setId("identityProgress");
        line.getStyleClass().add("identity-progress");
        line.setAlignment(Pos.CENTER_LEFT);
        collapsible(line);
        line.visibleProperty().bind(viewModel.busyProperty());
        return line;
    }

    private Node message() {
        Label message = new Label();
        message.setId("identityMessage");
        message.setWrapText(true);
        message.getStyleClass().add("identity-message");
        message.textProperty().bind(viewModel.messageProperty());
        collapsible(message);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        viewModel.messageKindProperty().addListener((obs, before, now) -> {
            message.getStyleClass().remove(before.style());
            message.getStyleClass().add(now.style());
        });
        return message;
    }

    private Node historyTable() {
        TableView<IdentityDisplay.HistoryRow> table = new TableView<>(viewModel.history());
        table.setId("identityHistory");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(IdentityText.HISTORY_WHEN, IdentityDisplay.HistoryRow::when, 125));
        table.getColumns().add(column(IdentityText.HISTORY_WHO, IdentityDisplay.HistoryRow::who, 250));
        table.getColumns().add(column(IdentityText.HISTORY_WHAT, IdentityDisplay.HistoryRow::what, 420));
        table.setPrefHeight(170);
        table.setMinHeight(120);
        Label empty = new Label(IdentityText.HISTORY_EMPTY.text());
        empty.getStyleClass().add("hint");
        table.setPlaceholder(empty);
        return new VBox(4, label(IdentityText.PANEL_HISTORY), table);
    }

    private static TableColumn<IdentityDisplay.HistoryRow, String> column(
            IdentityText title, Function<IdentityDisplay.HistoryRow, String> value, double width) {
        TableColumn<IdentityDisplay.HistoryRow, String> column = new TableColumn<>(title.text());
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue()))
                .getReadOnlyProperty());
        column.setCellFactory(owner -> new WrappingCell());
        return column;
    }

    /** A history cell whose text wraps to the column's width: who and what stay readable in full. */
    private static final class WrappingCell extends TableCell<IdentityDisplay.HistoryRow, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            // The cell's own text colour, so a selected line stays readable.
            text.fillProperty().bind(textFillProperty());
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty || item == null ? null : text);
        }
    }

    private static Label label(IdentityText text) {
        Label label = new Label(text.text());
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("read-only-value");
        label.textProperty().bind(text);
        return label;
    }

    private static Button button(String id, IdentityText text, Runnable action) {
        Button button = new Button(text.text());
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A node that takes no room while hidden. */
    private static void collapsible(Node node) {
        node.managedProperty().bind(node.visibleProperty());
    }

    public Node node() {
        return root;
    }

    /**
     * A second status badge (with the attributes) for the file's title line, so the status stays in sight while the
     * form is scrolled.
     */
    public Node headerBadge() {
        Label status = new Label();
        status.setId("identityHeaderBadge");
        status.getStyleClass().add("identity-badge");
        status.textProperty().bind(viewModel.statusTextProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.getStyleClass().add(IdentityDisplay.statusStyle(viewModel.statusProperty().get()));
        viewModel.statusProperty().addListener((obs, before, now) -> {
            status.getStyleClass().remove(IdentityDisplay.statusStyle(before));
            status.getStyleClass().add(IdentityDisplay.statusStyle(now));
        });
        HBox line = new HBox(6, status);
        line.setAlignment(Pos.CENTER_LEFT);
        viewModel.attributes().addListener((ListChangeListener<IdentityAttribute>) change -> {
            line.getChildren().setAll(status);
            viewModel.attributes().forEach(attribute -> line.getChildren().add(attributeBadge(attribute)));
        });
        return line;
    }
}

package fr.galien.app.ui.duplicates;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The "Doublons" screen: pairs on the left, the selected pair side by side on the right (differences highlighted,
 * reasons of the score, which record to keep, "Fusionner" / "Pas un doublon"), the merge history with "Annuler la
 * fusion" in the second tab. Bindings only; every decision is in {@link DuplicatesViewModel}. Texts typed by users
 * are shown as plain text.
 */
public final class DuplicatesView {

    private final DuplicatesViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final GridPane comparison = new GridPane();
    private final VBox reasons = new VBox(4);
    private final ToggleGroup survivorGroup = new ToggleGroup();
    private final RadioButton keepFirst = new RadioButton(DuplicatesText.KEEP.text());
    private final RadioButton keepSecond = new RadioButton(DuplicatesText.KEEP.text());
    private final Label firstHeader = new Label();
    private final Label secondHeader = new Label();

    public DuplicatesView(DuplicatesViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("duplicatesView");

        Label title = new Label(DuplicatesText.TITLE.text());
        title.getStyleClass().add("area-title");
        Label intro = new Label(DuplicatesText.INTRO.text());
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        Label count = new Label();
        count.setId("duplicatesCount");
        count.getStyleClass().add("count");
        count.textProperty().bind(viewModel.countTextProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("duplicatesProgress");
        loading.setPrefSize(20, 20);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = button("refreshDuplicatesButton", DuplicatesText.REFRESH.text(), viewModel::refresh);
        HBox bar = new HBox(10, count, loading, spacer, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("duplicatesMessage");
        message.getStyleClass().addAll("form-message", "ok");
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox top = new VBox(6, title, intro, bar, message);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);

        TabPane tabs = new TabPane(pairsTab(), mergesTab());
        tabs.setId("duplicatesTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
    }

    private Tab pairsTab() {
        TableView<DuplicatePairRow> table = new TableView<>(viewModel.pairs());
        table.setId("duplicatePairsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DuplicatePairRow, String> score = column("columnScore", DuplicatesText.COLUMN_SCORE.text(),
                DuplicatePairRow::score, 60);
        score.setMaxWidth(70);
        score.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(score);
        table.getColumns().add(column("columnFirstRecord", DuplicatesText.COLUMN_FIRST.text(),
                DuplicatePairRow::first, 170));
        table.getColumns().add(column("columnSecondRecord", DuplicatesText.COLUMN_SECOND.text(),
                DuplicatePairRow::second, 170));
        table.setPlaceholder(hint("duplicatePairsPlaceholder", DuplicatesText.NONE.text()));
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        SplitPane split = new SplitPane(table, detail());
        split.setId("duplicatesSplit");
        split.setDividerPositions(0.40);
        Tab tab = new Tab(DuplicatesText.TAB_PAIRS.text(), split);
        tab.setId("tabDuplicatePairs");
        return tab;
    }

    private Node detail() {
        keepFirst.setId("keepFirstRecord");
        keepSecond.setId("keepSecondRecord");
        keepFirst.setToggleGroup(survivorGroup);
        keepSecond.setToggleGroup(survivorGroup);
        keepFirst.setOnAction(event -> viewModel.chooseSurvivor(DuplicatesViewModel.Side.FIRST));
        keepSecond.setOnAction(event -> viewModel.chooseSurvivor(DuplicatesViewModel.Side.SECOND));
        viewModel.survivorProperty().addListener((obs, before, now) -> showSurvivor());
        showSurvivor();
        firstHeader.setId("firstRecordHeader");
        secondHeader.setId("secondRecordHeader");
        // « Dossier 1 — conservé » wraps in a narrow column rather than ending in an ellipsis (1,024 px).
        for (Label header : java.util.List.of(firstHeader, secondHeader)) {
            header.setWrapText(true);
            header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        firstHeader.textProperty().bind(viewModel.firstHeaderProperty());
        secondHeader.textProperty().bind(viewModel.secondHeaderProperty());

        comparison.setId("duplicateComparison");
        comparison.getStyleClass().add("comparison");
        comparison.setHgap(0);
        comparison.setVgap(0);
        // The field names keep their width; the two records share the rest equally.
        ColumnConstraints field = new ColumnConstraints(165, 165, 165);
        ColumnConstraints value = new ColumnConstraints(100, 150, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        ColumnConstraints other = new ColumnConstraints(100, 150, Double.MAX_VALUE);
        other.setHgrow(Priority.ALWAYS);
        comparison.getColumnConstraints().setAll(field, value, other);
        viewModel.comparison().addListener((ListChangeListener<ComparisonRow>) change -> rebuildComparison());

        Label reasonsTitle = new Label(DuplicatesText.REASONS.text());
        reasonsTitle.getStyleClass().add("section-title");
        reasons.setId("duplicateReasons");
        viewModel.reasons().addListener((ListChangeListener<ReasonRow>) change -> rebuildReasons());

        Label warning = new Label();
        warning.setId("survivorWarning");
        warning.getStyleClass().add("form-message");
        warning.setWrapText(true);
        warning.textProperty().bind(viewModel.survivorWarningProperty());
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());

        Button merge = button("mergeButton", DuplicatesText.MERGE.text(), viewModel::mergeSelected);
        merge.setDefaultButton(false);
        merge.getStyleClass().add("primary-button");
        merge.disableProperty().bind(viewModel.mergeDisabled());
        Button notDuplicate = button("notDuplicateButton", DuplicatesText.NOT_DUPLICATE.text(),
                viewModel::dismissSelected);
        notDuplicate.disableProperty().bind(viewModel.noPairSelected());
        HBox buttons = new HBox(10, merge, notDuplicate);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // The decision stays in sight below the comparison, however long the comparison scrolls.
        VBox actions = new VBox(6, warning, buttons);
        actions.setId("duplicateActions");
        actions.getStyleClass().add("duplicate-actions");

        VBox content = new VBox(10, comparison, reasonsTitle, reasons);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("duplicate-detail");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        BorderPane decision = new BorderPane(scroll);
        decision.setBottom(actions);
        decision.visibleProperty().bind(viewModel.noPairSelected().not());

        Label none = hint("duplicateNoSelection", DuplicatesText.NO_SELECTION.text());
        none.visibleProperty().bind(viewModel.noPairSelected());
        StackPane detail = new StackPane(decision, none);
        detail.setId("duplicateDetail");
        StackPane.setAlignment(none, Pos.TOP_LEFT);
        StackPane.setMargin(none, new Insets(16));
        return detail;
    }

    private void showSurvivor() {
        boolean first = viewModel.survivorProperty().get() == DuplicatesViewModel.Side.FIRST;
        keepFirst.setSelected(first);
        keepSecond.setSelected(!first);
    }

    /** Header row (which record, keep this one), then one row per field; cells of differing fields highlighted. */
    private void rebuildComparison() {
        comparison.getChildren().clear();
        if (viewModel.comparison().isEmpty()) {
            return;
        }
        comparison.add(cell(new Label(DuplicatesText.FIELD.text()), "comparison-header"), 0, 0);
        comparison.add(cell(new VBox(4, firstHeader, keepFirst), "comparison-header"), 1, 0);
        comparison.add(cell(new VBox(4, secondHeader, keepSecond), "comparison-header"), 2, 0);
        int row = 1;
        for (ComparisonRow line : viewModel.comparison()) {
            Label field = new Label(line.field());
            field.setWrapText(true);
            comparison.add(cell(field, "comparison-field"), 0, row);
            comparison.add(valueCell(line.first(), line.differs()), 1, row);
            comparison.add(valueCell(line.second(), line.differs()), 2, row);
            row++;
        }
    }

    private static Node valueCell(String text, boolean differs) {
        Label label = new Label(text.isEmpty() ? "—" : text);
        label.setWrapText(true);
        Region cell = cell(label, "comparison-value");
        if (differs) {
            cell.getStyleClass().add("comparison-differs");
        }
        return cell;
    }

    private static Region cell(Node content, String style) {
        StackPane cell = new StackPane(content);
        StackPane.setAlignment(content, Pos.CENTER_LEFT);
        cell.getStyleClass().addAll("comparison-cell", style);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        return cell;
    }

    private void rebuildReasons() {
        reasons.getChildren().clear();
        for (ReasonRow reason : viewModel.reasons()) {
            Label label = new Label((reason.forDuplicate() ? "✔ " : "✘ ") + reason.text());
            label.getStyleClass().add(reason.forDuplicate() ? "reason-for" : "reason-against");
            label.setWrapText(true);
            reasons.getChildren().add(label);
        }
    }

    private Tab mergesTab() {
        TableView<MergeRow> table = new TableView<>(viewModel.merges());
        table.setId("mergesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("columnMergeDate", DuplicatesText.MERGES_COLUMN_DATE.text(), MergeRow::date, 120));
        table.getColumns().add(column("columnMergeKept", DuplicatesText.MERGES_COLUMN_KEPT.text(), MergeRow::kept, 220));
        table.getColumns().add(column("columnMergeRetired", DuplicatesText.MERGES_COLUMN_RETIRED.text(),
                MergeRow::retired, 220));
        table.getColumns().add(column("columnMergeFilled", DuplicatesText.MERGES_COLUMN_FILLED.text(),
                MergeRow::filled, 150));
        table.getColumns().add(column("columnMergeState", DuplicatesText.MERGES_COLUMN_STATE.text(), MergeRow::state,
                150));
        table.setPlaceholder(hint("mergesPlaceholder", DuplicatesText.MERGES_NONE.text()));
        viewModel.selectedMergeProperty().bind(table.getSelectionModel().selectedItemProperty());

        Button unmerge = button("unmergeButton", DuplicatesText.UNMERGE.text(), viewModel::unmergeSelected);
        unmerge.disableProperty().bind(viewModel.unmergeDisabled());
        HBox actions = new HBox(10, unmerge);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 0, 0, 0));
        BorderPane content = new BorderPane(table);
        content.setBottom(actions);
        content.setPadding(new Insets(8, 0, 0, 0));
        Tab tab = new Tab(DuplicatesText.TAB_MERGES.text(), content);
        tab.setId("tabMerges");
        return tab;
    }

    private static <R> TableColumn<R, String> column(String id, String title, Function<R, String> value,
                                                     double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        return column;
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }

    private static Label hint(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    public Node node() {
        return root;
    }
}

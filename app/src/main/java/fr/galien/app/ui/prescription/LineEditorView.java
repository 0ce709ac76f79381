package fr.galien.app.ui.prescription;

import fr.galien.core.ordonnance.NonSubstitution;
import fr.galien.core.ordonnance.Posology;
import fr.galien.core.ordonnance.TreatmentDuration;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The line form: drug search (↓ to the results, Entrée to choose), posology structured or free, duration, quantity,
 * renewals, « non substituable » with its justification, ALD (human ordonnances) or withdrawal period (vet).
 */
public final class LineEditorView {

    private final TextField search = new TextField();
    private final VBox root;

    public LineEditorView(LineEditorViewModel viewModel, boolean human, Runnable add) {
        search.setId("drugSearchField");
        search.setPromptText(PrescriptionText.DRUG_SEARCH_PROMPT.text());
        search.textProperty().bindBidirectional(viewModel.drugQueryProperty());
        ListView<DrugChoice> results = new ListView<>(viewModel.drugResults());
        results.setId("drugResults");
        results.setPrefHeight(110);
        results.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.drugResults())
                .and(viewModel.drugProperty().isNull()));
        results.managedProperty().bind(results.visibleProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !viewModel.drugResults().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !viewModel.drugResults().isEmpty()
                    && viewModel.drugProperty().get() == null) {
                viewModel.choose(viewModel.drugResults().get(0));
                e.consume();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.choose(results.getSelectionModel().getSelectedItem());
                search.requestFocus();
                search.end();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.choose(results.getSelectionModel().getSelectedItem());
            }
        });

        ToggleGroup mode = new ToggleGroup();
        RadioButton structured = new RadioButton(PrescriptionText.POSOLOGY_STRUCTURED.text());
        structured.setId("posologyStructured");
        structured.setToggleGroup(mode);
        RadioButton free = new RadioButton(PrescriptionText.POSOLOGY_FREE.text());
        free.setId("posologyFree");
        free.setToggleGroup(mode);
        structured.setSelected(!viewModel.freeTextProperty().get());
        free.setSelected(viewModel.freeTextProperty().get());
        free.selectedProperty().addListener((obs, b, now) -> viewModel.freeTextProperty().set(now));
        viewModel.freeTextProperty().addListener((obs, b, now) -> (now ? free : structured).setSelected(true));

        TextField dose = field("doseField", viewModel.doseProperty(), 50);
        TextField unit = field("unitField", viewModel.unitProperty(), 110);
        TextField times = field("timesField", viewModel.timesProperty(), 40);
        ComboBox<Posology.Period> period = new ComboBox<>();
        period.setId("periodField");
        period.getItems().setAll(Posology.Period.values());
        period.valueProperty().bindBidirectional(viewModel.periodProperty());
        period.setConverter(converter(Posology.Period::french));
        TextField moment = field("momentField", viewModel.momentProperty(), 160);
        moment.setPromptText(PrescriptionText.MOMENT_PROMPT.text());
        Label timesLabel = new Label(PrescriptionText.TIMES.text());
        timesLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox doseRow = new HBox(6, dose, unit, new Label("×"), times, timesLabel, period);
        doseRow.setAlignment(Pos.CENTER_LEFT);
        VBox structuredRow = new VBox(6, doseRow, moment);
        structuredRow.visibleProperty().bind(viewModel.freeTextProperty().not());
        structuredRow.managedProperty().bind(structuredRow.visibleProperty());
        TextField freeText = field("posologyTextField", viewModel.posologyTextProperty(), 420);
        freeText.setPromptText(PrescriptionText.POSOLOGY_FREE_PROMPT.text());
        freeText.visibleProperty().bind(viewModel.freeTextProperty());
        freeText.managedProperty().bind(freeText.visibleProperty());

        TextField duration = field("durationField", viewModel.durationValueProperty(), 50);
        ComboBox<TreatmentDuration.Unit> durationUnit = new ComboBox<>();
        durationUnit.setId("durationUnitField");
        durationUnit.getItems().setAll(TreatmentDuration.Unit.values());
        durationUnit.valueProperty().bindBidirectional(viewModel.durationUnitProperty());
        durationUnit.setConverter(converter(u -> u.french(2)));
        TextField quantity = field("quantityField", viewModel.quantityProperty(), 120);
        TextField renewals = field("renewalsField", viewModel.renewalsProperty(), 40);

        GridPane grid = new GridPane();
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(PrescriptionText.DURATION.text()), new HBox(6, duration, durationUnit));
        grid.addRow(1, new Label(PrescriptionText.QUANTITY.text()), quantity);
        grid.addRow(2, new Label(PrescriptionText.RENEWALS.text()), renewals);
        if (human) {
            ComboBox<NonSubstitution> nonSubstitutable = new ComboBox<>();
            nonSubstitutable.setId("nonSubstitutableField");
            nonSubstitutable.getItems().add(null);
            nonSubstitutable.getItems().addAll(NonSubstitution.values());
            nonSubstitutable.valueProperty().bindBidirectional(viewModel.nonSubstitutableProperty());
            nonSubstitutable.setConverter(converter(ns -> ns.mention() + " — " + ns.label()));
            nonSubstitutable.setPromptText(PrescriptionText.SUBSTITUTABLE.text());
            CheckBox ald = new CheckBox(PrescriptionText.ALD.text());
            ald.setId("aldField");
            ald.selectedProperty().bindBidirectional(viewModel.aldProperty());
            grid.addRow(3, new Label(PrescriptionText.NON_SUBSTITUTABLE.text()), nonSubstitutable);
            grid.addRow(4, new Label(""), ald);
        } else {
            TextField withdrawal = field("withdrawalField", viewModel.withdrawalProperty(), 260);
            withdrawal.setPromptText(PrescriptionText.WITHDRAWAL_PROMPT.text());
            grid.addRow(3, new Label(PrescriptionText.WITHDRAWAL.text()), withdrawal);
        }

        Button addButton = new Button(PrescriptionText.ADD_LINE.text());
        addButton.setId("addLineButton");
        addButton.setOnAction(e -> {
            add.run();
            search.requestFocus();
        });
        Label error = new Label();
        error.setId("lineError");
        error.setWrapText(true);
        error.getStyleClass().add("message-error");
        error.textProperty().bind(viewModel.errorProperty());
        Label title = new Label(PrescriptionText.LINE_TITLE.text());
        title.getStyleClass().add("section-title");
        root = new VBox(6, title, search, results, new HBox(12, structured, free), structuredRow, freeText, grid,
                new HBox(8, addButton, new Label(PrescriptionText.ADD_LINE_HINT.text())), error);
        root.setId("lineEditor");
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(width);
        field.setMinWidth(Math.min(width, 48));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? PrescriptionText.SUBSTITUTABLE.text() : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    public Node node() {
        return root;
    }

    public void focus() {
        search.requestFocus();
    }
}

package fr.galien.app.ui.counter;

import fr.galien.app.ui.prescription.DrugChoice;
import fr.galien.app.ui.prescription.PrescriptionText;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The counter: the scan field at the top, always focused (it takes the focus back after each action and whenever
 * nothing else in the counter holds it), the prescription's lines with the quantity and substitute to give, the
 * patient check, « Délivrer » (F9), what remains, and the writes waiting to be sent. Keyboard: Entrée ends a scan,
 * Tab walks the lines' quantity and substitute fields, F9 delivers, Échap clears and goes back to the scan field.
 */
public final class CounterView {

    private final CounterViewModel viewModel;
    private final TextField scan = new TextField();
    private final BorderPane root = new BorderPane();

    public CounterView(CounterViewModel viewModel) {
        this.viewModel = viewModel;
        scan.setId("scanField");
        scan.setPromptText(PrescriptionText.SCAN_PROMPT.text());
        scan.textProperty().bindBidirectional(viewModel.scanTextProperty());
        scan.setStyle("-fx-font-size: 16px;");
        scan.setOnAction(e -> viewModel.submitScan());
        HBox.setHgrow(scan, Priority.ALWAYS);
        Label scanLabel = new Label(PrescriptionText.SCAN_LABEL.text());
        scanLabel.setMnemonicParsing(true);
        scanLabel.setLabelFor(scan);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(viewModel.busyProperty());
        HBox scanRow = new HBox(8, scanLabel, scan, busy);
        scanRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("counterMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.toneProperty().addListener((obs, before, now) -> tone(message, now));
        tone(message, viewModel.toneProperty().get());

        Label heading = new Label();
        heading.setId("counterHeading");
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(viewModel.headingProperty());
        Label patient = new Label();
        patient.setId("counterPatient");
        patient.textProperty().bind(viewModel.patientTextProperty());
        Label check = new Label();
        check.setId("counterCheck");
        check.setWrapText(true);
        check.textProperty().bind(viewModel.checkTextProperty());
        viewModel.checkDiffersProperty().addListener((obs, b, differs) -> check.getStyleClass().setAll("label",
                differs ? "message-error" : "message-success"));

        TableView<CounterViewModel.TraitRow> traits = new TableView<>(viewModel.traits());
        traits.setId("counterTraits");
        traits.setPrefHeight(150);
        traits.getColumns().add(column(PrescriptionText.TRAIT.text(), CounterViewModel.TraitRow::trait, 170));
        traits.getColumns().add(column(PrescriptionText.ON_PRESCRIPTION.text(),
                CounterViewModel.TraitRow::onPrescription, 200));
        traits.getColumns().add(column(PrescriptionText.IN_PHARMACY.text(), CounterViewModel.TraitRow::here, 200));
        traits.visibleProperty().bind(viewModel.checkDiffersProperty());
        traits.managedProperty().bind(traits.visibleProperty());

        TableView<CounterLineRow> lines = new TableView<>(viewModel.rows());
        lines.setId("counterLines");
        lines.setEditable(true);
        lines.setPlaceholder(new Label(PrescriptionText.COUNTER_NO_LINES.text()));
        lines.getColumns().add(rowColumn("N°", r -> String.valueOf(r.number()), 40));
        lines.getColumns().add(rowColumn(PrescriptionText.COL_PRODUCT.text(), CounterLineRow::label, 230));
        lines.getColumns().add(rowColumn(PrescriptionText.COL_POSOLOGY.text(), CounterLineRow::posology, 190));
        lines.getColumns().add(rowColumn(PrescriptionText.COL_PRESCRIBED.text(), CounterLineRow::prescribedText, 110));
        lines.getColumns().add(rowColumn(PrescriptionText.COL_REMAINING.text(), CounterLineRow::remainingText, 70));
        TableColumn<CounterLineRow, String> quantity = new TableColumn<>(PrescriptionText.COL_GIVE.text());
        quantity.setPrefWidth(80);
        quantity.setCellValueFactory(c -> c.getValue().quantityProperty());
        lines.getColumns().add(quantity);
        TableColumn<CounterLineRow, String> substitute = new TableColumn<>(PrescriptionText.COL_SUBSTITUTE.text());
        substitute.setPrefWidth(200);
        substitute.setCellValueFactory(c -> Bindings.createStringBinding(() -> !c.getValue().substitutable()
                ? PrescriptionText.NON_SUBSTITUTABLE_SHORT.text()
                : c.getValue().substituteProperty().get() == null ? PrescriptionText.AS_PRESCRIBED.text()
                : c.getValue().substituteProperty().get().label(), c.getValue().substituteProperty()));
        lines.getColumns().add(substitute);
        lines.getColumns().add(rowColumn(PrescriptionText.COL_SCANNED.text(), r -> r.scannedProperty().get(), 150));
        VBox.setVgrow(lines, Priority.ALWAYS);
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);

        // The selected line's quantity and substitute, in plain fields: Tab reaches them from the list.
        TextField give = new TextField();
        give.setId("giveQuantity");
        give.setPrefColumnCount(4);
        ComboBox<DrugChoice> substituteChoice = new ComboBox<>();
        substituteChoice.setId("substituteChoice");
        substituteChoice.setPrefWidth(360);
        substituteChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DrugChoice choice) {
                return choice == null ? PrescriptionText.AS_PRESCRIBED.text() : choice.label();
            }

            @Override
            public DrugChoice fromString(String string) {
                return null;
            }
        });
        Label selectedLabel = new Label();
        selectedLabel.setId("selectedLine");
        selectedLabel.setMinWidth(Label.USE_PREF_SIZE);
        Label giveLabel = new Label(PrescriptionText.COL_GIVE.text() + " :");
        giveLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox lineEditor = new HBox(8, selectedLabel, giveLabel, give, substituteChoice);
        lineEditor.setAlignment(Pos.CENTER_LEFT);
        lineEditor.disableProperty().bind(lines.getSelectionModel().selectedItemProperty().isNull());
        CounterLineRow[] bound = new CounterLineRow[1];
        lines.getSelectionModel().selectedItemProperty().addListener((obs, before, row) -> {
            if (bound[0] != null) {
                give.textProperty().unbindBidirectional(bound[0].quantityProperty());
                substituteChoice.valueProperty().unbindBidirectional(bound[0].substituteProperty());
            }
            bound[0] = row;
            if (row == null) {
                selectedLabel.setText("");
                give.setText("");
                substituteChoice.getItems().clear();
                return;
            }
            selectedLabel.setText(PrescriptionText.COUNTER_SELECTED_LINE.text(row.number()));
            give.textProperty().bindBidirectional(row.quantityProperty());
            substituteChoice.getItems().setAll((DrugChoice) null);
            substituteChoice.getItems().addAll(row.substitutes());
            substituteChoice.valueProperty().bindBidirectional(row.substituteProperty());
            substituteChoice.setDisable(!row.substitutable());
            lines.refresh();
        });
        give.textProperty().addListener((obs, b, n) -> lines.refresh());
        // Keyboard: from the lines, Tab or Entrée goes to the selected line's quantity; Entrée there goes back.
        lines.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.TAB && !e.isShiftDown()) || e.getCode() == KeyCode.ENTER) {
                if (lines.getSelectionModel().getSelectedItem() != null) {
                    give.requestFocus();
                    give.selectAll();
                    e.consume();
                }
            } else if (e.getCode() == KeyCode.TAB) {
                scan.requestFocus();
                e.consume();
            }
        });
        give.setOnAction(e -> lines.requestFocus());
        give.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && e.isShiftDown()) {
                lines.requestFocus();
                e.consume();
            }
        });
        viewModel.rows().addListener((javafx.collections.ListChangeListener<CounterLineRow>) change -> {
            if (!viewModel.rows().isEmpty()) {
                lines.getSelectionModel().selectFirst();
            }
        });

        Button deliver = new Button(PrescriptionText.DELIVER.text());
        deliver.setId("deliverButton");
        deliver.getStyleClass().add("primary");
        deliver.disableProperty().bind(viewModel.canDeliverProperty().not().or(viewModel.busyProperty()));
        deliver.setOnAction(e -> {
            viewModel.deliver();
            scan.requestFocus();
        });
        Button clear = new Button(PrescriptionText.NEXT_PATIENT.text());
        clear.setId("clearCounterButton");
        clear.setOnAction(e -> {
            viewModel.clear();
            scan.requestFocus();
        });
        Label keys = new Label(PrescriptionText.COUNTER_KEYS.text());
        keys.getStyleClass().add("hint");
        Label remaining = new Label();
        remaining.setId("counterRemaining");
        remaining.setWrapText(true);
        remaining.textProperty().bind(viewModel.remainingTextProperty());
        HBox actions = new HBox(8, deliver, clear, keys);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox center = new VBox(8, scanRow, message, heading, patient, check, traits, lines, lineEditor, actions,
                remaining);
        center.setPadding(new Insets(12));

        Label pendingTitle = new Label(PrescriptionText.PENDING_TITLE.text());
        pendingTitle.getStyleClass().add("section-title");
        ListView<String> pending = new ListView<>(viewModel.pending());
        pending.setId("pendingList");
        pending.setFocusTraversable(false);
        pending.setPlaceholder(new Label(PrescriptionText.PENDING_NONE.text()));
        Button refresh = new Button(PrescriptionText.PENDING_REFRESH.text());
        refresh.setId("pendingRefresh");
        refresh.setFocusTraversable(false);
        refresh.setOnAction(e -> viewModel.refreshPending());
        VBox side = new VBox(6, pendingTitle, pending, refresh);
        side.setPadding(new Insets(12));
        side.setPrefWidth(220);
        side.setMinWidth(180);
        VBox.setVgrow(pending, Priority.ALWAYS);

        root.setId("counterView");
        root.setCenter(center);
        root.setRight(side);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F9) {
                viewModel.deliver();
                scan.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.clear();
                scan.requestFocus();
                e.consume();
            }
        });
        // Back to the scan field after every answer: a scanner never types into a quantity by mistake.
        viewModel.messageProperty().addListener((obs, b, now) -> {
            Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (!inside(owner, lines)) {
                Platform.runLater(scan::requestFocus);
            }
        });
        root.sceneProperty().addListener((obs, b, scene) -> {
            if (scene != null) {
                Platform.runLater(scan::requestFocus);
            }
        });
    }

    private static void tone(Label label, CounterViewModel.Tone tone) {
        String style = switch (tone) {
            case INFO -> "message-info";
            case SUCCESS -> "message-success";
            case WARNING -> "message-warning";
            case ERROR -> "message-error";
        };
        label.getStyleClass().setAll("label", style);
        label.setStyle(switch (tone) {
            case INFO -> "-fx-text-fill: #1f4e79;";
            case SUCCESS -> "-fx-text-fill: #1b6e20;";
            case WARNING -> "-fx-text-fill: #8a5a00;";
            case ERROR -> "-fx-text-fill: #b00020; -fx-font-weight: bold;";
        });
    }

    private static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value,
                                                     double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<CounterLineRow, String> rowColumn(String title,
                                                                 java.util.function.Function<CounterLineRow, String> value,
                                                                 double width) {
        TableColumn<CounterLineRow, String> column = column(title, value, width);
        if (title.equals(PrescriptionText.COL_SCANNED.text())) {
            column.setCellValueFactory(c -> c.getValue().scannedProperty());
        }
        return column;
    }

    private static boolean inside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    public Node node() {
        return root;
    }

    public void focus() {
        scan.requestFocus();
    }

}

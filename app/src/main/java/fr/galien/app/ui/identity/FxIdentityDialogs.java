package fr.galien.app.ui.identity;

import fr.galien.app.ui.common.PatientRow;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import java.io.File;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The JavaFX {@link IdentityDialogs}: modal dialogs owned by the main window, built in code. */
public final class FxIdentityDialogs implements IdentityDialogs {

    private static final String STYLESHEET = "/fr/galien/app/ui/galien.css";

    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to, looked up when a dialog opens (may answer null) */
    public FxIdentityDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    // --- CR 02: the birth place -------------------------------------------------------------------------------------

    @Override
    public Optional<String> askBirthPlace(String patientSummary) {
        // Typed by name (commune or country) and picked: the COG code is what INSi is asked with.
        javafx.beans.property.StringProperty code = new javafx.beans.property.SimpleStringProperty("");
        TextField place = new fr.galien.app.ui.common.BirthPlaceField("birthPlaceInput", code,
                IdentityText.BIRTH_PLACE_PROMPT.text()).node();
        VBox content = new VBox(8, wrapped(IdentityText.BIRTH_PLACE_TEXT.text()), place,
                hint(IdentityText.BIRTH_PLACE_HINT.text()));
        content.setPrefWidth(560);
        ButtonType search = new ButtonType(IdentityText.BIRTH_PLACE_SEARCH.text(), ButtonBar.ButtonData.OK_DONE);
        Dialog<String> dialog = dialog("birthPlaceDialog", IdentityText.BIRTH_PLACE_TITLE.text(), patientSummary,
                content, search, cancel());
        dialog.getDialogPane().lookupButton(search).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> !fr.galien.core.geo.BirthPlaces.looksLikeCode(code.get()),
                        code));
        dialog.setResultConverter(button -> button == search ? code.get().strip() : null);
        Platform.runLater(place::requestFocus);
        return dialog.showAndWait();
    }

    // --- the side-by-side comparison ----------------------------------------------------------------------------

    @Override
    public ProposalDecision compare(IdentityProposal proposal) {
        InsIdentity identity = proposal.identity();
        VBox content = new VBox(10);
        content.getChildren().add(wrapped(proposal.keyVerifies()
                ? IdentityText.COMPARE_INTRO.text() : IdentityText.COMPARE_INTRO_KEY.text()));
        content.getChildren().add(TraitsGrid.of(proposal.comparison(), IdentityText.COMPARE_LOCAL.text(),
                IdentityText.COMPARE_INSI.text()));
        content.getChildren().add(TraitsGrid.sectionLabel(IdentityText.COMPARE_MATRICULE));
        content.getChildren().add(TraitsGrid.matricule(identity.active().matricule(), identity.active().oid()));
        content.getChildren().add(TraitsGrid.sectionLabel(IdentityText.COMPARE_HISTORY));
        content.getChildren().add(TraitsGrid.history(identity.history()));
        Label method = wrapped(IdentityText.COMPARE_METHOD.text(proposal.method().label()));
        method.setId("proposalMethod");
        content.getChildren().add(method);
        if (!proposal.note().isEmpty()) {
            Label note = wrapped(proposal.note());
            note.setId("proposalNote");
            note.getStyleClass().add("identity-note");
            content.getChildren().add(note);
        }
        Label choice = wrapped(proposal.allEqual() ? IdentityText.COMPARE_ALL_EQUAL.text()
                : IdentityText.COMPARE_DIFFER.text(proposal.comparison().different().size()));
        choice.getStyleClass().add(proposal.allEqual() ? "identity-message-success" : "identity-message-error");
        content.getChildren().add(choice);
        content.setPrefWidth(760);

        ButtonType accept = new ButtonType(IdentityText.COMPARE_ACCEPT.text(), ButtonBar.ButtonData.OK_DONE);
        ButtonType replace = new ButtonType(IdentityText.COMPARE_REPLACE.text(), ButtonBar.ButtonData.OTHER);
        ButtonType nothing = new ButtonType(IdentityText.COMPARE_NOTHING.text(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ProposalDecision> dialog = dialog("comparisonDialog", IdentityText.COMPARE_TITLE.text(),
                proposal.patientSummary().isEmpty() ? null : proposal.patientSummary(), content,
                accept, replace, nothing);
        Button acceptButton = (Button) dialog.getDialogPane().lookupButton(accept);
        acceptButton.setId("acceptInsiButton");
        acceptButton.setDisable(!proposal.allEqual());
        acceptButton.setDefaultButton(proposal.allEqual());
        Button replaceButton = (Button) dialog.getDialogPane().lookupButton(replace);
        replaceButton.setId("replaceTraitsButton");
        replaceButton.setDisable(proposal.allEqual());
        replaceButton.setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(nothing)).setId("keepLocalButton");
        dialog.setResultConverter(button -> {
            if (button == accept) {
                return ProposalDecision.ACCEPT;
            }
            if (button == replace) {
                return ProposalDecision.REPLACE_WITH_INSI;
            }
            return ProposalDecision.NOTHING;
        });
        return dialog.showAndWait().orElse(ProposalDecision.NOTHING);
    }

    // --- qualification: the document -------------------------------------------------------------------------------

    @Override
    public Optional<IdentityDocument> chooseDocument(String patientSummary, List<IdentityDocument> offered) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        choices.setId("documentChoices");
        for (IdentityDocument document : offered) {
            RadioButton radio = new RadioButton(document.label());
            radio.setId("document-" + document.code());
            radio.setUserData(document);
            radio.setToggleGroup(group);
            choices.getChildren().add(radio);
        }
        CheckBox checked = new CheckBox(IdentityText.DOCUMENT_CHECKED.text());
        checked.setId("documentCheckedBox");
        checked.setWrapText(true);
        VBox content = new VBox(10, wrapped(IdentityText.DOCUMENT_TEXT.text()), choices, checked,
                hint(IdentityText.DOCUMENT_HINT.text()));
        content.setPrefWidth(560);
        ButtonType confirm = new ButtonType(IdentityText.DOCUMENT_CONFIRM.text(), ButtonBar.ButtonData.OK_DONE);
        Dialog<IdentityDocument> dialog = dialog("documentDialog", IdentityText.DOCUMENT_TITLE.text(),
                patientSummary, content, confirm, cancel());
        Node confirmButton = dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("confirmDocumentButton");
        confirmButton.disableProperty().bind(group.selectedToggleProperty().isNull().or(checked.selectedProperty().not()));
        dialog.setResultConverter(button -> button == confirm && group.getSelectedToggle() != null
                ? (IdentityDocument) group.getSelectedToggle().getUserData() : null);
        return dialog.showAndWait();
    }

    // --- correction of the strict traits ------------------------------------------------------------------------

    @Override
    public Optional<IdentityTraits> correctTraits(String patientSummary, IdentityTraits current) {
        TextField birthName = field("correctBirthName", current.birthName());
        TextField firstNames = field("correctFirstNames", String.join(" ", current.firstNames()));
        ToggleGroup sexGroup = new ToggleGroup();
        HBox sexes = new HBox(14);
        for (Sex sex : List.of(Sex.F, Sex.M)) {
            RadioButton radio = new RadioButton(sex.label() + " (" + sex.name() + ")");
            radio.setId("correctSex" + sex.name());
            radio.setUserData(sex);
            radio.setToggleGroup(sexGroup);
            radio.setSelected(sex == current.sex());
            sexes.getChildren().add(radio);
        }
        TextField birthDate = field("correctBirthDate", current.birthDate() == null ? ""
                : current.birthDate().toFrench());
        javafx.beans.property.StringProperty placeCode = new javafx.beans.property.SimpleStringProperty(
                current.birthPlaceCode() == null ? "" : current.birthPlaceCode());
        TextField birthPlace = new fr.galien.app.ui.common.BirthPlaceField("correctBirthPlace", placeCode,
                IdentityText.BIRTH_PLACE_PROMPT.text()).node();
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, fieldLabel(IdentityText.CORRECT_BIRTH_NAME), birthName);
        form.addRow(1, fieldLabel(IdentityText.CORRECT_FIRST_NAMES), firstNames);
        form.addRow(2, fieldLabel(IdentityText.CORRECT_SEX), sexes);
        form.addRow(3, fieldLabel(IdentityText.CORRECT_BIRTH_DATE), birthDate);
        form.addRow(4, fieldLabel(IdentityText.CORRECT_BIRTH_PLACE), birthPlace);
        Label warning = wrapped(IdentityText.CORRECT_WARNING.text());
        warning.getStyleClass().add("identity-message-error");
        VBox content = new VBox(10, warning, form);
        content.setPrefWidth(560);

        ButtonType confirm = new ButtonType(IdentityText.CORRECT_CONFIRM.text(), ButtonBar.ButtonData.OK_DONE);
        Dialog<IdentityTraits> dialog = dialog("correctionDialog", IdentityText.CORRECT_TITLE.text(),
                patientSummary, content, confirm, cancel());
        // Offered only once a trait really changed (the core refuses a correction that changes none: INS-0027).
        BooleanBinding unreadable = Bindings.createBooleanBinding(
                () -> BirthDate.parseFrench(birthDate.getText()).isEmpty() || sexGroup.getSelectedToggle() == null
                        || birthName.getText().isBlank() || firstNames.getText().isBlank()
                        || (birthName.getText().strip().equals(current.birthName())
                        && firstNames.getText().strip().replaceAll("\\s+", " ")
                                .equals(String.join(" ", current.firstNames()))
                        && sexGroup.getSelectedToggle().getUserData() == current.sex()
                        && BirthDate.parseFrench(birthDate.getText()).orElseThrow().equals(current.birthDate())
                        && placeCode.get().strip().equals(current.birthPlaceCode() == null ? ""
                                : current.birthPlaceCode())),
                birthDate.textProperty(), sexGroup.selectedToggleProperty(), birthName.textProperty(),
                firstNames.textProperty(), placeCode);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(unreadable);
        dialog.setResultConverter(button -> button != confirm ? null : new IdentityTraits(birthName.getText().strip(),
                Arrays.stream(firstNames.getText().strip().split("\\s+")).filter(name -> !name.isEmpty()).toList(),
                (Sex) sexGroup.getSelectedToggle().getUserData(),
                BirthDate.parseFrench(birthDate.getText()).orElseThrow(),
                placeCode.get().isBlank() ? null : placeCode.get().strip()));
        return dialog.showAndWait();
    }

    // --- appli carte Vitale: the scan field ---------------------------------------------------------------------

    @Override
    public Optional<String> askApCvCode(List<IdentityContext.SandboxCode> sandboxCodes,
                                        Optional<String> sandboxPage) {
        TextField scan = new TextField();
        scan.setId("apCvScanField");
        scan.setPromptText(IdentityText.APCV_SCAN_PROMPT.text());
        VBox content = new VBox(8, wrapped(IdentityText.APCV_SCAN_TEXT.text()), scan);
        if (!sandboxCodes.isEmpty()) {
            ComboBox<IdentityContext.SandboxCode> codes = new ComboBox<>();
            codes.setId("apCvSandboxCodes");
            codes.getItems().setAll(sandboxCodes);
            codes.setPromptText(IdentityText.APCV_SANDBOX_PROMPT.text());
            codes.setMaxWidth(Double.MAX_VALUE);
            codes.setCellFactory(list -> new CodeCell());
            codes.setButtonCell(new CodeCell());
            codes.valueProperty().addListener((obs, before, now) -> {
                if (now != null) {
                    scan.setText(now.content());
                }
            });
            Label sandboxTitle = TraitsGrid.sectionLabel(IdentityText.APCV_SANDBOX_TITLE);
            content.getChildren().addAll(sandboxTitle, codes);
            sandboxPage.ifPresent(page -> {
                TextField address = new TextField(page);
                address.setId("apCvSandboxPage");
                address.setEditable(false);
                content.getChildren().addAll(hint(IdentityText.APCV_SANDBOX_PAGE.text()), address);
            });
        }
        content.setPrefWidth(560);
        ButtonType send = new ButtonType(IdentityText.APCV_SCAN_SEND.text(), ButtonBar.ButtonData.OK_DONE);
        Dialog<String> dialog = dialog("apCvDialog", IdentityText.APCV_SCAN_TITLE.text(), null, content, send,
                cancel());
        dialog.getDialogPane().lookupButton(send).disableProperty().bind(scan.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == send ? scan.getText() : null);
        // A keyboard-wedge scanner types the code then Entrée: the field has the caret, Entrée is the default button.
        Platform.runLater(scan::requestFocus);
        return dialog.showAndWait();
    }

    private static final class CodeCell extends ListCell<IdentityContext.SandboxCode> {
        @Override
        protected void updateItem(IdentityContext.SandboxCode code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : code.label());
        }
    }

    // --- INS datamatrix -------------------------------------------------------------------------------------------

    @Override
    public Optional<DatamatrixInput> askDatamatrix() {
        TextField scan = new TextField();
        scan.setId("datamatrixScanField");
        scan.setPromptText(IdentityText.DATAMATRIX_PROMPT.text());
        ButtonType read = new ButtonType(IdentityText.DATAMATRIX_READ_TEXT.text(), ButtonBar.ButtonData.OK_DONE);
        ButtonType image = new ButtonType(IdentityText.DATAMATRIX_OPEN_IMAGE.text(), ButtonBar.ButtonData.LEFT);
        VBox content = new VBox(8, wrapped(IdentityText.DATAMATRIX_TEXT.text()), scan,
                hint(IdentityText.DATAMATRIX_HINT.text()));
        content.setPrefWidth(560);
        Dialog<DatamatrixInput> dialog = dialog("datamatrixDialog", IdentityText.DATAMATRIX_TITLE.text(), null,
                content, read, image, cancel());
        dialog.getDialogPane().lookupButton(read).disableProperty().bind(scan.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(image).setId("datamatrixImageButton");
        dialog.setResultConverter(button -> {
            if (button == read) {
                return DatamatrixInput.ofText(scan.getText());
            }
            if (button == image) {
                return chooseImage().map(DatamatrixInput::ofImage).orElse(null);
            }
            return null;
        });
        Platform.runLater(scan::requestFocus);
        return dialog.showAndWait();
    }

    private Optional<java.nio.file.Path> chooseImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(IdentityText.DATAMATRIX_CHOOSER_TITLE.text());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(IdentityText.DATAMATRIX_IMAGES.text(),
                "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG"));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public boolean proposeDatamatrix(DatamatrixProposal proposal) {
        VBox content = new VBox(10, wrapped(IdentityText.DATAMATRIX_PROPOSAL_TEXT.text()),
                TraitsGrid.of(proposal.comparison(), IdentityText.COMPARE_LOCAL.text(),
                        IdentityText.DATAMATRIX_SIDE.text()),
                TraitsGrid.sectionLabel(IdentityText.COMPARE_MATRICULE),
                TraitsGrid.matricule(proposal.scanned().matricule(), proposal.scanned().oid()));
        Label never = wrapped(IdentityText.DATAMATRIX_NEVER_QUALIFIES.text());
        never.getStyleClass().add("identity-note");
        content.getChildren().add(never);
        content.setPrefWidth(760);
        ButtonType search = new ButtonType(IdentityText.DATAMATRIX_SEARCH.text(), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(IdentityText.COMPARE_NOTHING.text(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Boolean> dialog = dialog("datamatrixProposalDialog", IdentityText.DATAMATRIX_PROPOSAL_TITLE.text(),
                proposal.patientSummary(), content, search, close);
        dialog.getDialogPane().lookupButton(search).setId("datamatrixSearchButton");
        dialog.setResultConverter(button -> button == search);
        return dialog.showAndWait().orElse(false);
    }

    // --- the counter: which local file ---------------------------------------------------------------------------

    @Override
    public LocalPatientChoice chooseLocalPatient(InsIdentity found, IdentificationMethod method,
                                                 List<Patient> candidates) {
        IdentityTraits traits = found.traits();
        String who = traits.birthName() + " " + String.join(" ", traits.firstNames()) + " — "
                + traits.sex().name() + " — " + traits.birthDate().toFrench()
                + (traits.birthPlaceCode() == null ? "" : " — " + traits.birthPlaceCode());
        Label identity = new Label(who);
        identity.setId("counterFoundIdentity");
        identity.getStyleClass().add("identity-found");
        ListView<Patient> list = new ListView<>();
        list.setId("counterCandidates");
        list.getItems().setAll(candidates);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Patient patient, boolean empty) {
                super.updateItem(patient, empty);
                setText(empty || patient == null ? null : PatientRow.summary(patient) + " — "
                        + IdentityDisplay.statusText(patient.identityStatus()));
            }
        });
        list.setPrefHeight(Math.min(6, Math.max(2, candidates.size())) * 28.0 + 4);
        list.getSelectionModel().selectFirst();
        VBox content = new VBox(8, wrapped(IdentityText.COUNTER_FOUND.text(method.label())), identity,
                TraitsGrid.matricule(found.active().matricule(), found.active().oid()));
        if (candidates.isEmpty()) {
            content.getChildren().add(wrapped(IdentityText.COUNTER_NO_CANDIDATE.text()));
        } else {
            content.getChildren().addAll(wrapped(IdentityText.COUNTER_CANDIDATES.text()), list);
        }
        content.setPrefWidth(620);
        ButtonType open = new ButtonType(IdentityText.COUNTER_OPEN.text(), ButtonBar.ButtonData.OK_DONE);
        ButtonType create = new ButtonType(IdentityText.COUNTER_CREATE.text(), ButtonBar.ButtonData.OTHER);
        Dialog<LocalPatientChoice> dialog = dialog("counterDialog", IdentityText.COUNTER_TITLE.text(), null,
                content, open, create, cancel());
        Node openButton = dialog.getDialogPane().lookupButton(open);
        openButton.setId("counterOpenButton");
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("counterCreateButton");
        if (candidates.isEmpty()) {
            createButton.setDefaultButton(true);
        }
        dialog.setResultConverter(button -> {
            if (button == open && list.getSelectionModel().getSelectedItem() != null) {
                return LocalPatientChoice.open(list.getSelectionModel().getSelectedItem());
            }
            return button == create ? LocalPatientChoice.create() : LocalPatientChoice.cancel();
        });
        return dialog.showAndWait().orElse(LocalPatientChoice.cancel());
    }

    // --- building blocks -----------------------------------------------------------------------------------------

    private <T> Dialog<T> dialog(String id, String title, String header, Node content, ButtonType... buttons) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initModality(Modality.APPLICATION_MODAL);
        Optional.ofNullable(owner.get()).ifPresent(dialog::initOwner);
        dialog.setTitle(title);
        // The title again in the header: the window's own title bar may be small or absent (kiosk, no decorations).
        dialog.setHeaderText(header == null || header.isBlank() ? title : title + "\n" + header);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.getStyleClass().add("identity-dialog");
        URL sheet = Objects.requireNonNull(FxIdentityDialogs.class.getResource(STYLESHEET), STYLESHEET);
        pane.getStylesheets().add(sheet.toExternalForm());
        pane.setContent(content);
        pane.getButtonTypes().setAll(buttons);
        dialog.setResizable(true);
        return dialog;
    }

    private static ButtonType cancel() {
        return new ButtonType(IdentityText.ACTION_CANCEL.text(), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label hint(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("hint");
        return label;
    }

    private static Label fieldLabel(IdentityText text) {
        Label label = new Label(text.text());
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }
}

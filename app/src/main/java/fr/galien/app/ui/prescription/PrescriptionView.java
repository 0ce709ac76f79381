package fr.galien.app.ui.prescription;

import fr.galien.core.ordonnance.NonSubstitution;
import fr.galien.core.ordonnance.OrdonnanceLine;
import fr.galien.core.ordonnance.QrCodes;
import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * « Prescrire »: the line editor and the lines on the left, the ordonnance preview on the right; « Valider et
 * envoyer », the identifier and its QR code once registered, or the paper ordonnance. Bindings only.
 */
public final class PrescriptionView {

    private final PrescriptionViewModel viewModel;
    private final LineEditorView editor;
    private final SplitPane root;

    public PrescriptionView(PrescriptionViewModel viewModel) {
        this.viewModel = viewModel;
        this.editor = new LineEditorView(viewModel.editor(), true, viewModel::addLine);

        Label patient = new Label();
        patient.setId("prescriptionPatient");
        patient.getStyleClass().add("section-title");
        patient.textProperty().bind(Bindings.createStringBinding(() -> viewModel.patientProperty().get() == null
                ? PrescriptionText.NO_PATIENT.text()
                : PrescriptionText.FOR_PATIENT.text(viewModel.patientProperty().get().displayName()),
                viewModel.patientProperty()));

        Label notice = new Label();
        notice.setId("identityNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("message-warning");
        notice.textProperty().bind(viewModel.identityNoticeProperty());
        Button insFlow = new Button(PrescriptionText.INS_FLOW.text());
        insFlow.setId("insFlowButton");
        insFlow.setOnAction(e -> viewModel.startInsFlow());
        HBox noticeBox = new HBox(8, notice, insFlow);
        noticeBox.setAlignment(Pos.CENTER_LEFT);
        noticeBox.visibleProperty().bind(viewModel.identityNoticeProperty().isNotEmpty());
        noticeBox.managedProperty().bind(noticeBox.visibleProperty());
        insFlow.visibleProperty().bind(viewModel.qualifiedProperty().not());
        insFlow.managedProperty().bind(insFlow.visibleProperty());

        ListView<OrdonnanceLine> lines = new ListView<>(viewModel.lines());
        lines.setId("prescriptionLines");
        lines.setPrefHeight(130);
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OrdonnanceLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : describe(getIndex() + 1, line));
            }
        });
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                viewModel.removeLine(lines.getSelectionModel().getSelectedIndex());
            }
        });
        Button remove = new Button(PrescriptionText.REMOVE_LINE.text());
        remove.setId("removeLineButton");
        remove.disableProperty().bind(lines.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.removeLine(lines.getSelectionModel().getSelectedIndex()));

        Button send = new Button(PrescriptionText.VALIDATE_AND_SEND.text());
        send.setId("validateAndSendButton");
        send.getStyleClass().add("primary");
        send.disableProperty().bind(viewModel.canSendProperty().not());
        send.setOnAction(e -> viewModel.validateAndSend());
        Button paper = new Button(PrescriptionText.PRINT_PAPER.text());
        paper.setId("printPaperButton");
        paper.visibleProperty().bind(viewModel.paperOfferedProperty());
        paper.managedProperty().bind(paper.visibleProperty());
        paper.disableProperty().bind(Bindings.isEmpty(viewModel.lines()).or(viewModel.busyProperty()));
        paper.setOnAction(e -> viewModel.printOnPaper());
        Button again = new Button(PrescriptionText.NEW_PRESCRIPTION.text());
        again.setId("newPrescriptionButton");
        again.setOnAction(e -> viewModel.newPrescription());
        again.visibleProperty().bind(viewModel.stageProperty().isNotEqualTo(PrescriptionViewModel.Stage.EDITING)
                .and(viewModel.stageProperty().isNotEqualTo(PrescriptionViewModel.Stage.SENDING)));
        again.managedProperty().bind(again.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(viewModel.busyProperty());
        HBox actions = new HBox(8, send, paper, again, busy);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("prescriptionMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());

        Canvas qr = new Canvas(96, 96);
        qr.setId("prescriptionQr");
        Label identifier = new Label();
        identifier.setId("prescriptionIdentifier");
        identifier.getStyleClass().add("identifier");
        identifier.setStyle("-fx-font-size: 16px; -fx-font-weight: bold; -fx-font-family: monospace;");
        identifier.textProperty().bind(viewModel.identifierProperty());
        VBox qrBox = new VBox(4, qr, identifier);
        qrBox.visibleProperty().bind(viewModel.identifierProperty().isNotEmpty());
        qrBox.managedProperty().bind(qrBox.visibleProperty());
        viewModel.identifierProperty().addListener((obs, before, now) -> drawQr(qr, now));

        Label linesTitle = new Label(PrescriptionText.LINES_TITLE.text());
        linesTitle.getStyleClass().add("section-title");
        // Once sent, the identifier and its QR code come first; the form is locked until « Nouvelle ordonnance ».
        editor.node().disableProperty().bind(viewModel.stageProperty().isNotEqualTo(
                PrescriptionViewModel.Stage.EDITING));
        HBox result = new HBox(12, qrBox, message);
        result.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        result.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        VBox left = new VBox(8, patient, noticeBox, result, editor.node(), linesTitle, lines, remove, actions);
        left.setPadding(new Insets(12));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);

        VBox pages = new VBox(8);
        pages.setId("ordonnancePreview");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(8));
        Label empty = new Label(PrescriptionText.PREVIEW_EMPTY.text());
        pages.getChildren().setAll(empty);
        viewModel.previewProperty().addListener((obs, before, now) -> showPages(pages, now, empty));
        ScrollPane previewScroll = new ScrollPane(pages);
        previewScroll.setFitToWidth(true);
        previewScroll.setId("previewScroll");

        root = new SplitPane(leftScroll, previewScroll);
        root.setId("prescriptionView");
        root.setDividerPositions(0.58);
        root.setMinWidth(0);
        leftScroll.setMinWidth(0);
        previewScroll.setMinWidth(0);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                viewModel.addLine();
                editor.focus();
                e.consume();
            }
        });
        VBox.setVgrow(lines, Priority.SOMETIMES);
    }

    static String describe(int number, OrdonnanceLine line) {
        StringBuilder text = new StringBuilder().append(number).append(". ").append(line.drugLabel()).append(" — ")
                .append(line.instructionsFrench());
        if (line.quantity() != null) {
            text.append(" — ").append(line.quantity());
        }
        if (line.renewals() > 0) {
            text.append(" — ").append(line.renewalsFrench());
        }
        NonSubstitution ns = line.nonSubstitutable();
        if (ns != null) {
            text.append(" — ").append(ns.mention());
        }
        if (line.ald()) {
            text.append(" — ALD");
        }
        return text.toString();
    }

    static void showPages(VBox pages, List<BufferedImage> images, Node empty) {
        if (images == null || images.isEmpty()) {
            pages.getChildren().setAll(empty);
            return;
        }
        pages.getChildren().clear();
        for (BufferedImage image : images) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
            view.setPreserveRatio(true);
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.min(image.getWidth() * 1.6,
                    pages.widthProperty().subtract(24)));
            view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 2);");
            pages.getChildren().add(view);
        }
    }

    static void drawQr(Canvas canvas, String identifier) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (identifier == null || identifier.isEmpty()) {
            return;
        }
        BitMatrix matrix = QrCodes.encode(identifier);
        double module = Math.floor(canvas.getWidth() / (matrix.getWidth() + 4));
        double offset = (canvas.getWidth() - module * matrix.getWidth()) / 2;
        g.setFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(offset + x * module, offset + y * module, module, module);
                }
            }
        }
    }

    public Node node() {
        return root;
    }

    public void focus() {
        editor.focus();
    }
}

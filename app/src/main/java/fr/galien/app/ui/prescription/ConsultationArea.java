package fr.galien.app.ui.prescription;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.IncrementalSearch;
import fr.galien.core.domain.Animal;
import fr.galien.core.domain.Owner;
import fr.galien.core.domain.Patient;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.vet.OwnerRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The « Consultation » area: a patient (or, for a vet, an animal) picked by search as you type on the left, then
 * « Prescrire » (or the vet « Ordonnance ») for them. ↓ moves from the search field to the list, Entrée opens.
 */
public final class ConsultationArea {

    /** One animal with its owner, for the vet list. */
    public record AnimalChoice(Owner owner, Animal animal) {
        @Override
        public String toString() {
            return animal.name() + " (" + animal.species() + ") — " + owner.lastName()
                    + (owner.firstName() == null ? "" : " " + owner.firstName());
        }
    }

    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private PrescriptionViewModel prescription;
    private VetOrdonnanceViewModel vet;

    /** The doctor's consultation: patients, then « Prescrire ». */
    public static ConsultationArea forPatients(PatientRegistry patients, PrescribingContext context, Caller caller,
                                              TaskExecutor tasks, DialogService dialogs, Debouncer debouncer,
                                              Clock clock, Runnable insFlow) {
        ConsultationArea area = new ConsultationArea();
        IncrementalSearch<Patient> found = new IncrementalSearch<>(q -> patients.search(caller, q, 50),
                new IncrementalSearch.Texts(PrescriptionText.SEARCHING_PATIENTS.text(),
                        PrescriptionText.PATIENT_SEARCH_HINT.text(), n -> PrescriptionText.FOUND.text(n)),
                tasks, debouncer, dialogs::showError);
        area.prescription = new PrescriptionViewModel(context, caller, tasks, dialogs, debouncer, clock);
        area.prescription.setOnInsFlow(insFlow);
        PrescriptionView view = new PrescriptionView(area.prescription);
        ListView<Patient> list = new ListView<>(found.results());
        list.setId("consultationPatients");
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Patient p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.displayName() + (p.birthDate() == null ? ""
                        : " — " + p.birthDate().toFrench()) + " — " + p.identityStatus().label());
            }
        });
        area.layout(found.queryProperty(), found.countTextProperty(), list,
                p -> {
                    area.prescription.open(p);
                    view.focus();
                }, view.node(), PrescriptionText.PATIENT_SEARCH_PROMPT.text());
        return area;
    }

    /** The vet's consultation: animals (by owner or animal name), then the numbered « Ordonnance ». */
    public static ConsultationArea forAnimals(OwnerRegistry owners, PrescribingContext context, Caller caller,
                                             TaskExecutor tasks, DialogService dialogs, Debouncer debouncer,
                                             Clock clock) {
        ConsultationArea area = new ConsultationArea();
        IncrementalSearch<AnimalChoice> found = new IncrementalSearch<>(q -> {
            List<AnimalChoice> choices = new ArrayList<>();
            owners.search(caller, q, 50).forEach(file -> file.animals().stream().filter(a -> !a.archived())
                    .forEach(a -> choices.add(new AnimalChoice(file.owner(), a))));
            return choices;
        }, new IncrementalSearch.Texts(PrescriptionText.SEARCHING_PATIENTS.text(),
                PrescriptionText.ANIMAL_SEARCH_HINT.text(), n -> PrescriptionText.FOUND.text(n)),
                tasks, debouncer, dialogs::showError);
        area.vet = new VetOrdonnanceViewModel(context, caller, tasks, dialogs, debouncer, clock);
        VetOrdonnanceView view = new VetOrdonnanceView(area.vet);
        ListView<AnimalChoice> list = new ListView<>(found.results());
        list.setId("consultationAnimals");
        area.layout(found.queryProperty(), found.countTextProperty(), list, choice -> {
            area.vet.open(choice.owner(), choice.animal());
            view.focus();
        }, view.node(), PrescriptionText.ANIMAL_SEARCH_PROMPT.text());
        return area;
    }

    private <T> void layout(javafx.beans.property.StringProperty query,
                            javafx.beans.property.ReadOnlyStringProperty count, ListView<T> list,
                            java.util.function.Consumer<T> open, Node work, String prompt) {
        search.setId("consultationSearch");
        search.setPromptText(prompt);
        search.textProperty().bindBidirectional(query);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && list.getItems().size() == 1) {
                open.accept(list.getItems().get(0));
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Label countLabel = new Label();
        countLabel.textProperty().bind(count);
        countLabel.getStyleClass().add("hint");
        countLabel.setWrapText(true);
        VBox side = new VBox(6, search, countLabel, list);
        side.setPadding(new Insets(12, 0, 12, 12));
        side.setPrefWidth(210);
        side.setMinWidth(160);
        side.setMaxWidth(240);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setId("consultationArea");
        root.setLeft(side);
        root.setCenter(work);
    }

    public Node node() {
        return root;
    }

    public void focus() {
        search.requestFocus();
    }

    /** The doctor's prescription (null for a vet practice). */
    public PrescriptionViewModel prescription() {
        return prescription;
    }

    /** The vet ordonnance (null for a doctor's practice). */
    public VetOrdonnanceViewModel vet() {
        return vet;
    }
}

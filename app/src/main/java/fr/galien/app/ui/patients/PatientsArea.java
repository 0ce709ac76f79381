package fr.galien.app.ui.patients;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.common.DialogService;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.task.TaskExecutor;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The Patients area of the main window: the list, or one patient file in its place. Only one of the two is in the
 * scene at a time, so the form's default button and Échap never act while the list is shown.
 */
public final class PatientsArea {

    private final StackPane root = new StackPane();
    private final PatientsViewModel listModel;
    private final PatientsView list;
    private final PatientFormViewModel formModel;
    private final PatientFormView form;

    public PatientsArea(PatientRegistry registry, Caller caller, TaskExecutor tasks, DialogService dialogs,
                        Debouncer debouncer) {
        root.setId("patientsArea");
        listModel = new PatientsViewModel(registry, caller, tasks, dialogs, debouncer);
        list = new PatientsView(listModel);
        formModel = new PatientFormViewModel(registry, caller, tasks, dialogs);
        form = new PatientFormView(formModel);

        listModel.setOnNew(() -> {
            formModel.startNew();
            showForm();
        });
        listModel.setOnOpen(patient -> {
            formModel.show(patient);
            formModel.open(patient.id());
            showForm();
        });
        formModel.setOnOpenExisting(patient -> formModel.open(patient.id()));
        form.setOnClose(this::showList);
        root.getChildren().setAll(list.node());
    }

    private void showForm() {
        root.getChildren().setAll(form.node());
        form.focusFirstField();
    }

    private void showList() {
        root.getChildren().setAll(list.node());
        listModel.searchNow(); // the file may have been renamed or created: refresh what is listed
        list.focusSearch();
    }

    public Node node() {
        return root;
    }

    /** Called when the area becomes visible: the search field gets the caret. */
    public void focus() {
        list.focusSearch();
    }
}

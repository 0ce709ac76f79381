package fr.galien.app.ui.patients;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.identity.CounterIdentityBar;
import fr.galien.app.ui.identity.CounterIdentityViewModel;
import fr.galien.app.ui.identity.FxDelay;
import fr.galien.app.ui.identity.FxIdentityDialogs;
import fr.galien.app.ui.identity.IdentityContext;
import fr.galien.app.ui.identity.IdentityDialogs;
import fr.galien.app.ui.identity.IdentityPanelView;
import fr.galien.app.ui.identity.IdentityPanelViewModel;
import fr.galien.app.ui.identity.IdentityText;
import fr.galien.app.ui.documents.CdaPreview;
import fr.galien.app.ui.documents.DocumentPreviews;
import fr.galien.app.ui.documents.DocumentsPanelView;
import fr.galien.app.ui.documents.DocumentsPanelViewModel;
import fr.galien.app.ui.documents.DocumentsText;
import fr.galien.core.document.PatientDocuments;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.task.TaskExecutor;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The Patients area of the main window: the list, or one patient file in its place. Only one of the two is in the
 * scene at a time, so the form's default button and Échap never act while the list is shown.
 *
 * <p>With an {@link IdentityContext}, the file embeds the identity panel and the list offers the counter's entry
 * points (appli carte Vitale, Vitale card), which open the file found or created with the INSi comparison.
 */
public final class PatientsArea {

    private final StackPane root = new StackPane();
    private final PatientsViewModel listModel;
    private final PatientsView list;
    private final PatientFormViewModel formModel;
    private final PatientFormView form;

    public PatientsArea(PatientRegistry registry, Caller caller, TaskExecutor tasks, DialogService dialogs,
                        Debouncer debouncer) {
        this(registry, Optional.empty(), caller, tasks, dialogs, debouncer);
    }

    public PatientsArea(PatientRegistry registry, Optional<IdentityContext> identity, Caller caller,
                        TaskExecutor tasks, DialogService dialogs, Debouncer debouncer) {
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
        identity.ifPresent(context -> addIdentity(context, registry, caller, tasks, dialogs));
        root.getChildren().setAll(list.node());
    }

    private void addIdentity(IdentityContext context, PatientRegistry registry, Caller caller, TaskExecutor tasks,
                             DialogService dialogs) {
        IdentityDialogs identityDialogs = new FxIdentityDialogs(this::window);
        IdentityPanelViewModel panel = new IdentityPanelViewModel(context, caller, tasks, dialogs, identityDialogs,
                new FxDelay(), Clock.systemDefaultZone());
        panel.setUnsavedEdits(formModel::hasUnsavedChanges);
        panel.setOnChanged(formModel::show);
        formModel.setOnShown(panel::show);
        formModel.setOnStartNew(panel::clear);
        IdentityPanelView panelView = new IdentityPanelView(panel);
        form.setIdentityPanel(IdentityText.PANEL_TITLE.text(), panelView.node(), panelView.headerBadge());

        CounterIdentityViewModel counter = new CounterIdentityViewModel(context, registry, caller, tasks, dialogs,
                identityDialogs, new FxDelay());
        counter.setHandoff((patient, found, method) -> {
            formModel.show(patient);
            showForm();
            // Once the file is on screen, so the comparison dialog opens over it.
            Platform.runLater(() -> panel.proposeFound(patient, found, method));
        });
        CounterIdentityBar bar = new CounterIdentityBar(counter);
        list.addCounterActions(bar.buttons(), bar.status());
    }

    /**
     * Adds the patient's documents to the file (human patients, for callers who may read clinical data): listed in
     * the background each time a file is shown, emptied for a new file.
     */
    public void addDocuments(PatientDocuments documents, Caller caller, TaskExecutor tasks, DialogService dialogs) {
        DocumentsPanelViewModel panel = new DocumentsPanelViewModel(documents, caller, tasks, dialogs,
                new DocumentPreviews(CdaPreview::of), Clock.systemDefaultZone());
        formModel.addOnShown(patient -> panel.show(patient.id()));
        formModel.addOnStartNew(panel::clear);
        form.addSection(DocumentsText.SECTION_TITLE.text(), new DocumentsPanelView(panel).node());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
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

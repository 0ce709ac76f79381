package fr.galien.app.ui.owners;

import fr.galien.app.ui.common.Debouncer;
import fr.galien.app.ui.common.DialogService;
import fr.galien.app.ui.common.UnsavedEdits;
import fr.galien.core.security.Caller;
import fr.galien.core.task.TaskExecutor;
import fr.galien.core.vet.OwnerRegistry;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The "Clients et animaux" area of a vet practice: the clients list, or one client's file in its place (only one
 * in the scene at a time, so the file's default button and Échap never act while the list is shown).
 */
public final class OwnersArea {

    private final StackPane root = new StackPane();
    private final OwnersViewModel listModel;
    private final OwnersView list;
    private final OwnerFileViewModel fileModel;
    private final OwnerFileView file;

    public OwnersArea(OwnerRegistry registry, Caller caller, TaskExecutor tasks, DialogService dialogs,
                      Debouncer debouncer) {
        root.setId("ownersArea");
        listModel = new OwnersViewModel(registry, caller, tasks, dialogs, debouncer);
        list = new OwnersView(listModel);
        fileModel = new OwnerFileViewModel(registry, caller, tasks, dialogs);
        file = new OwnerFileView(fileModel);

        listModel.setOnNew(() -> {
            fileModel.startNew();
            showFile();
        });
        listModel.setOnOpen(found -> {
            fileModel.show(found);
            fileModel.open(found.owner().id());
            showFile();
        });
        file.setOnClose(() -> fileModel.leave(this::showList));
        root.getChildren().setAll(list.node());
    }

    private void showFile() {
        root.getChildren().setAll(file.node());
        file.focusFirstField();
    }

    private void showList() {
        root.getChildren().setAll(list.node());
        listModel.searchNow(); // the client may have been renamed or given a new animal: refresh what is listed
        list.focusSearch();
    }

    public Node node() {
        return root;
    }

    private boolean fileShown() {
        return root.getChildren().contains(file.node());
    }

    /** The open file's unsaved edits (none while the list is shown). */
    public UnsavedEdits unsavedEdits() {
        return new UnsavedEdits() {
            @Override
            public boolean hasUnsavedEdits() {
                return fileShown() && fileModel.hasUnsavedChanges();
            }

            @Override
            public void leave(Runnable then) {
                if (fileShown()) {
                    fileModel.leave(then);
                } else {
                    then.run();
                }
            }
        };
    }

    /** After login, unlock or change of user: the open file's first field, or the search field. */
    public void focusWork() {
        if (fileShown()) {
            file.focusFirstField();
        } else {
            list.focusSearch();
        }
    }

    /** Called when the area becomes visible: the search field gets the caret. */
    public void focus() {
        list.focusSearch();
    }
}

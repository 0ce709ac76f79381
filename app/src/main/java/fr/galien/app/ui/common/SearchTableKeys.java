package fr.galien.app.ui.common;

import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/**
 * The keyboard flow of the list screens, so they all behave alike: type in the search field, ↓ goes to the first
 * row, Entrée (or a double click) opens it, Échap returns to the search field with the caret at the end.
 */
public final class SearchTableKeys {

    private SearchTableKeys() {
    }

    /** Wires the keys between {@code search} and {@code table}; {@code open} opens the selected row. */
    public static <R> void install(TextField search, TableView<R> table, Runnable open) {
        Objects.requireNonNull(open);
        search.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                event.consume();
                table.requestFocus();
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
                table.scrollTo(0);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                open.run();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                focusEnd(search);
            }
        });
        table.setRowFactory(view -> {
            TableRow<R> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
    }

    /** Puts the caret at the end of {@code search} once the view is in a scene (hence the runLater). */
    public static void focusLater(TextField search) {
        Platform.runLater(() -> focusEnd(search));
    }

    private static void focusEnd(TextField search) {
        search.requestFocus();
        search.end();
    }
}

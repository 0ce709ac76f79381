package fr.galien.app.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Column helpers: a header's words stay whole however narrow the window (no « Date de nais… »). */
public final class TableColumns {

    /** Room for the header's padding and sort arrow around its text. */
    private static final double HEADER_PADDING = 24;

    private TableColumns() {
    }

    /** The column never gets narrower than its bold header text; returns it for chaining. */
    public static <S, T> TableColumn<S, T> keepHeaderWhole(TableColumn<S, T> column) {
        column.setMinWidth(Math.max(column.getMinWidth(), headerWidth(column.getText())));
        if (column.getPrefWidth() < column.getMinWidth()) {
            column.setPrefWidth(column.getMinWidth());
        }
        return column;
    }

    static double headerWidth(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        Font font = Font.getDefault();
        measure.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        return Math.ceil(measure.getLayoutBounds().getWidth()) + HEADER_PADDING;
    }
}

package fr.galien.app.ui.identity;

import fr.galien.core.identity.Matricules;
import fr.galien.core.identity.TraitsComparison;
import fr.galien.core.identity.TraitsComparison.Row;
import fr.galien.core.port.InsiPort.InsMatricule;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The building blocks of the comparison dialogs: the five strict traits side by side with each difference marked in
 * words and colour, and a matricule with its nature, OID and key flag. Plain labels: nothing INSi or a scan returned
 * is ever interpreted as markup.
 */
final class TraitsGrid {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TraitsGrid() {
    }

    /** A birth place by its name (« Rennes (35) »), the code in brackets only when the place is unknown. */
    private static String shown(fr.galien.core.identity.TraitsComparison.Trait trait, String value) {
        if (trait == fr.galien.core.identity.TraitsComparison.Trait.BIRTH_PLACE && value != null && !value.isBlank()) {
            return fr.galien.core.geo.BirthPlaces.ifLoaded().flatMap(places -> places.byCode(value))
                    .map(fr.galien.core.geo.BirthPlace::label)
                    .orElse(value);
        }
        return shown(value);
    }

    /** Trait | left | right | "identique"/"différent", one line per strict trait; differing lines highlighted. */
    static GridPane of(TraitsComparison comparison, String leftTitle, String rightTitle) {
        GridPane grid = new GridPane();
        grid.setId("traitsComparison");
        grid.getStyleClass().add("traits-grid");
        grid.setHgap(0);
        grid.setVgap(0);
        ColumnConstraints trait = new ColumnConstraints(215);
        ColumnConstraints side = new ColumnConstraints(150, 220, Double.MAX_VALUE);
        side.setHgrow(Priority.ALWAYS);
        ColumnConstraints verdict = new ColumnConstraints(110);
        grid.getColumnConstraints().addAll(trait, side, side, verdict);
        grid.addRow(0, header(IdentityText.COMPARE_TRAIT.text()), header(leftTitle), header(rightTitle),
                header(""));
        int line = 1;
        for (Row row : comparison.rows()) {
            String style = row.equal() ? "traits-same" : "traits-different";
            Label verdictLabel = cell(row.equal() ? IdentityText.COMPARE_SAME.text()
                    : IdentityText.COMPARE_DIFFERENT.text(), style);
            verdictLabel.setId("verdict-" + row.trait().name());
            verdictLabel.getStyleClass().add(row.equal() ? "verdict-same" : "verdict-different");
            Label local = cell(shown(row.trait(), row.local()), style);
            local.setId("local-" + row.trait().name());
            Label other = cell(shown(row.trait(), row.insi()), style);
            other.setId("other-" + row.trait().name());
            grid.addRow(line++, cell(row.trait().label(), style + " traits-name"), local, other, verdictLabel);
        }
        return grid;
    }

    /** "2 75 12 63 220 749 74  INS-NIR  OID 1.2.250.1.213.1.4.8", and the key flag under it when it does not verify. */
    static Node matricule(String matricule, String oid) {
        Label number = new Label(IdentityDisplay.groupedMatricule(matricule));
        number.setId("proposalMatricule");
        number.getStyleClass().add("identity-matricule");
        Label nature = new Label(IdentityDisplay.nature(oid));
        // The OID is a technical detail: in the nature's tooltip, not on screen.
        nature.setTooltip(new javafx.scene.control.Tooltip(IdentityText.OID.text(oid)));
        HBox line = new HBox(12, number, nature);
        line.setAlignment(Pos.BASELINE_LEFT);
        VBox box = new VBox(2, line);
        if (!Matricules.keyVerifies(matricule)) {
            Label flag = new Label(IdentityText.KEY_NOT_VERIFIED.text());
            flag.setId("proposalKeyFlag");
            flag.getStyleClass().add("identity-key-flag");
            box.getChildren().add(flag);
        }
        return box;
    }

    /** The previous matricules INSi returned (INSHISTO), one per line, or "aucun". */
    static Node history(List<InsMatricule> history) {
        VBox box = new VBox(2);
        box.setId("proposalHistory");
        if (history.isEmpty()) {
            Label none = new Label(IdentityText.COMPARE_NO_HISTORY.text());
            none.getStyleClass().add("hint");
            box.getChildren().add(none);
        }
        for (InsMatricule previous : history) {
            String period = previous.start() == null && previous.end() == null ? ""
                    : IdentityText.COMPARE_PERIOD.text(previous.start() == null ? "?" : DAY.format(previous.start()),
                    previous.end() == null ? "?" : DAY.format(previous.end()));
            Label line = new Label(IdentityDisplay.groupedMatricule(previous.matricule()) + "  "
                    + IdentityDisplay.nature(previous.oid()) + (period.isEmpty() ? "" : "  " + period));
            box.getChildren().add(line);
        }
        return box;
    }

    static Label sectionLabel(IdentityText text) {
        Label label = new Label(text.text());
        label.getStyleClass().add("field-label");
        return label;
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? IdentityText.COMPARE_ABSENT.text() : value;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("traits-header");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label cell(String text, String styles) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styles.split(" "));
        label.getStyleClass().add("traits-cell");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.setWrapText(true);
        // Every cell of a line as tall as the tallest, so a difference is highlighted across the whole line.
        GridPane.setFillHeight(label, true);
        return label;
    }
}

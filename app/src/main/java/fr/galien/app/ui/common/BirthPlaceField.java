package fr.galien.app.ui.common;

import fr.galien.core.geo.BirthPlace;
import fr.galien.core.geo.BirthPlaces;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * The birth place typed by name: the user types the first letters of a commune (or of a country, for a birth
 * abroad), picks it in the list under the field (↓ ↑ Entrée, or the mouse), and the field's code property gets the
 * official geographic code (COG) the INS traits carry. The field shows « Rennes (35) », never the code (it is in the
 * tooltip). A typed code (35238, 2A004) is taken as is; an unresolved text stays in the code property as typed, so
 * the form's validation says what is wrong rather than silently dropping it.
 *
 * <p>The search is in memory ({@link BirthPlaces}, about a millisecond); the copy is read once in the background
 * when the first field is built.
 */
public final class BirthPlaceField {

    private static final int SHOWN = 8;

    private final TextField field = new TextField();
    private final StringProperty code;
    private final ListView<BirthPlace> list = new ListView<>();
    private final Popup popup = new Popup();
    private final Tooltip tooltip = new Tooltip();
    private boolean updating;

    public BirthPlaceField(String id, StringProperty code, String prompt) {
        this.code = code;
        // Read the copy off the FX thread; until then the field shows the code and offers no list.
        BirthPlaces.loadInBackground().thenRun(() -> javafx.application.Platform.runLater(() -> {
            if (field.isFocused()) {
                typed(field.getText()); // the list for what was typed while the copy was being read
            } else {
                showCode(code.get());
            }
        }));
        field.setId(id);
        field.setPromptText(prompt);
        list.setId(id + "Choices");
        list.setPrefHeight(SHOWN * 26 + 4);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BirthPlace place, boolean empty) {
                super.updateItem(place, empty);
                setText(empty || place == null ? null : place.label());
            }
        });
        list.setOnMouseClicked(event -> pickSelected());
        // Some platforms give the list's window the keyboard: it answers the same keys as the field.
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case ENTER, TAB -> {
                    pickSelected();
                    event.consume();
                }
                case ESCAPE -> {
                    popup.hide();
                    event.consume();
                }
                default -> { }
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setConsumeAutoHidingEvents(false); // a click elsewhere (« Enregistrer ») still acts

        showCode(code.get());
        code.addListener((obs, before, now) -> {
            if (!updating) {
                showCode(now);
            }
        });
        field.textProperty().addListener((obs, before, now) -> {
            if (!updating) {
                typed(now);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.focusedProperty().addListener((obs, before, now) -> {
            if (!now) {
                popup.hide();
            }
        });
    }

    private void key(KeyEvent event) {
        if (!popup.isShowing()) {
            return;
        }
        switch (event.getCode()) {
            case DOWN -> {
                list.getSelectionModel().selectNext();
                event.consume();
            }
            case UP -> {
                list.getSelectionModel().selectPrevious();
                event.consume();
            }
            case ENTER, TAB -> {
                pickSelected();
                event.consume();
            }
            case ESCAPE -> {
                popup.hide();
                event.consume(); // closes the list, not the file
            }
            default -> { }
        }
    }

    private void typed(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            setCode("");
            popup.hide();
            return;
        }
        setCode(BirthPlaces.looksLikeCode(stripped) ? stripped.toUpperCase(Locale.ROOT) : stripped);
        List<BirthPlace> found = BirthPlaces.ifLoaded().map(places -> places.search(stripped, SHOWN))
                .orElse(List.of());
        if (found.isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(found);
        list.getSelectionModel().selectFirst();
        showPopup();
    }

    private void showPopup() {
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        list.setPrefWidth(Math.max(field.getWidth(), 360));
        Bounds bounds = field.localToScreen(field.getBoundsInLocal());
        if (bounds == null) {
            return;
        }
        popup.show(field, bounds.getMinX(), bounds.getMaxY());
    }

    private void pickSelected() {
        BirthPlace place = list.getSelectionModel().getSelectedItem();
        if (place != null) {
            pick(place);
        }
    }

    /** Puts {@code place} in the field: its label shown, its code in the property. */
    public void pick(BirthPlace place) {
        updating = true;
        try {
            field.setText(place.label());
            field.end();
            code.set(place.code());
            tooltip.setText(UiText.BIRTH_PLACE_CODE.text(place.code()));
            field.setTooltip(tooltip);
        } finally {
            updating = false;
        }
        popup.hide();
    }

    private void setCode(String value) {
        updating = true;
        try {
            code.set(value);
            field.setTooltip(null);
        } finally {
            updating = false;
        }
    }

    private void showCode(String value) {
        updating = true;
        try {
            String shown = value == null ? "" : value.strip();
            if (shown.isEmpty()) {
                field.setText("");
                field.setTooltip(null);
            } else {
                BirthPlace place = BirthPlaces.looksLikeCode(shown)
                        ? BirthPlaces.ifLoaded().flatMap(places -> places.byCode(shown)).orElse(null) : null;
                field.setText(place == null ? shown : place.label());
                tooltip.setText(UiText.BIRTH_PLACE_CODE.text(shown));
                field.setTooltip(place == null ? null : tooltip);
            }
        } finally {
            updating = false;
        }
    }

    public TextField node() {
        return field;
    }

    /** The suggestions shown under the field (tests). */
    public ListView<BirthPlace> choices() {
        return list;
    }

    /** True while the list of suggestions is open. */
    public boolean choicesShown() {
        return popup.isShowing();
    }
}

package fr.galien.app.ui.services;

import fr.galien.app.ui.common.UiText;
import fr.galien.core.spi.Health;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The Services view: modules and infrastructure with their health, re-checked every few seconds while shown. */
public final class ServicesView {

    private static final Duration REFRESH_EVERY = Duration.seconds(3);

    private final VBox root = new VBox(10);
    private final Timeline timer;

    public ServicesView(ServicesViewModel viewModel) {
        root.setId("servicesView");
        Label title = new Label(UiText.NAV_SERVICES.text());
        title.getStyleClass().add("area-title");
        Label intro = new Label(UiText.SERVICES_INTRO.text());
        intro.getStyleClass().add("hint");

        Label modulesTitle = new Label(UiText.SERVICES_SEGUR.text());
        modulesTitle.getStyleClass().add("section-title");
        TableView<ServiceRow> modules = table("segurModulesTable", viewModel.modules());
        Label empty = new Label(UiText.SERVICES_EMPTY.text());
        empty.setId("servicesEmpty");
        empty.getStyleClass().add("empty-state");
        modules.setPlaceholder(empty);
        modules.setPrefHeight(240);
        VBox.setVgrow(modules, Priority.ALWAYS);

        Label infraTitle = new Label(UiText.SERVICES_INFRASTRUCTURE.text());
        infraTitle.getStyleClass().add("section-title");
        TableView<ServiceRow> infrastructure = table("infrastructureTable", viewModel.infrastructure());
        infrastructure.setPrefHeight(130);
        boolean hasInfrastructure = !viewModel.infrastructure().isEmpty();
        infraTitle.setVisible(hasInfrastructure);
        infraTitle.setManaged(hasInfrastructure);
        infrastructure.setVisible(hasInfrastructure);
        infrastructure.setManaged(hasInfrastructure);

        root.getChildren().addAll(title, intro, modulesTitle, modules, infraTitle, infrastructure);

        timer = new Timeline(new KeyFrame(REFRESH_EVERY, event -> viewModel.refresh()));
        timer.setCycleCount(Timeline.INDEFINITE);
        // Poll only while the view is on screen; check at once when it appears.
        root.sceneProperty().addListener((obs, before, now) -> {
            if (now == null) {
                timer.stop();
            } else {
                viewModel.refresh();
                timer.play();
            }
        });
    }

    private static TableView<ServiceRow> table(String id, ObservableList<ServiceRow> rows) {
        TableView<ServiceRow> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // No technical id column (« ins », « apcv »…): the service's French name says what it is.
        table.getColumns().add(column(id + "Name", UiText.SERVICES_COLUMN_NAME, ServiceRow::name, 240));
        TableColumn<ServiceRow, String> state = column(id + "State", UiText.SERVICES_COLUMN_STATE,
                ServiceRow::stateLabel, 150);
        state.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("health-ok", "health-degraded", "health-down", "health-idle");
                ServiceRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                if (row != null) {
                    getStyleClass().add(styleOf(row.state()));
                }
            }
        });
        table.getColumns().add(state);
        TableColumn<ServiceRow, String> detail = column(id + "Detail", UiText.SERVICES_COLUMN_DETAIL,
                ServiceRow::detail, 320);
        detail.setCellFactory(column -> new WrappingCell());
        table.getColumns().add(detail);
        return table;
    }

    /** The detail is a sentence (health, then the figures of the calls): it wraps instead of ending in « … ». */
    private static final class WrappingCell extends TableCell<ServiceRow, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setText(null);
        }
    }

    private static String styleOf(Health.State state) {
        if (state == null) {
            return "health-idle";
        }
        return switch (state) {
            case DISPONIBLE -> "health-ok";
            case DEGRADE -> "health-degraded";
            case INDISPONIBLE -> "health-down";
            case NON_DEMARRE -> "health-idle";
        };
    }

    private static TableColumn<ServiceRow, String> column(String id, UiText title, Function<ServiceRow, String> value,
                                                          double width) {
        TableColumn<ServiceRow, String> column = new TableColumn<>(title.text());
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        return column;
    }

    public Node node() {
        return root;
    }
}

package fr.galien.app.ui.services;

import fr.galien.app.ui.common.UiText;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.TaskExecutor;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Live health of the Ségur modules found at start, plus the infrastructure rows the context offers (database,
 * sandbox). Health checks run off the FX thread: a module's {@code health()} should answer fast, but a slow or
 * failing one must never freeze the window.
 */
public final class ServicesViewModel {

    private final List<SegurService<?>> installed;
    private final Function<SegurService<?>, Health> health;
    private final List<HealthProbe> probes;
    private final TaskExecutor tasks;
    private final ObservableList<ServiceRow> modules = FXCollections.observableArrayList();
    private final ObservableList<ServiceRow> infrastructure = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper noModule = new ReadOnlyBooleanWrapper(this, "noModule");
    private boolean refreshing;

    public ServicesViewModel(SegurServices services, List<HealthProbe> probes, TaskExecutor tasks) {
        this(services.all(), SegurService::health, probes, tasks);
    }

    /**
     * @param installed the modules this practice uses ({@code SegurServices.serving})
     * @param health    a module's health, or why it did not start ({@code UiContext.moduleHealth})
     */
    public ServicesViewModel(List<SegurService<?>> installed, Function<SegurService<?>, Health> health,
                             List<HealthProbe> probes, TaskExecutor tasks) {
        this.installed = List.copyOf(installed);
        this.health = Objects.requireNonNull(health);
        this.probes = List.copyOf(probes);
        this.tasks = Objects.requireNonNull(tasks);
        String checking = UiText.SERVICES_CHECKING.text();
        modules.setAll(installed.stream()
                .map(service -> new ServiceRow(service.descriptor().id(), service.descriptor().displayName(), null,
                        checking, ""))
                .toList());
        infrastructure.setAll(probes.stream()
                .map(probe -> new ServiceRow(probe.id(), probe.displayName(), null, checking, ""))
                .toList());
        noModule.set(modules.isEmpty());
    }

    /** Checks every module and probe once, in the background; a refresh still running makes this a no-op. */
    public void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        tasks.execute(BackgroundTask.of(UiText.SERVICES_CHECKING.text(), this::check)
                .onSuccess(checked -> {
                    refreshing = false;
                    modules.setAll(checked.modules());
                    infrastructure.setAll(checked.infrastructure());
                })
                .onFailure(error -> refreshing = false));
    }

    private Checked check() {
        List<ServiceRow> moduleRows = installed.stream()
                .map(service -> row(service.descriptor().id(), service.descriptor().displayName(),
                        () -> health.apply(service)))
                .toList();
        List<ServiceRow> probeRows = probes.stream()
                .map(probe -> row(probe.id(), probe.displayName(), probe.check()))
                .toList();
        return new Checked(moduleRows, probeRows);
    }

    private static ServiceRow row(String id, String name, Supplier<Health> check) {
        try {
            Health health = check.get();
            if (health == null) {
                return new ServiceRow(id, name, Health.State.INDISPONIBLE, Health.State.INDISPONIBLE.label(), "");
            }
            return new ServiceRow(id, name, health.state(), health.state().label(),
                    health.detail() == null ? "" : health.detail());
        } catch (RuntimeException e) {
            // A module whose check throws is reported as down, with the error kind only (no message: may be long).
            return new ServiceRow(id, name, Health.State.INDISPONIBLE, Health.State.INDISPONIBLE.label(),
                    UiText.SERVICES_HEALTH_FAILED.text(e.getClass().getSimpleName()));
        }
    }

    private record Checked(List<ServiceRow> modules, List<ServiceRow> infrastructure) {
    }

    public ObservableList<ServiceRow> modules() {
        return modules;
    }

    public ObservableList<ServiceRow> infrastructure() {
        return infrastructure;
    }

    /** True when no Ségur module is installed (the view shows its empty state). */
    public ReadOnlyBooleanProperty noModuleProperty() {
        return noModule.getReadOnlyProperty();
    }
}

package fr.galien.app.ui.services;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.port.InsiPort;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.SegurServices;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.time.Instant;
import java.util.List;
import fr.galien.core.testsupport.TestModule;
import org.junit.jupiter.api.Test;

class ServicesViewModelTest {

    interface FirstPort {
    }

    interface SecondPort {
    }

    private static SegurService<?> module(String id, String name, java.util.function.Supplier<Health> health) {
        Class<?> port = id.equals("ins") ? FirstPort.class : SecondPort.class;
        return testModule(id, name, port, health);
    }

    private static <P> SegurService<P> testModule(String id, String name, Class<P> port,
                                                  java.util.function.Supplier<Health> health) {
        return TestModule.unused(id, port).named(name).health(health);
    }

    @Test
    void noModuleInstalledIsTheEmptyState() {
        ServicesViewModel viewModel =
                new ServicesViewModel(SegurServices.of(List.of()), List.of(), new CurrentThreadTaskExecutor());

        assertThat(viewModel.noModuleProperty().get()).isTrue();
    }

    @Test
    void refreshShowsEachModulesHealthInFrench() {
        SegurService<?> insi = module("ins", "Téléservice INSi",
                () -> Health.up("Bac à sable joignable", Instant.EPOCH));
        ServicesViewModel viewModel = new ServicesViewModel(SegurServices.of(List.of(insi)),
                List.of(new HealthProbe("database", "Base de données", () -> Health.up("H2", Instant.EPOCH))),
                new CurrentThreadTaskExecutor());

        viewModel.refresh();

        assertThat(viewModel.modules()).singleElement()
                .isEqualTo(new ServiceRow("ins", "Téléservice INSi", Health.State.DISPONIBLE, "Disponible",
                        "Bac à sable joignable"));
        assertThat(viewModel.infrastructure()).extracting(ServiceRow::name).containsExactly("Base de données");
    }

    @Test
    void aModuleWhoseCheckThrowsIsShownAsUnavailable() {
        SegurService<?> broken = module("dmp", "DMP", () -> {
            throw new IllegalStateException("boom");
        });
        ServicesViewModel viewModel = new ServicesViewModel(SegurServices.of(List.of(broken)), List.of(),
                new CurrentThreadTaskExecutor());

        viewModel.refresh();

        assertThat(viewModel.modules()).singleElement().extracting(ServiceRow::stateLabel).isEqualTo("Indisponible");
    }
}

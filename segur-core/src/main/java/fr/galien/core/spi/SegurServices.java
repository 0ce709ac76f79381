package fr.galien.core.spi;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The Ségur modules found on the class path at start, in a stable order. */
public final class SegurServices {

    private final List<SegurService> services;

    private SegurServices(List<SegurService> services) {
        this.services = List.copyOf(services);
    }

    /** Loads every module; two modules with the same id stop the start with {@code CORE-0002}. */
    public static SegurServices discover(ClassLoader loader) {
        List<SegurService> found = new ArrayList<>();
        ServiceLoader.load(SegurService.class, loader).forEach(found::add);
        return of(found);
    }

    public static SegurServices of(List<SegurService> candidates) {
        Map<String, SegurService> byId = new HashMap<>();
        for (SegurService service : candidates) {
            String id = service.descriptor().id();
            SegurService previous = byId.putIfAbsent(id, service);
            if (previous != null) {
                throw new SegurException(CoreError.CORE_0002, id, previous.getClass().getName(),
                        service.getClass().getName());
            }
        }
        List<SegurService> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(service -> service.descriptor().id()));
        return new SegurServices(sorted);
    }

    public List<SegurService> all() {
        return services;
    }

    /** The module implementing {@code port}, if one is installed. */
    public <P> Optional<P> port(Class<P> port) {
        return services.stream()
                .filter(service -> service.descriptor().port().equals(port))
                .map(service -> port.cast(service.port()))
                .findFirst();
    }
}

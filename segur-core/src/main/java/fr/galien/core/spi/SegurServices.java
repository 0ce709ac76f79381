package fr.galien.core.spi;

import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Ségur modules found on the class path, in start order: a module comes after every module whose port it
 * requires; otherwise by id, so the order is stable. Nothing here is started: ports are had from the host once their
 * module started.
 */
public final class SegurServices {

    private final List<SegurService<?>> services;
    private final Map<Class<?>, SegurService<?>> byPort;

    private SegurServices(List<SegurService<?>> services, Map<Class<?>, SegurService<?>> byPort) {
        this.services = List.copyOf(services);
        this.byPort = Map.copyOf(byPort);
    }

    /**
     * Loads every module. Stops the start with {@code CORE-0002} (same id), {@code MOD-0007} (same port) or
     * {@code MOD-0002} (modules requiring each other in a circle).
     */
    @SuppressWarnings("rawtypes")
    public static SegurServices discover(ClassLoader loader) {
        List<SegurService<?>> found = new ArrayList<>();
        for (SegurService service : ServiceLoader.load(SegurService.class, loader)) {
            found.add(service);
        }
        return of(found);
    }

    public static SegurServices of(List<? extends SegurService<?>> candidates) {
        Map<String, SegurService<?>> byId = new TreeMap<>();
        Map<Class<?>, SegurService<?>> byPort = new HashMap<>();
        for (SegurService<?> service : candidates) {
            ServiceDescriptor<?> descriptor = service.descriptor();
            SegurService<?> previous = byId.putIfAbsent(descriptor.id(), service);
            if (previous != null) {
                throw new SegurException(CoreError.CORE_0002, descriptor.id(), previous.getClass().getName(),
                        service.getClass().getName());
            }
            SegurService<?> samePort = byPort.putIfAbsent(descriptor.port(), service);
            if (samePort != null) {
                throw new SegurException(ModuleError.MOD_0007, descriptor.port().getSimpleName(),
                        samePort.descriptor().id(), descriptor.id());
            }
        }
        return new SegurServices(startOrder(byId, byPort), byPort);
    }

    /** Depth-first topological order over the ids in alphabetical order; a module on the current path is a cycle. */
    private static List<SegurService<?>> startOrder(Map<String, SegurService<?>> byId,
                                                    Map<Class<?>, SegurService<?>> byPort) {
        List<SegurService<?>> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (SegurService<?> service : byId.values()) {
            visit(service, byPort, new LinkedHashSet<>(), done, ordered);
        }
        return ordered;
    }

    private static void visit(SegurService<?> service, Map<Class<?>, SegurService<?>> byPort, Set<String> path,
                              Set<String> done, List<SegurService<?>> ordered) {
        String id = service.descriptor().id();
        if (done.contains(id)) {
            return;
        }
        if (!path.add(id)) {
            List<String> cycle = new ArrayList<>(path);
            cycle = cycle.subList(cycle.indexOf(id), cycle.size());
            throw new SegurException(ModuleError.MOD_0002, String.join(" → ", cycle) + " → " + id);
        }
        service.descriptor().requires().stream()
                .map(byPort::get)
                .filter(required -> required != null)
                .sorted(Comparator.comparing(required -> required.descriptor().id()))
                .forEach(required -> visit(required, byPort, path, done, ordered));
        path.remove(id);
        done.add(id);
        ordered.add(service);
    }

    /** Every module, each after the modules it requires. */
    public List<SegurService<?>> all() {
        return services;
    }

    /** The modules a practice of this profile uses, in start order (a vet clinic's Services view lists none). */
    public List<SegurService<?>> serving(PracticeProfile profile) {
        return services.stream().filter(service -> service.descriptor().serves(profile)).toList();
    }

    /** The module that provides {@code port}, started or not. */
    public Optional<SegurService<?>> provider(Class<?> port) {
        return Optional.ofNullable(byPort.get(port));
    }

    /** The ports {@code service} requires that no installed module provides. */
    public List<Class<?>> missingRequirements(SegurService<?> service) {
        return service.descriptor().requires().stream().filter(port -> !byPort.containsKey(port)).toList();
    }
}

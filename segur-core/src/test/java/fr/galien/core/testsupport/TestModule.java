package fr.galien.core.testsupport;

import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A module for tests of the host, the Services view and the start order: its descriptor, its health and what it
 * does at start are given; it records its context and whether it stopped.
 *
 * @param <P> the port it provides
 */
public final class TestModule<P> implements SegurService<P> {

    private ServiceDescriptor<P> descriptor;
    private final P port;
    private Supplier<Health> health = () -> Health.up("ok", Instant.EPOCH);
    private Consumer<ServiceContext> onStart = context -> { };
    private volatile ServiceContext context;
    private volatile boolean started;
    private volatile boolean stopped;

    private TestModule(ServiceDescriptor<P> descriptor, P port) {
        this.descriptor = descriptor;
        this.port = Objects.requireNonNull(port, "port");
    }

    /** A module {@code id} providing {@code port} (implemented by {@code implementation}), requiring {@code needs}. */
    public static <P> TestModule<P> of(String id, Class<P> port, P implementation, Class<?>... needs) {
        return new TestModule<>(new ServiceDescriptor<>(id, "Module " + id, port, List.of(needs)), implementation);
    }

    /** The French name shown by the Services view. */
    public TestModule<P> named(String displayName) {
        this.descriptor = new ServiceDescriptor<>(descriptor.id(), displayName, descriptor.port(),
                descriptor.requires());
        return this;
    }

    /** A module whose port is never called by the test (a proxy that refuses every call). */
    public static <P> TestModule<P> unused(String id, Class<P> port, Class<?>... needs) {
        P refusing = port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName() + " is not called in this test");
                }));
        return of(id, port, refusing, needs);
    }

    public TestModule<P> health(Supplier<Health> supplier) {
        this.health = supplier;
        return this;
    }

    public TestModule<P> onStart(Consumer<ServiceContext> action) {
        this.onStart = action;
        return this;
    }

    public ServiceContext context() {
        return context;
    }

    public boolean started() {
        return started;
    }

    public boolean stopped() {
        return stopped;
    }

    @Override
    public ServiceDescriptor<P> descriptor() {
        return descriptor;
    }

    @Override
    public void start(ServiceContext serviceContext) {
        this.context = serviceContext;
        onStart.accept(serviceContext);
        started = true;
    }

    @Override
    public Health health() {
        return health.get();
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public P port() {
        if (!started || stopped) {
            throw new IllegalStateException(descriptor.id() + " is not started");
        }
        return port;
    }
}

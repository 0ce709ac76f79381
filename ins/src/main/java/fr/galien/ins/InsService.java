package fr.galien.ins;

import fr.galien.core.port.InsiPort;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import java.time.Clock;
import java.util.List;

/**
 * The INSi module ({@code ins}): found through ServiceLoader, started by the app's ModuleHost with the {@code ins.*}
 * settings; other code reaches the port via {@code ModuleHost.port(InsiPort.class)}. Keeps no table and queues
 * nothing: an INSi search is interactive, a failure is shown at once and the patient stays provisional.
 */
public final class InsService implements SegurService<InsiPort> {

    public static final String ID = "ins";

    private volatile InsiSoapClient client;
    private volatile Clock clock = Clock.systemDefaultZone();

    @Override
    public ServiceDescriptor<InsiPort> descriptor() {
        return new ServiceDescriptor<>(ID, "Téléservice INSi", InsiPort.class);
    }

    @Override
    public List<ConfigKey> configuration() {
        return InsiSettings.configKeys();
    }

    /** Invalid settings or an unreadable keystore stop the start ({@code INS-0111}, {@code INS-0112}). */
    @Override
    public void start(ServiceContext context) {
        clock = context.clock();
        client = new InsiSoapClient(InsiSettings.from(context.settings()), clock);
    }

    @Override
    public Health health() {
        InsiSoapClient current = client;
        if (current == null) {
            return HealthReport.stopped(InsiMessage.HEALTH, clock.instant());
        }
        return HealthReport.of(InsiMessage.HEALTH, current.configured(), current.lastCall(), clock.instant());
    }

    @Override
    public void stop() {
        client = null;
    }

    /** Null before {@link #start}; once started, calls on an unconfigured endpoint fail with {@code INS-0100}. */
    @Override
    public InsiPort port() {
        return client;
    }
}

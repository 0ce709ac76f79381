package fr.galien.ins;

import fr.galien.core.port.InsiPort;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import fr.galien.kit.module.ClientModule;
import java.time.Instant;
import java.util.List;

/**
 * The INSi module ({@code ins}): found through ServiceLoader, started by the app's ModuleHost with the {@code ins.*}
 * settings; other code reaches the port via {@code ModuleHost.port(InsiPort.class)}. Keeps no table and queues
 * nothing: an INSi search is interactive, a failure is shown at once and the patient stays provisional.
 */
public final class InsService extends ClientModule<InsiPort, InsiSoapClient> {

    public static final String ID = "ins";

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
    protected InsiSoapClient newClient(ServiceContext context) {
        return new InsiSoapClient(InsiSettings.from(context.settings()), context.clock());
    }

    @Override
    protected Health health(InsiSoapClient started, Instant now) {
        return HealthReport.of(InsiMessage.HEALTH, started.configured(), started.lastCall(), now);
    }

    @Override
    protected Health stopped(Instant now) {
        return HealthReport.stopped(InsiMessage.HEALTH, now);
    }
}

package fr.galien.ins;

import fr.galien.core.port.ApCvPort;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import fr.galien.kit.module.ClientModule;
import java.time.Instant;
import java.util.List;

/**
 * The appli carte Vitale module ({@code apcv}), in the ins module because its only use is feeding an INSi "with
 * Vitale" search; started with the {@code apcv.*} settings, reached via {@code ModuleHost.port(ApCvPort.class)}.
 */
public final class ApCvService extends ClientModule<ApCvPort, ApCvHttpClient> {

    public static final String ID = "apcv";

    @Override
    public ServiceDescriptor<ApCvPort> descriptor() {
        return new ServiceDescriptor<>(ID, "Appli carte Vitale", ApCvPort.class);
    }

    @Override
    public List<ConfigKey> configuration() {
        return ApCvSettings.configKeys();
    }

    @Override
    protected ApCvHttpClient newClient(ServiceContext context) {
        return new ApCvHttpClient(ApCvSettings.from(context.settings()), context.clock());
    }

    @Override
    protected Health health(ApCvHttpClient started, Instant now) {
        return HealthReport.of(ApCvMessage.HEALTH, started.configured(), started.lastCall(), now);
    }

    @Override
    protected Health stopped(Instant now) {
        return HealthReport.stopped(ApCvMessage.HEALTH, now);
    }
}

package fr.galien.ins;

import fr.galien.core.port.ApCvPort;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import java.time.Clock;
import java.util.List;

/**
 * The appli carte Vitale module ({@code apcv}), in the ins module because its only use is feeding an INSi "with
 * Vitale" search; started with the {@code apcv.*} settings, reached via {@code ModuleHost.port(ApCvPort.class)}.
 */
public final class ApCvService implements SegurService<ApCvPort> {

    public static final String ID = "apcv";

    private volatile ApCvHttpClient client;
    private volatile Clock clock = Clock.systemDefaultZone();

    @Override
    public ServiceDescriptor<ApCvPort> descriptor() {
        return new ServiceDescriptor<>(ID, "Appli carte Vitale", ApCvPort.class);
    }

    @Override
    public List<ConfigKey> configuration() {
        return ApCvSettings.configKeys();
    }

    @Override
    public void start(ServiceContext context) {
        clock = context.clock();
        client = new ApCvHttpClient(ApCvSettings.from(context.settings()), clock);
    }

    @Override
    public Health health() {
        ApCvHttpClient current = client;
        if (current == null) {
            return HealthReport.stopped(ApCvMessage.HEALTH, clock.instant());
        }
        return HealthReport.of(ApCvMessage.HEALTH, current.configured(), current.lastCall(), clock.instant());
    }

    @Override
    public void stop() {
        client = null;
    }

    @Override
    public ApCvPort port() {
        return client;
    }
}

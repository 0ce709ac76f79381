package fr.galien.eprescription;

import fr.galien.core.i18n.Messages;
import fr.galien.core.outbox.OutboxHandler;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import fr.galien.kit.http.CallStats;
import fr.galien.kit.module.ClientModule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The e-prescription module ({@code eprescription}): found through ServiceLoader, started after Pro Santé Connect
 * (every call goes out under the professional's PSC session), sends the writes the core queued in the outbox.
 */
public final class EPrescriptionService extends ClientModule<EPrescriptionPort, FhirEPrescriptionClient> {

    public static final String ID = "eprescription";

    private volatile ServiceContext context;

    @Override
    public ServiceDescriptor<EPrescriptionPort> descriptor() {
        return new ServiceDescriptor<>(ID, "Ordonnance numérique (e-prescription)", EPrescriptionPort.class,
                List.of(ProSanteConnectPort.class));
    }

    @Override
    public List<ConfigKey> configuration() {
        return ErxSettings.configKeys();
    }

    @Override
    protected FhirEPrescriptionClient newClient(ServiceContext started) {
        this.context = started;
        return new FhirEPrescriptionClient(ErxSettings.from(started.settings()), started.clock());
    }

    @Override
    public Optional<OutboxHandler> outboxHandler() {
        return Optional.of(new ErxOutboxHandler(this::port, () -> {
            ServiceContext current = context;
            return current == null ? Optional.empty()
                    : current.port(ProSanteConnectPort.class).currentAccessToken();
        }));
    }

    @Override
    protected Health health(FhirEPrescriptionClient started, Instant now) {
        if (!started.configured()) {
            return Health.down(Messages.format(ErxClientMessage.HEALTH_NOT_CONFIGURED), now);
        }
        CallStats.Snapshot stats = started.callStats().orElseThrow();
        if (stats.calls() == 0) {
            return new Health(Health.State.DEGRADE, Messages.format(ErxClientMessage.HEALTH_NOT_CALLED), now);
        }
        if (stats.lastCallFailed()) {
            return new Health(Health.State.DEGRADE, Messages.format(ErxClientMessage.HEALTH_FAILED,
                    stats.lastErrorCode().orElse("?")), now);
        }
        return Health.up(Messages.format(ErxClientMessage.HEALTH_OK, stats.calls(), stats.failures()), now);
    }

    @Override
    protected Health stopped(Instant now) {
        return new Health(Health.State.NON_DEMARRE, Messages.format(ErxClientMessage.HEALTH_STOPPED), now);
    }
}

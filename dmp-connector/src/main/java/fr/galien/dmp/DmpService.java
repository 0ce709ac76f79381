package fr.galien.dmp;

import fr.galien.core.i18n.Messages;
import fr.galien.core.port.DmpPort;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import fr.galien.kit.module.ClientModule;
import java.time.Instant;
import java.util.List;

/**
 * The DMP module ({@code dmp}): found through ServiceLoader, started by the host with the {@code dmp.*} settings.
 * It queues nothing itself: « Envoyer au DMP » is the core's {@code DmpSharing}, whose outbox handler calls this
 * port (the handler needs the patient documents, which live in the core). The professional's token travels in each
 * call's {@code CallIdentity} (ADR 0022), so this module requires no other.
 */
public final class DmpService extends ClientModule<DmpPort, DmpFhirClient> {

    public static final String ID = "dmp";

    @Override
    public ServiceDescriptor<DmpPort> descriptor() {
        return new ServiceDescriptor<>(ID, "DMP (Mon espace santé)", DmpPort.class);
    }

    @Override
    public List<ConfigKey> configuration() {
        return DmpSettings.configKeys();
    }

    @Override
    protected DmpFhirClient newClient(ServiceContext context) {
        DmpFhirClient client = new DmpFhirClient(DmpSettings.from(context.settings()), context.clock());
        // Building the FHIR context costs seconds the first time: warm it in the background, never on a user's call.
        context.tasks().execute(fr.galien.core.task.BackgroundTask.of("Préparation du client DMP",
                () -> DmpFhir.CONTEXT.getResourceDefinition("DocumentReference")));
        return client;
    }

    @Override
    protected Health health(DmpFhirClient started, Instant now) {
        if (!started.configured()) {
            return Health.down(Messages.format(DmpMessage.HEALTH_NOT_CONFIGURED), now);
        }
        return started.callStats().filter(stats -> stats.lastCallFailed())
                .map(stats -> new Health(Health.State.DEGRADE, Messages.format(DmpMessage.HEALTH_LAST_FAILED,
                        stats.lastErrorCode().orElse("?")), now))
                .orElseGet(() -> Health.up(Messages.format(DmpMessage.HEALTH_CONFIGURED), now));
    }

    @Override
    protected Health stopped(Instant now) {
        return new Health(Health.State.NON_DEMARRE, Messages.format(DmpMessage.HEALTH_STOPPED), now);
    }
}

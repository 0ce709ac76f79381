package fr.galien.psc;

import fr.galien.core.i18n.Messages;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.port.ProSanteConnectPort.PscSession;
import fr.galien.core.port.ProSanteConnectPort.SessionState;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import fr.galien.core.task.BackgroundTask;
import fr.galien.kit.module.ClientModule;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The Pro Santé Connect module ({@code psc}): found through ServiceLoader, started by the app's ModuleHost with the
 * {@code psc.*} settings; other code reaches the port via {@code ModuleHost.port(ProSanteConnectPort.class)}.
 */
public final class PscService extends ClientModule<ProSanteConnectPort, ProSanteConnectClient> {

    public static final String ID = "psc";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Override
    public ServiceDescriptor<ProSanteConnectPort> descriptor() {
        return new ServiceDescriptor<>(ID, "Pro Santé Connect", ProSanteConnectPort.class);
    }

    @Override
    public List<ConfigKey> configuration() {
        return PscSettings.configKeys();
    }

    @Override
    protected ProSanteConnectClient newClient(ServiceContext context) {
        ProSanteConnectClient started = new ProSanteConnectClient(PscSettings.from(context.settings()),
                context.clock());
        // Warm the metadata and keys cache off the caller's thread so the first login is quicker and health()
        // has something to say; failures only mark the provider unreachable.
        context.tasks().execute(BackgroundTask.of("Contact de Pro Santé Connect…", () -> {
            started.warmUp();
            return null;
        }));
        return started;
    }

    @Override
    protected Health stopped(Instant now) {
        return new Health(Health.State.NON_DEMARRE, Messages.format(PscMessage.HEALTH_STOPPED), now);
    }

    @Override
    protected Health health(ProSanteConnectClient current, Instant now) {
        ProviderStatus.Snapshot provider = current.providerStatus();
        Optional<PscSession> session = current.currentSession();
        if (provider.reachability() == ProviderStatus.Reachability.UNREACHABLE) {
            return Health.down(Messages.format(PscMessage.HEALTH_UNREACHABLE, provider.detail()), provider.at());
        }
        if (session.isPresent() && session.get().state() == SessionState.REAUTHENTICATION_REQUIRED) {
            return new Health(Health.State.DEGRADE, Messages.format(PscMessage.HEALTH_REAUTHENTICATION),
                    provider.at());
        }
        if (session.isPresent()) {
            String until = TIME.format(session.get().accessTokenExpiresAt().atZone(ZoneId.systemDefault()));
            return Health.up(Messages.format(PscMessage.HEALTH_CONNECTED, until), provider.at());
        }
        if (provider.reachability() == ProviderStatus.Reachability.REACHABLE) {
            return Health.up(Messages.format(PscMessage.HEALTH_REACHABLE), provider.at());
        }
        return new Health(Health.State.DEGRADE, Messages.format(PscMessage.HEALTH_NOT_CONTACTED), provider.at());
    }

    /** The session ends at the provider too. */
    @Override
    protected void release(ProSanteConnectClient stopping) {
        stopping.logout();
    }
}

package fr.galien.mssante;

import fr.galien.core.i18n.Messages;
import fr.galien.core.outbox.OutboxHandler;
import fr.galien.core.port.MssantePort;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.spi.ConfigKey;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.ServiceContext;
import fr.galien.core.spi.ServiceDescriptor;
import fr.galien.core.storage.Database;
import fr.galien.kit.module.ClientModule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The MSSanté module ({@code mss}): found through ServiceLoader, started with the {@code mss.*} settings after the
 * Pro Santé Connect module (its token opens the mailboxes). Its outbox handler sends what the core's
 * {@code SecureMail} queued. The port also answers the Annuaire Santé searches.
 */
public final class MssService extends ClientModule<MssantePort, JakartaMailClient> {

    public static final String ID = "mss";

    private volatile ServiceContext context;

    @Override
    public ServiceDescriptor<MssantePort> descriptor() {
        return new ServiceDescriptor<>(ID, "Messagerie sécurisée MSSanté", MssantePort.class,
                List.of(ProSanteConnectPort.class));
    }

    @Override
    public List<ConfigKey> configuration() {
        return MssSettings.configKeys();
    }

    @Override
    protected JakartaMailClient newClient(ServiceContext started) {
        this.context = started;
        MssSettings settings = MssSettings.from(started.settings());
        Supplier<Optional<AccessToken>> tokens = () -> {
            try {
                return started.port(ProSanteConnectPort.class).currentAccessToken();
            } catch (RuntimeException notStarted) {
                return Optional.empty();
            }
        };
        AnnuaireClient annuaire = new AnnuaireClient(settings.annuaireEndpoint(), settings.annuaireKey(),
                settings.timeout(), started.clock());
        return new JakartaMailClient(settings, tokens, annuaire, started.clock());
    }

    @Override
    public Optional<OutboxHandler> outboxHandler() {
        ServiceContext started = context;
        if (started == null) {
            return Optional.empty();
        }
        Database database = started.database();
        return Optional.of(new MssOutboxHandler(database, this::port, started.clock()));
    }

    @Override
    protected Health health(JakartaMailClient started, Instant now) {
        if (!started.configured()) {
            return Health.down(Messages.format(MssText.HEALTH_NOT_CONFIGURED), now);
        }
        return Health.up(Messages.format(MssText.HEALTH_READY,
                started.settings().smtpHost() + ":" + started.settings().smtpPort()), now);
    }

    @Override
    protected Health stopped(Instant now) {
        return new Health(Health.State.NON_DEMARRE, Messages.format(MssText.HEALTH_STOPPED), now);
    }

    @Override
    protected void release(JakartaMailClient stopping) {
        stopping.close();
    }
}

package fr.galien.kit.module;

import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import fr.galien.core.spi.Health;
import fr.galien.core.spi.ModuleError;
import fr.galien.core.spi.SegurService;
import fr.galien.core.spi.ServiceContext;
import fr.galien.kit.http.CallStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The lifecycle every connector module repeats, written once: {@link #start} builds the client from the module's
 * settings, {@link #port()} hands it out only while started ({@code MOD-0005} otherwise, never a null), {@link #health}
 * reports "not started" or asks the client — followed, for a {@link MeasuredClient}, by the figures of its calls —,
 * {@link #stop} drops it. A connector module supplies its descriptor,
 * configuration, the way to build its client, and the way to read the client's health.
 *
 * @param <P> the port
 * @param <C> the client, which implements the port
 */
public abstract class ClientModule<P, C extends P> implements SegurService<P> {

    private volatile C client;
    private volatile Clock clock = Clock.systemDefaultZone();

    /** Builds the client from the module's settings; throws (with the module's code) when they are unusable. */
    protected abstract C newClient(ServiceContext context);

    /** The module's health while started, from what its client last saw (never a call out). */
    protected abstract Health health(C started, Instant now);

    /** The module's health before start and after stop. */
    protected abstract Health stopped(Instant now);

    /** Called with the client being dropped (a session to end at the provider…); nothing by default. */
    protected void release(C stopping) {
    }

    @Override
    public void start(ServiceContext context) {
        clock = context.clock();
        client = newClient(context);
    }

    @Override
    public final Health health() {
        C current = client;
        if (current == null) {
            return stopped(clock.instant());
        }
        Health health = health(current, clock.instant());
        if (current instanceof MeasuredClient measured) {
            return measured.callStats().filter(stats -> stats.calls() > 0)
                    .map(stats -> withFigures(health, stats)).orElse(health);
        }
        return health;
    }

    /** The health sentence followed by the figures of the calls (how many, how many failed, the last one's time). */
    private static Health withFigures(Health health, CallStats.Snapshot stats) {
        String figures = Messages.format(ModuleText.CALL_STATS, stats.calls(), stats.failures(),
                stats.lastDuration().map(Duration::toMillis).orElse(0L));
        return new Health(health.state(), health.detail() + " " + figures, health.checkedAt());
    }

    @Override
    public final void stop() {
        C current = client;
        client = null;
        if (current != null) {
            release(current);
        }
    }

    @Override
    public final P port() {
        C current = client;
        if (current == null) {
            throw new SegurException(ModuleError.MOD_0005, descriptor().displayName());
        }
        return current;
    }

    /** The running client, for the module's own use (tests, warm-up). */
    protected final C client() {
        return client;
    }
}

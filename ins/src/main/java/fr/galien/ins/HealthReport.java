package fr.galien.ins;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;
import fr.galien.core.spi.Health;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Health of a client from its last call only (the SegurService contract: never call out from {@code health()}; INSi
 * has no harmless "ping" operation anyway). No call yet reads as {@link Health.State#DEGRADE}, as for Pro Santé
 * Connect: nothing is known.
 */
final class HealthReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** One module's French texts for each case. */
    record Texts(MessageKey stopped, MessageKey notConfigured, MessageKey notCalled, MessageKey ok,
                 MessageKey unavailable, MessageKey refused, MessageKey unreadable) {
    }

    private HealthReport() {
    }

    static Health stopped(Texts texts, Instant now) {
        return new Health(Health.State.NON_DEMARRE, Messages.format(texts.stopped()), now);
    }

    static Health of(Texts texts, boolean configured, CallStatus.Snapshot last, Instant now) {
        if (!configured) {
            return Health.down(Messages.format(texts.notConfigured()), now);
        }
        String at = TIME.format(last.at().atZone(ZoneId.systemDefault()));
        return switch (last.outcome()) {
            case NONE -> new Health(Health.State.DEGRADE, Messages.format(texts.notCalled()), last.at());
            case OK -> Health.up(Messages.format(texts.ok(), at, last.detail()), last.at());
            case UNAVAILABLE -> Health.down(Messages.format(texts.unavailable(), at, last.detail()), last.at());
            case REFUSED -> new Health(Health.State.DEGRADE, Messages.format(texts.refused(), at, last.detail()),
                    last.at());
            case UNREADABLE -> new Health(Health.State.DEGRADE,
                    Messages.format(texts.unreadable(), at, last.detail()), last.at());
        };
    }
}

package fr.galien.core.patient.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class IoMessagesTest {

    @Test
    void everyIoKeyHasAFrenchTextThatFormatsItsPlaceholders() {
        List<MessageKey> keys = new ArrayList<>(List.of(IoError.values()));
        keys.addAll(List.of(IoMessage.values()));

        assertThat(keys).allSatisfy(key -> {
            assertThat(Messages.exists(key)).as(key.key()).isTrue();
            assertThat(Messages.format(key, 1234, "« x »")).doesNotContain("{0").doesNotContain("{1");
        });
    }

    @Test
    void ioCatalogsAreRegisteredForServiceLoader() {
        assertThat(ServiceLoader.load(ErrorCatalog.class).stream().map(ServiceLoader.Provider::type))
                .contains(IoErrorCatalog.class);
        assertThat(ServiceLoader.load(MessageCatalog.class).stream().map(ServiceLoader.Provider::type))
                .contains(IoMessageCatalog.class);
    }
}

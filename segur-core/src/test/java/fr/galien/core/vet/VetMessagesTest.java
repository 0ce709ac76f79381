package fr.galien.core.vet;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every key of the vet bundle has its French text and formats with sample arguments. */
class VetMessagesTest {

    static Stream<MessageKey> keys() {
        List<MessageKey> keys = new ArrayList<>(List.of(VetMessages.values()));
        keys.addAll(List.of(VetError.values()));
        return keys.stream();
    }

    @ParameterizedTest
    @MethodSource("keys")
    void keyHasAFrenchTextThatFormats(MessageKey key) {
        assertThat(Messages.exists(key)).as(key.key()).isTrue();
        assertThat(Messages.format(key, 2, "b")).isNotBlank().doesNotContain("{0}").doesNotContain("''");
    }
}

package fr.galien.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.error.ErrorCode;
import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;
import fr.galien.core.storage.StorageError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every key of the patient and storage bundles has its French text and formats with sample arguments. */
class PatientMessagesTest {

    static Stream<MessageKey> keys() {
        List<MessageKey> keys = new ArrayList<>(List.of(PatientMessages.values()));
        keys.addAll(List.of(PatientError.values()));
        keys.addAll(List.of(StorageError.values()));
        return keys.stream();
    }

    @ParameterizedTest
    @MethodSource("keys")
    void keyHasAFrenchTextThatFormats(MessageKey key) {
        assertThat(Messages.exists(key)).as(key.key()).isTrue();
        String text = Messages.format(key, 2, "b", "c");
        assertThat(text).isNotBlank().doesNotContain("{0}").doesNotContain("''");
        if (key instanceof ErrorCode code) {
            assertThat(code.code()).matches("(PAT|STO)-\\d{4}");
        }
    }
}

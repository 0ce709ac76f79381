package fr.galien.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.app.ui.common.UiError;
import fr.galien.app.ui.common.UiText;
import fr.galien.core.i18n.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UiTextTest {

    @ParameterizedTest
    @EnumSource(UiText.class)
    void everyUiTextHasAFrenchTextThatFormats(UiText key) {
        String pattern = Messages.pattern(key);
        Object[] args = new Object[new MessageFormat(pattern, Locale.FRENCH).getFormatsByArgumentIndex().length];
        java.util.Arrays.fill(args, 2);

        assertThat(key.text(args)).isNotBlank().doesNotContain("''");
    }

    @Test
    void uiErrorsCarryTheirCodeAndText() {
        assertThat(Messages.exists(UiError.UI_0001)).isTrue();
        assertThat(UiError.UI_0001.code()).isEqualTo("UI-0001");
    }
}

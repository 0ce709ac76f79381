package fr.galien.app.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.i18n.Messages;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentityTextTest {

    @ParameterizedTest
    @EnumSource(IdentityText.class)
    void everyTextHasAFrenchTextThatFormats(IdentityText key) {
        String pattern = Messages.pattern(key);
        Object[] args = new Object[new MessageFormat(pattern, Locale.FRENCH).getFormatsByArgumentIndex().length];
        Arrays.fill(args, 2);

        assertThat(key.text(args)).isNotBlank().doesNotContain("''");
    }

    @ParameterizedTest
    @EnumSource(IdentityUiError.class)
    void everyErrorHasItsFrenchText(IdentityUiError code) {
        assertThat(Messages.exists(code)).isTrue();
        assertThat(Messages.format(code)).isNotBlank().doesNotContain("''");
    }
}

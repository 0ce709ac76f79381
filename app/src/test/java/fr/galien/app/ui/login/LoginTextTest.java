package fr.galien.app.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.i18n.Messages;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoginTextTest {

    @ParameterizedTest
    @EnumSource(LoginText.class)
    void everyTextHasAFrenchTextThatFormats(LoginText key) {
        String pattern = Messages.pattern(key);
        Object[] args = new Object[new MessageFormat(pattern, Locale.FRENCH).getFormatsByArgumentIndex().length];
        Arrays.fill(args, 2);

        assertThat(key.text(args)).isNotBlank().doesNotContain("''");
    }
}

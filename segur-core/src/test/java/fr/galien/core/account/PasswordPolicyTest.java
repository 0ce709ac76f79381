package fr.galien.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.error.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "court                          | account.password.tooShort",
        "onze-caract                    | account.password.tooShort",
        "aaaaaaaaaaaaaaaa               | account.password.tooSimple",
        "ababababababab                 | account.password.tooSimple",
        "123456789012                   | account.password.tooSimple",
        "azertyuiopqs                   | account.password.tooSimple",
        "mlkjhgfdsqpoi                  | account.password.tooSimple",
        "claire.martin-2026!            | account.password.containsLogin",
    })
    void refusedPasswords(String password, String key) {
        assertThat(PasswordPolicy.check(password.toCharArray(), "claire.martin"))
                .extracting(error -> error.message().key()).contains(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"lune bleue sur le toit", "Cheval-Agrafe-Pile-42", "épée à l'œil ✨ 2026"})
    void longPassphrasesPass(String password) {
        assertThat(PasswordPolicy.check(password.toCharArray(), "claire.martin")).isEmpty();
    }

    @Test
    void tooLongIsRefused() {
        assertThat(PasswordPolicy.check("x1".repeat(65).toCharArray(), "leo")).extracting(FieldError::text)
                .containsExactly("Le mot de passe ne doit pas dépasser 128 caractères.");
    }
}

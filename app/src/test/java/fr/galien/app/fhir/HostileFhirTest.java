package fr.galien.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import fr.galien.core.patient.io.IoError;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, deliverable 4: hostile FHIR JSON is refused by a bounded streaming pass before HAPI builds anything, in
 * French with its line and column, and nothing escapes as an undeclared exception.
 */
class HostileFhirTest {

    private static final String NUMBER_BOMB = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{"
            + "\"resource\":{\"resourceType\":\"Observation\",\"valueDecimal\":1e9999999}}]}";

    @Test
    void aHugeExponentIsRefusedBeforeHapiExpandsIt() {
        assertThatThrownBy(() -> PatientFhirBundle.parse(NUMBER_BOMB))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(IoError.IO_0013);
                    assertThat(e.getMessage()).contains("ligne 1", "1e9999999", "hors limites");
                });
        assertThatThrownBy(() -> PatientFhirBundle.parse(NUMBER_BOMB.replace("1e9999999", "1e-999999")))
                .hasMessageContaining("IO-0013");
    }

    @Test
    void deepNestingLongNumbersAndLongTextAreRefusedWhileReading() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> PatientFhirBundle.parse(deep)).hasMessageContaining("IO-0013")
                .hasMessageContaining("imbrication");
        String longNumber = "{\"resourceType\":\"Bundle\",\"total\":" + "9".repeat(5_000) + "}";
        assertThatThrownBy(() -> PatientFhirBundle.parse(longNumber)).hasMessageContaining("IO-0013")
                .hasMessageContaining("nombre");
        String longText = "{\"resourceType\":\"Bundle\",\"id\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        assertThatThrownBy(() -> PatientFhirBundle.parse(longText)).hasMessageContaining("IO-0013")
                .hasMessageContaining("texte");
    }

    @Test
    void parseErrorsAreExplainedInFrench() {
        assertThatThrownBy(() -> PatientFhirBundle.parse("{\"resourceType\": \"Bundle\",\n \"type\": }"))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(IoError.IO_0007);
                    assertThat(e.getMessage()).contains("syntaxe JSON incorrecte", "ligne 2");
                });
        assertThatThrownBy(() -> PatientFhirBundle.parse("{\"type\": \"collection\"}"))
                .hasMessageContaining("IO-0007").hasMessageContaining("resourceType");
        assertThatThrownBy(() -> PatientFhirBundle.parse("{\"resourceType\": \"Licorne\"}"))
                .hasMessageContaining("IO-0007").hasMessageContaining("inconnu");
    }

    @Property(tries = 200)
    void anyTextIsParsedOrRefusedWithACode(@ForAll("hostile") String json) {
        try {
            PatientFhirBundle.parse(json);
        } catch (SegurException refused) {
            assertThat(refused.code()).startsWith("IO-");
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\"resourceType\"", "\"Bundle\"", "\"Patient\"",
                        "\"entry\"", "\"resource\"", "\"birthDate\"", "\"gender\"", "\"id\"", "\"1980-13-45\"",
                        "\"urn:uuid:x\"", "1e9999999", "-0", "1E400", "null", "true", "\"\\u0000\"", "\"\\uD800\""),
                Arbitraries.strings().ofMaxLength(20));
        Arbitrary<String> soup = pieces.list().ofMaxSize(40).map(list -> String.join("", list));
        Arbitrary<String> shaped = soup.map(inner -> "{\"resourceType\":\"Bundle\",\"type\":\"collection\","
                + "\"entry\":[{\"resource\":{\"resourceType\":\"Patient\"," + inner + "}}]}");
        return Arbitraries.oneOf(soup, shaped);
    }
}

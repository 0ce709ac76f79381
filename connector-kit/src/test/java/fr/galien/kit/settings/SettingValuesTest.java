package fr.galien.kit.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.error.ErrorCode;
import fr.galien.core.error.SegurException;
import fr.galien.core.spi.ConfigKey;
import fr.galien.kit.KitError;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

    private static final List<ConfigKey> DECLARED = List.of(
            new ConfigKey("endpoint", "", "Adresse"),
            new ConfigKey("timeout-ms", "10000", "Délai"),
            new ConfigKey("page-size", "50", "Taille de page"),
            new ConfigKey("tls.keystore", "", "Certificat"));

    private static SettingValues values(Map<String, String> given) {
        return new SettingValues("dmp", given, DECLARED);
    }

    private static SegurException invalid(Runnable read) {
        return catchThrowableOfType(SegurException.class, read::run);
    }

    @Test
    void blankValuesFallBackToTheDeclaredDefault() {
        SettingValues values = values(Map.of("timeout-ms", "  "));

        assertThat(values.millis("timeout-ms")).isEqualTo(Duration.ofSeconds(10));
        assertThat(values.integer("page-size", 1, 500)).isEqualTo(50);
        assertThat(values.endpoint("endpoint")).as("empty endpoint: not configured").isNull();
        assertThat(values.path("tls.keystore")).isNull();
    }

    @Test
    void typedValuesAreRead() {
        SettingValues values = values(Map.of("endpoint", " https://dmp.example.fr/si-dmp ", "timeout-ms", "2500",
                "page-size", "7", "tls.keystore", "/etc/galien/structure.p12"));

        assertThat(values.endpoint("endpoint")).isEqualTo(URI.create("https://dmp.example.fr/si-dmp"));
        assertThat(values.millis("timeout-ms")).isEqualTo(Duration.ofMillis(2500));
        assertThat(values.integer("page-size", 1, 500)).isEqualTo(7);
        assertThat(values.path("tls.keystore")).isEqualTo(Path.of("/etc/galien/structure.p12"));
    }

    @Test
    void invalidValuesNameTheFullKeyAndTheReasonInFrench() {
        SegurException clearText = invalid(() -> values(Map.of("endpoint", "http://dmp.example.fr/")).endpoint(
                "endpoint"));
        assertThat(clearText.code()).isEqualTo("KIT-0001");
        assertThat(clearText.userMessage()).startsWith("Le réglage dmp.endpoint est invalide : http n'est accepté");

        assertThat(invalid(() -> values(Map.of("timeout-ms", "dix")).millis("timeout-ms")).userMessage())
                .contains("dmp.timeout-ms").contains("nombre de millisecondes attendu");
        assertThat(invalid(() -> values(Map.of("timeout-ms", "0")).millis("timeout-ms")).userMessage())
                .contains("entre 1 et 300000 ms");
        assertThat(invalid(() -> values(Map.of("page-size", "501")).integer("page-size", 1, 500)).userMessage())
                .contains("entre 1 et 500");
        assertThat(invalid(() -> values(Map.of("page-size", "1e3")).integer("page-size", 1, 500)).userMessage())
                .contains("nombre entier attendu");
        assertThat(invalid(() -> values(Map.of("endpoint", "https://a b")).endpoint("endpoint")).userMessage())
                .contains("adresse mal formée");
    }

    @Test
    void requiredWithoutValueOrDefaultIsInvalid() {
        assertThat(invalid(() -> values(Map.of()).required("endpoint")).userMessage()).contains("valeur absente");
    }

    @Test
    void aModuleMayReportWithItsOwnCode() {
        ErrorCode own = KitError.KIT_0001;
        SettingValues values = new SettingValues("ins", Map.of("timeout-ms", "x"), DECLARED, own);

        assertThat(invalid(() -> values.millis("timeout-ms")).errorCode()).isSameAs(own);
    }
}

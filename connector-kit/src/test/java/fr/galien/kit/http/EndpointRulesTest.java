package fr.galien.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointRulesTest {

    @ParameterizedTest
    @CsvSource({
            "https://qualiflps-services-ps-tlsm.ameli.fr:443/lps, true",
            "http://127.0.0.1:8080/insi/lps, true",
            "http://localhost/apcv, true",
            "http://[::1]:9000/x, true",
            "http://insi.example.fr/lps, false",
            "ftp://127.0.0.1/x, false",
            "/relative/path, false"})
    void onlyHttpsOrLoopbackHttpIsAccepted(String endpoint, boolean accepted) {
        assertThat(EndpointRules.problem(URI.create(endpoint)) == null).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"http://insi.example.fr/lps, utilisez https", "ftp://127.0.0.1/x, protocole ftp"})
    void refusalSaysWhyInFrench(String endpoint, String reason) {
        assertThat(EndpointRules.problem(URI.create(endpoint))).contains(reason);
    }
}

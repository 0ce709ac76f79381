package fr.galien.kit.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.error.SegurException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The positive mutual-TLS path is exercised end to end by the INSi client's MutualTlsTest. */
class TlsMaterialTest {

    private static final char[] PASSWORD = "mot-de-passe-de-test".toCharArray();

    @TempDir
    Path dir;

    @Test
    void noStoreMeansTheJdkDefaults() {
        assertThat(TlsMaterial.context(null, new char[0], null, new char[0])).isEmpty();
    }

    @Test
    void aTrustStoreAloneGivesAContext() throws Exception {
        Path trust = dir.resolve("trust.p12");
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        try (OutputStream out = Files.newOutputStream(trust)) {
            empty.store(out, PASSWORD);
        }

        assertThat(TlsMaterial.context(null, new char[0], trust, PASSWORD)).isPresent();
    }

    @Test
    void unreadableStoreNamesTheFileNeverThePassword() throws Exception {
        Path broken = Files.writeString(dir.resolve("structure.p12"), "pas un PKCS#12");

        SegurException e = catchThrowableOfType(SegurException.class,
                () -> TlsMaterial.context(broken, PASSWORD, null, new char[0]));

        assertThat(e.code()).isEqualTo("KIT-0002");
        assertThat(e.userMessage()).contains("structure.p12 / aucun").doesNotContain(new String(PASSWORD));
    }

    @Test
    void missingFileIsReportedTheSameWay() {
        SegurException e = catchThrowableOfType(SegurException.class,
                () -> TlsMaterial.context(dir.resolve("absent.p12"), PASSWORD, null, new char[0]));

        assertThat(e.code()).isEqualTo("KIT-0002");
    }
}

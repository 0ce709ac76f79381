package fr.galien.ins;

import fr.galien.core.error.ErrorCode;
import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS client identity for national services that authenticate the software by certificate: for INSi, an
 * IGC-Santé organisation certificate whose CN is {@code INSI-AUTO} (calls the software makes by itself) or
 * {@code INSI-MANU} (calls a user triggers), in a PKCS#12 file (specs §2.1). The trust store is optional: without
 * it the JDK's default trust applies, which does not hold the IGC-Santé roots, so a real deployment sets one.
 */
final class TlsMaterial {

    private TlsMaterial() {
    }

    /**
     * Empty when neither store is configured (plain HTTP to the sandbox, or default JDK trust without a client
     * certificate); otherwise an SSL context presenting the keystore's key and trusting the trust store.
     *
     * @param error the caller's "store unusable" code; its message names the files, never a password
     */
    static Optional<SSLContext> context(Path keystore, char[] keystorePassword, Path truststore,
                                        char[] truststorePassword, ErrorCode error) {
        if (keystore == null && truststore == null) {
            return Optional.empty();
        }
        try {
            KeyManagerFactory keys = null;
            if (keystore != null) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(keystore, keystorePassword), keystorePassword);
            }
            TrustManagerFactory trust = null;
            if (truststore != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(truststore, truststorePassword));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(),
                    null);
            return Optional.of(context);
        } catch (IOException | GeneralSecurityException e) {
            throw new SegurException(error, e, name(keystore) + " / " + name(truststore));
        }
    }

    private static String name(Path file) {
        return file == null ? "aucun" : String.valueOf(file.getFileName());
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}

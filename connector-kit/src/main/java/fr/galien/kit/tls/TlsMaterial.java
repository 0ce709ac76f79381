package fr.galien.kit.tls;

import fr.galien.core.error.ErrorCode;
import fr.galien.core.error.SegurException;
import fr.galien.kit.KitError;
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
 * The TLS client identity for national services that authenticate the software or the structure by certificate:
 * for INSi, an IGC-Santé organisation certificate whose CN is {@code INSI-AUTO} or {@code INSI-MANU} (specs §2.1);
 * for the DMP and MSSanté, the structure's certificate. Both stores are PKCS#12 files. The trust store is optional:
 * without it the JDK's default trust applies, which does not hold the IGC-Santé roots, so a real deployment sets one.
 */
public final class TlsMaterial {

    private TlsMaterial() {
    }

    /**
     * Empty when neither store is configured (plain HTTP to the sandbox, or default JDK trust without a client
     * certificate); otherwise an SSL context presenting the keystore's key and trusting the trust store. An
     * unreadable store or a wrong password fails with {@code KIT-0002}.
     */
    public static Optional<SSLContext> context(Path keystore, char[] keystorePassword, Path truststore,
                                               char[] truststorePassword) {
        return context(keystore, keystorePassword, truststore, truststorePassword, KitError.KIT_0002);
    }

    /**
     * As {@link #context(Path, char[], Path, char[])}, failing with the caller's own code.
     *
     * @param error the caller's "store unusable" code, formatted with the file names (never a password)
     */
    public static Optional<SSLContext> context(Path keystore, char[] keystorePassword, Path truststore,
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

package fr.galien.sandbox.mssante;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The operator simulator's TLS identity, made at each start: an RSA 2048 key (the allowed suites are ECDHE_RSA /
 * DHE_RSA, specs §3.1) and a self-signed X.509 v3 certificate for 127.0.0.1 / localhost, valid two days, encoded
 * here in DER (no certificate library in the sandbox). Clients trust it through configuration only: the simulator
 * writes it to a PKCS#12 trust store and declares that file in its settings overrides, as a practice would set the
 * IGC-Santé roots.
 */
final class LoopbackCertificate {

    /** TLS 1.2 suites allowed by SC.MSS/CONF.03, then the TLS 1.3 ones (CONF.02: ≥ 1.2 allowed). */
    static final String[] SUITES = {
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
        "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256"};
    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private static final char[] PASSWORD = "simulateur-mssante".toCharArray();

    private final KeyPair keys;
    private final X509Certificate certificate;

    private LoopbackCertificate(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    static LoopbackCertificate generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            byte[] name = name("Simulateur MSSante Galien (127.0.0.1)");
            byte[] algorithm = sequence(oid(new int[] {1, 2, 840, 113549, 1, 1, 11}), new byte[] {0x05, 0x00});
            byte[] validity = sequence(utcTime(now.minus(Duration.ofHours(1))), utcTime(now.plus(Duration.ofDays(2))));
            byte[] altNames = sequence(tagged(0x87, new byte[] {127, 0, 0, 1}),
                    tagged(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)));
            byte[] extensions = tagged(0xA3, sequence(sequence(oid(new int[] {2, 5, 29, 17}),
                    tagged(0x04, altNames))));
            byte[] tbs = sequence(tagged(0xA0, integer(BigInteger.TWO)),
                    integer(new BigInteger(63, new SecureRandom())), algorithm, name, validity, name,
                    keys.getPublic().getEncoded(), extensions);
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(tbs);
            byte[] signature = signer.sign();
            byte[] bits = new byte[signature.length + 1];
            System.arraycopy(signature, 0, bits, 1, signature.length);
            byte[] der = sequence(tbs, algorithm, tagged(0x03, bits));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            certificate.verify(keys.getPublic());
            return new LoopbackCertificate(keys, certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the simulator's certificate", e);
        }
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The server side: this key and certificate, TLS 1.2+ only. */
    SSLContext serverContext() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("mssante", keys.getPrivate(), PASSWORD, new X509Certificate[] {certificate});
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the simulator's TLS context", e);
        }
    }

    /** Writes a PKCS#12 trust store holding only this certificate; returns its password. */
    String writeTrustStore(Path file) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("simulateur-mssante", certificate);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD);
            }
            return new String(PASSWORD);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write the trust store", e);
        }
    }

    private static byte[] name(String commonName) {
        return sequence(set(sequence(oid(new int[] {2, 5, 4, 3}),
                tagged(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
    }

    private static byte[] utcTime(Instant instant) {
        String text = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC).format(instant);
        return tagged(0x17, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] integer(BigInteger value) {
        return tagged(0x02, value.toByteArray());
    }

    private static byte[] oid(int[] arcs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(arcs[0] * 40 + arcs[1]);
        for (int i = 2; i < arcs.length; i++) {
            int arc = arcs[i];
            int shift = 28;
            boolean started = false;
            while (shift > 0) {
                int chunk = (arc >>> shift) & 0x7F;
                if (chunk != 0 || started) {
                    out.write(chunk | 0x80);
                    started = true;
                }
                shift -= 7;
            }
            out.write(arc & 0x7F);
        }
        return tagged(0x06, out.toByteArray());
    }

    private static byte[] sequence(byte[]... items) {
        return tagged(0x30, concat(items));
    }

    private static byte[] set(byte[]... items) {
        return tagged(0x31, concat(items));
    }

    private static byte[] concat(byte[]... items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] item : items) {
            out.writeBytes(item);
        }
        return out.toByteArray();
    }

    private static byte[] tagged(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xFF);
        } else {
            out.write(0x83);
            out.write(length >> 16);
            out.write((length >> 8) & 0xFF);
            out.write(length & 0xFF);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}

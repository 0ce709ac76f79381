package fr.galien.core.backup;

import fr.galien.core.error.SegurException;
import fr.galien.core.storage.StorageError;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted backup format (ADR 0033), JDK cryptography only. A file is:
 * <pre>
 *   "GALIEN-SAUVEGARDE-CHIFFREE\n"   27 bytes, ASCII
 *   version                          1 byte (1)
 *   PBKDF2-HMAC-SHA256 iterations    4 bytes, big-endian (100,000 to 10,000,000; 600,000 written)
 *   salt                             16 bytes
 *   nonce prefix                     7 bytes
 *   chunk size                       4 bytes, big-endian (1 MiB written; 4 KiB to 16 MiB read)
 *   passphrase verifier              32 bytes: SHA-256 of "GALIEN-VERIFICATEUR" then the AES key
 *   chunks                           AES-256-GCM of each chunk of the plaintext, 16-byte tag appended
 * </pre>
 * PBKDF2 derives the 32-byte AES key from the passphrase and the salt; the verifier is a hash of that key, so a wrong
 * passphrase is told apart from an altered file before any chunk is read (and reveals no more than the key's hash). Chunk {@code i}'s
 * nonce is the prefix, {@code i} on 4 bytes, then 1 on the last chunk and 0 elsewhere (the STREAM construction): a
 * truncated, reordered or extended file fails a tag. Every chunk authenticates the whole header as associated data.
 * The plaintext is the database key (2-byte length, then the key) followed by the zip H2's {@code BACKUP TO} wrote
 * (whose database entry is itself encrypted under that key).
 */
public final class BackupEnvelope {

    static final byte[] MAGIC = "GALIEN-SAUVEGARDE-CHIFFREE\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int ITERATIONS = 600_000;
    private static final int MIN_ITERATIONS = 100_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    static final int CHUNK = 1024 * 1024;
    private static final int MIN_CHUNK = 4 * 1024;
    private static final int MAX_CHUNK = 16 * 1024 * 1024;
    private static final int SALT = 16;
    private static final int NONCE_PREFIX = 7;
    private static final int VERIFIER = 32;
    private static final int TAG_BITS = 128;
    private static final int TAG = TAG_BITS / 8;
    static final int HEADER = MAGIC.length + 1 + 4 + SALT + NONCE_PREFIX + 4 + VERIFIER;
    /** The shortest passphrase a backup is written with. */
    public static final int MIN_PASSPHRASE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] VERIFIER_LABEL = "GALIEN-VERIFICATEUR".getBytes(StandardCharsets.US_ASCII);

    private BackupEnvelope() {
    }

    /** True when {@code file} begins with this format's magic (any version). */
    public static boolean isSealed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** An encrypting stream over {@code out}; write the payload, then close it (the last chunk is written then). */
    static OutputStream seal(OutputStream out, char[] passphrase, byte[] databaseKey) throws IOException {
        byte[] salt = new byte[SALT];
        byte[] prefix = new byte[NONCE_PREFIX];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(prefix);
        Derived derived = derive(passphrase, salt, ITERATIONS);
        ByteArrayOutputStream headerBytes = new ByteArrayOutputStream(HEADER);
        DataOutputStream header = new DataOutputStream(headerBytes);
        header.write(MAGIC);
        header.writeByte(VERSION);
        header.writeInt(ITERATIONS);
        header.write(salt);
        header.write(prefix);
        header.writeInt(CHUNK);
        header.write(derived.verifier());
        byte[] aad = headerBytes.toByteArray();
        out.write(aad);
        SealingStream sealing = new SealingStream(out, derived.key(), prefix, aad, CHUNK);
        sealing.write(new byte[] {(byte) (databaseKey.length >>> 8), (byte) databaseKey.length});
        sealing.write(databaseKey);
        return sealing;
    }

    /** An opened backup: the database key it carries, and the rest of the plaintext (the zip). */
    record Opened(byte[] databaseKey, InputStream payload) {
    }

    /**
     * Opens {@code in} (positioned at the start of the file) with {@code passphrase}.
     *
     * @throws SegurException {@code STO-0013} wrong passphrase, {@code STO-0014} altered or truncated, {@code
     *                        STO-0001} not this format or a version we do not read
     */
    static Opened open(InputStream in, char[] passphrase, Path shownAs) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] aad = new byte[HEADER];
        try {
            data.readFully(aad);
        } catch (EOFException e) {
            throw new SegurException(StorageError.STO_0001, e, shownAs);
        }
        ByteBuffer header = ByteBuffer.wrap(aad);
        byte[] magic = new byte[MAGIC.length];
        header.get(magic);
        int version = header.get() & 0xff;
        int iterations = header.getInt();
        byte[] salt = new byte[SALT];
        header.get(salt);
        byte[] prefix = new byte[NONCE_PREFIX];
        header.get(prefix);
        int chunk = header.getInt();
        byte[] verifier = new byte[VERIFIER];
        header.get(verifier);
        if (!Arrays.equals(magic, MAGIC) || version != VERSION || iterations < MIN_ITERATIONS
                || iterations > MAX_ITERATIONS || chunk < MIN_CHUNK || chunk > MAX_CHUNK) {
            throw new SegurException(StorageError.STO_0001, shownAs);
        }
        Derived derived = derive(passphrase, salt, iterations);
        if (!MessageDigest.isEqual(derived.verifier(), verifier)) {
            throw new SegurException(StorageError.STO_0013, shownAs);
        }
        OpeningStream payload = new OpeningStream(in, derived.key(), prefix, aad, chunk);
        try {
            int high = payload.read();
            int low = payload.read();
            if (high < 0 || low < 0) {
                throw new Tampered();
            }
            int length = (high << 8) | low;
            if (length != 32) {
                throw new Tampered();
            }
            byte[] key = payload.readNBytes(length);
            if (key.length != length) {
                throw new Tampered();
            }
            return new Opened(key, payload);
        } catch (Tampered e) {
            throw new SegurException(StorageError.STO_0014, e, shownAs);
        }
    }

    /** A chunk failed its tag, or the file ends early or goes on past its last chunk. */
    static final class Tampered extends IOException {
        private static final long serialVersionUID = 1L;

        Tampered() {
            super("backup altered or truncated");
        }
    }

    private record Derived(byte[] key, byte[] verifier) {
    }

    private static Derived derive(char[] passphrase, byte[] salt, int iterations) {
        // 256 bits: one PBKDF2 block (a longer output would run every iteration once more per block)
        KeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(VERIFIER_LABEL);
            byte[] verifier = sha256.digest(key);
            return new Derived(key, verifier);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 and SHA-256 are part of every JDK", e);
        }
    }

    private static byte[] nonce(byte[] prefix, int index, boolean last) {
        byte[] nonce = new byte[12];
        System.arraycopy(prefix, 0, nonce, 0, NONCE_PREFIX);
        nonce[7] = (byte) (index >>> 24);
        nonce[8] = (byte) (index >>> 16);
        nonce[9] = (byte) (index >>> 8);
        nonce[10] = (byte) index;
        nonce[11] = (byte) (last ? 1 : 0);
        return nonce;
    }

    private static Cipher cipher(int mode, byte[] key, byte[] prefix, int index, boolean last, byte[] aad) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce(prefix, index, last)));
            cipher.updateAAD(aad);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    /** Holds one chunk back: only at close is it known to be the last. */
    private static final class SealingStream extends OutputStream {
        private final OutputStream out;
        private final byte[] key;
        private final byte[] prefix;
        private final byte[] aad;
        private final byte[] buffer;
        private int filled;
        private int index;
        private boolean closed;

        SealingStream(OutputStream out, byte[] key, byte[] prefix, byte[] aad, int chunk) {
            this.out = out;
            this.key = key;
            this.prefix = prefix;
            this.aad = aad;
            this.buffer = new byte[chunk];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (filled == buffer.length) {
                    flushChunk(false);
                }
                int n = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
            }
        }

        private void flushChunk(boolean last) throws IOException {
            try {
                out.write(cipher(Cipher.ENCRYPT_MODE, key, prefix, index, last, aad).doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM encryption failed", e);
            }
            index++;
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                flushChunk(true);
                out.flush();
            } finally {
                Arrays.fill(buffer, (byte) 0);
                Arrays.fill(key, (byte) 0);
                out.close();
            }
        }
    }

    /** Decrypts chunk by chunk; every byte it returns has been authenticated. */
    private static final class OpeningStream extends InputStream {
        private final InputStream in;
        private final byte[] key;
        private final byte[] prefix;
        private final byte[] aad;
        private final int chunk;
        private byte[] plain = new byte[0];
        private int position;
        private int index;
        private boolean lastSeen;
        private int lookahead = -2;

        OpeningStream(InputStream in, byte[] key, byte[] prefix, byte[] aad, int chunk) {
            this.in = in;
            this.key = key;
            this.prefix = prefix;
            this.aad = aad;
            this.chunk = chunk;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (lastSeen) {
                    return -1;
                }
                nextChunk();
            }
            int n = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, bytes, offset, n);
            position += n;
            return n;
        }

        private void nextChunk() throws IOException {
            byte[] frame = new byte[chunk + TAG];
            int filled = 0;
            if (lookahead >= 0) {
                frame[filled++] = (byte) lookahead;
            }
            filled += in.readNBytes(frame, filled, frame.length - filled);
            boolean last;
            if (filled < frame.length) {
                last = true;
            } else {
                lookahead = in.read();
                last = lookahead < 0;
            }
            if (filled < TAG) {
                throw new Tampered();
            }
            try {
                plain = cipher(Cipher.DECRYPT_MODE, key, prefix, index, last, aad).doFinal(frame, 0, filled);
            } catch (AEADBadTagException e) {
                throw new Tampered();
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM decryption failed", e);
            }
            position = 0;
            index++;
            lastSeen = last;
            if (!last && lookahead < 0) {
                throw new Tampered();
            }
        }

        @Override
        public void close() throws IOException {
            Arrays.fill(key, (byte) 0);
            in.close();
        }
    }
}

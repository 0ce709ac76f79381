package fr.galien.core.storage;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 file's encryption (ADR 0033): what a file is (clear, encrypted, absent), the one-time encryption of a
 * database created before encryption existed, and the re-encryption of a restore's working copy under the data
 * directory's key.
 *
 * <p>Encrypting an existing clear database is copy → encrypt → verify → swap: the clear file is copied into a
 * working folder beside it, the copy encrypted with H2's {@link ChangeFileEncryption}, then decrypted again block by
 * block and compared byte for byte with the clear copy, forced to disk, and renamed over the live file in one atomic
 * step. Until that rename the live file is untouched; a process killed before it leaves a working folder that the
 * next open deletes ({@link RestoreLeftovers}), and that open starts again.
 */
public final class H2Encryption {

    /** What the first bytes of a database file say. */
    public enum Format { ABSENT, CLEAR, ENCRYPTED, UNKNOWN }

    /** Prefix of the working folder of an encryption in progress (a leftover after a crash). */
    public static final String WORK_DIRECTORY_PREFIX = ".galien-chiffrement-";
    static final String CIPHER = "AES";
    private static final byte[] CLEAR_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final int COMPARE_BUFFER = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(H2Encryption.class);

    private H2Encryption() {
    }

    /** Reads the first bytes of {@code file}. An empty file is {@link Format#UNKNOWN}. */
    public static Format format(Path file) {
        if (!Files.exists(file)) {
            return Format.ABSENT;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            if (startsWith(head, ENCRYPTED_HEADER)) {
                return Format.ENCRYPTED;
            }
            if (startsWith(head, CLEAR_HEADER)) {
                return Format.CLEAR;
            }
            return Format.UNKNOWN;
        } catch (IOException e) {
            return Format.UNKNOWN;
        }
    }

    /** True when {@code head} begins a Galien database file, clear or encrypted (a backup's database entry). */
    public static boolean isDatabaseHeader(byte[] head) {
        return startsWith(head, ENCRYPTED_HEADER) || startsWith(head, CLEAR_HEADER);
    }

    /** Length of the longest header {@link #isDatabaseHeader} needs. */
    public static int headerLength() {
        return ENCRYPTED_HEADER.length;
    }

    /**
     * Encrypts the clear database of {@code settings} under {@code key}: copy, encrypt, verify, atomic swap. Call
     * while holding the data-directory lock, after crash recovery, before anything opens the file.
     *
     * @throws SegurException {@code CORE-0009} not enough disk for the copy (the live file untouched),
     *                        {@code CORE-0018} the encryption failed or did not verify (the live file untouched)
     */
    static void encryptClearDatabase(DatabaseSettings settings, DatabaseKey key) {
        Path directory = settings.dataDirectory();
        Path live = settings.h2File();
        Path work = directory.resolve(WORK_DIRECTORY_PREFIX + UUID.randomUUID());
        long start = System.nanoTime();
        long size;
        try {
            size = Files.size(live);
            long free = DiskSpace.usable(directory);
            if (free >= 0 && free < size + DiskSpace.MINIMUM_FREE_BYTES) {
                throw DiskSpace.full(directory, size + DiskSpace.MINIMUM_FREE_BYTES, null);
            }
            PrivateFiles.createDirectory(work);
            Path clearCopy = work.resolve("clair.mv.db");
            Path copy = work.resolve(DatabaseMaintenance.DATABASE_ENTRY);
            Files.copy(live, clearCopy);
            Files.copy(clearCopy, copy);
            encryptInPlace(work, null, key);
            if (!sameContent(clearCopy, copy, key)) {
                throw new SegurException(CoreError.CORE_0018, live, "la copie chiffrée ne relit pas la base à "
                        + "l'identique");
            }
            Files.delete(clearCopy);
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(copy, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            DatabaseKey.forceDirectory(directory);
        } catch (IOException e) {
            if (DiskSpace.isDiskFull(e)) {
                throw DiskSpace.full(directory, sizeOrZero(live) + DiskSpace.MINIMUM_FREE_BYTES, e);
            }
            throw new SegurException(CoreError.CORE_0018, e, live, e.getClass().getSimpleName());
        } finally {
            try {
                RestoreLeftovers.deleteRecursively(work);
            } catch (IOException e) {
                LOG.warn("Encryption working folder not removed ({}); the next open removes it",
                        e.getClass().getSimpleName());
            }
        }
        LOG.info("Clear H2 file of {} KB encrypted in {} ms", size / 1024, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Re-encrypts the database file {@code galien.mv.db} of {@code directory} (a restore's working copy) from
     * {@code from} (null: the file is clear) to {@code to}, in place. The copy is disposable: on failure the caller
     * throws it away.
     */
    public static void encryptInPlace(Path directory, DatabaseKey from, DatabaseKey to) throws IOException {
        try {
            ChangeFileEncryption.execute(directory.toString(), DatabaseSettings.H2_DATABASE_NAME, CIPHER,
                    from == null ? null : from.filePassword(), to.filePassword(), true);
        } catch (SQLException e) {
            throw new IOException("H2 ChangeFileEncryption failed (error " + e.getErrorCode() + ")", e);
        }
    }

    /** True when the encrypted {@code encrypted}, read through {@code key}, is byte for byte {@code clear}. */
    private static boolean sameContent(Path clear, Path encrypted, DatabaseKey key) throws IOException {
        byte[] password = FilePathEncrypt.getPasswordBytes(key.filePassword());
        try (FileChannel clearChannel = FileChannel.open(clear, StandardOpenOption.READ);
             FileEncrypt decrypted = new FileEncrypt(encrypted.toString(), password,
                     FileChannel.open(encrypted, StandardOpenOption.READ))) {
            long size = clearChannel.size();
            if (decrypted.size() != size) {
                return false;
            }
            ByteBuffer left = ByteBuffer.allocate(COMPARE_BUFFER);
            ByteBuffer right = ByteBuffer.allocate(COMPARE_BUFFER);
            for (long position = 0; position < size; position += COMPARE_BUFFER) {
                int length = (int) Math.min(COMPARE_BUFFER, size - position);
                left.clear().limit(length);
                right.clear().limit(length);
                readFully(clearChannel, left, position);
                while (right.hasRemaining()) {
                    int n = decrypted.read(right, position + right.position());
                    if (n < 0) {
                        return false;
                    }
                }
                if (!left.flip().equals(right.flip())) {
                    return false;
                }
            }
            return true;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long start = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, start + buffer.position());
            if (n < 0) {
                throw new IOException("short read");
            }
        }
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}

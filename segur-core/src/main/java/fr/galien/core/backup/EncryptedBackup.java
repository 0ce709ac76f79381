package fr.galien.core.backup;

import fr.galien.core.error.SegurException;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseKey;
import fr.galien.core.storage.DatabaseMaintenance;
import fr.galien.core.storage.DiskSpace;
import fr.galien.core.storage.PrivateFiles;
import fr.galien.core.storage.RestoreLeftovers;
import fr.galien.core.storage.StorageError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a backup encrypted under a passphrase (ADR 0033, format in {@link BackupEnvelope}): H2's online
 * {@code BACKUP TO} into a temporary zip inside the data directory (its database entry is encrypted under the data
 * directory's key), then that zip and the key, sealed with AES-GCM under the passphrase, into the target file
 * ({@code 0600}). The passphrase is what restores it anywhere, the key travels inside: a practice whose key file is
 * lost restores its last backup into a new folder.
 */
public final class EncryptedBackup {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedBackup.class);

    private EncryptedBackup() {
    }

    /**
     * Backs {@code database} (H2, open) up into {@code target}.
     *
     * @throws SegurException {@code STO-0002} PostgreSQL, {@code STO-0006} target exists, {@code STO-0015} no
     *                        passphrase, {@code STO-0016} passphrase too short, {@code STO-0004} I/O failure,
     *                        {@code CORE-0009} disk full
     */
    public static void write(Database database, Path target, char[] passphrase) {
        if (database.engine() != Database.Engine.H2) {
            throw new SegurException(StorageError.STO_0002);
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new SegurException(StorageError.STO_0015, target);
        }
        if (passphrase.length < BackupEnvelope.MIN_PASSPHRASE) {
            throw new SegurException(StorageError.STO_0016, BackupEnvelope.MIN_PASSPHRASE);
        }
        if (Files.exists(target)) {
            throw new SegurException(StorageError.STO_0006, target);
        }
        Path directory = database.dataDirectory().orElseThrow();
        DatabaseKey key = database.fileKey().orElseThrow();
        Path temporary = directory.resolve(RestoreLeftovers.BACKUP_WORK_PREFIX + UUID.randomUUID() + ".zip");
        boolean created = false;
        boolean written = false;
        try {
            DatabaseMaintenance.backup(database, temporary);
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            OutputStream file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            created = true;
            try (OutputStream sealed = BackupEnvelope.seal(file, passphrase, key.bytes());
                 InputStream zip = Files.newInputStream(temporary)) {
                PrivateFiles.restrictFile(target);
                zip.transferTo(sealed);
            }
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            written = true;
        } catch (IOException e) {
            if (DiskSpace.isDiskFull(e)) {
                throw DiskSpace.full(target.toAbsolutePath().getParent(), sizeOrZero(temporary), e);
            }
            throw new SegurException(StorageError.STO_0004, e, target, e.getClass().getSimpleName());
        } finally {
            deleteQuietly(temporary);
            if (created && !written) {
                deleteQuietly(target);
            }
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Backup working file not removed: {}", e.getClass().getSimpleName());
        }
    }
}

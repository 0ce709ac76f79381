package fr.galien.core.backup;

import fr.galien.core.audit.AuditVerification;
import fr.galien.core.audit.AuditVerifier;
import fr.galien.core.error.SegurException;
import fr.galien.core.storage.DataDirectoryLock;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseCheck;
import fr.galien.core.storage.DatabaseMaintenance;
import fr.galien.core.storage.DatabaseKey;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.storage.H2Encryption;
import fr.galien.core.storage.PrivateFiles;
import fr.galien.core.storage.DiskSpace;
import fr.galien.core.storage.RestoreLeftovers;
import fr.galien.core.storage.Sizes;
import fr.galien.core.storage.StorageError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code galien db restore}: a restore that cannot destroy the live database (ADR 0015).
 *
 * <ol>
 *   <li>An encrypted backup (ADR 0033, {@link BackupEnvelope}) is first checked against its passphrase, then
 *       decrypted into the working folder (every chunk authenticated, the size and the disk watched); the key it
 *       carries stays in memory.</li>
 *   <li>The zip is inspected without extracting: entry count, the {@code galien.mv.db} entry, its declared size.</li>
 *   <li>Under the data-directory lock, free disk is measured: the copy, the safety copy and a reserve must fit.</li>
 *   <li>The database is extracted into a working folder of the data directory (same file system), with a byte cap
 *       and a compression-ratio cap enforced while reading (zip bombs), and the disk watched as it fills.</li>
 *   <li>The copy is re-encrypted under the data directory's own key (a clear backup of an earlier version is
 *       encrypted), so the live key never changes.</li>
 *   <li>The copy is opened as a database of its own (H2 recovery, migrations), then {@code db check} and
 *       {@code audit verify} run on it. A broken audit chain refuses the restore unless {@code force}.</li>
 *   <li>Only then is the live database kept as {@code galien-avant-restauration-<stamp>.zip} and replaced by the
 *       verified file with one atomic rename.</li>
 * </ol>
 * On every failure before the rename the live file has not been written to, and the message says so; the working
 * folder is removed on every path (a killed restore's folder is removed by the next open, {@link RestoreLeftovers}).
 */
public final class SafeRestore {

    private static final Logger LOG = LoggerFactory.getLogger(SafeRestore.class);
    /** Name of the decrypted zip of an encrypted backup, inside the working folder. */
    private static final String DECRYPTED_ZIP = "sauvegarde-dechiffree.zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final int BUFFER = 64 * 1024;
    /** What a decrypted zip may hold beyond the database entry (its headers). */
    private static final long DECRYPTED_SLACK = 1024 * 1024;

    /**
     * Bounds on what a backup may be.
     *
     * @param maxDatabaseBytes largest database accepted, uncompressed
     * @param maxEntries       most zip entries accepted (ours have one)
     * @param maxRatio         largest uncompressed/compressed ratio once past {@code ratioFloorBytes}
     * @param ratioFloorBytes  below this uncompressed size the ratio is not checked (tiny files compress well)
     * @param reserveBytes     free space left untouched on the disk after the restore
     */
    public record Limits(long maxDatabaseBytes, int maxEntries, long maxRatio, long ratioFloorBytes,
                         long reserveBytes) {

        public static final Limits DEFAULT = new Limits(64L * 1024 * 1024 * 1024, 16, 200, 16L * 1024 * 1024,
                32L * 1024 * 1024);
    }

    /**
     * What happened.
     *
     * @param safetyCopy        the kept previous database, or null when the data directory had none
     * @param auditEvents       audit events verified in the restored database
     * @param auditBrokenReason null when the restored chain is intact; the French reason when restored by force
     */
    public record Report(Path safetyCopy, long auditEvents, String auditBrokenReason) {

        public boolean forced() {
            return auditBrokenReason != null;
        }
    }

    private final Limits limits;
    private final ToLongFunction<Path> usableSpace;

    public SafeRestore() {
        this(Limits.DEFAULT, DiskSpace::usable);
    }

    /** With other bounds and another free-space probe (tests simulate a nearly full disk with it). */
    public SafeRestore(Limits limits, ToLongFunction<Path> usableSpace) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.usableSpace = Objects.requireNonNull(usableSpace, "usableSpace");
    }

    /**
     * Restores {@code zipFile} into the H2 data directory of {@code settings}; see the class comment.
     *
     * @param force restore even when the backup's audit chain is broken (the caller audits that choice)
     * @throws SegurException {@code STO-0001} not a Galien backup, {@code STO-0002} PostgreSQL, {@code STO-0007}
     *                        backup unusable, {@code STO-0008} backup audit chain broken, {@code STO-0009} not enough
     *                        disk, {@code STO-0010} oversized or zip bomb, {@code STO-0011} swap failed (safety copy
     *                        named), {@code STO-0012} I/O failure before the swap, {@code CORE-0004} data in use —
     *                        in every case the live database is untouched
     */
    public Report restore(DatabaseSettings settings, Path zipFile, boolean force) {
        return restore(settings, zipFile, force, null);
    }

    /**
     * Restores {@code backup}, a clear zip of an earlier version or an encrypted backup (ADR 0033), into the H2 data
     * directory of {@code settings}; see the class comment.
     *
     * @param passphrase the encrypted backup's passphrase (null for a clear zip)
     * @throws SegurException as {@link #restore(DatabaseSettings, Path, boolean)}, and {@code STO-0013} wrong
     *                        passphrase, {@code STO-0014} encrypted backup altered or truncated, {@code STO-0015}
     *                        passphrase missing, {@code CORE-0015}/{@code CORE-0017} the data directory's key is
     *                        missing or unreadable — the live database untouched in every case
     */
    public Report restore(DatabaseSettings settings, Path backup, boolean force, char[] passphrase) {
        if (settings.engine() != Database.Engine.H2) {
            throw new SegurException(StorageError.STO_0002);
        }
        if (!Files.isRegularFile(backup)) {
            throw new SegurException(StorageError.STO_0001, backup);
        }
        boolean sealed = BackupEnvelope.isSealed(backup);
        if (sealed && (passphrase == null || passphrase.length == 0)) {
            throw new SegurException(StorageError.STO_0015, backup);
        }
        long declared = sealed ? -1 : inspect(backup, backup);
        Path directory = settings.dataDirectory();
        Path live = settings.h2File();
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(directory)) {
            RestoreLeftovers.removeAll(directory);
            Path work = directory.resolve(RestoreLeftovers.WORK_DIRECTORY_PREFIX + UUID.randomUUID());
            try {
                return restoreLocked(settings, backup, sealed ? passphrase : null, force, declared, directory, live,
                        work);
            } finally {
                try {
                    RestoreLeftovers.deleteRecursively(work);
                } catch (IOException e) {
                    LOG.warn("Restore working folder not removed ({}); the next open removes it",
                            e.getClass().getSimpleName());
                }
            }
        }
    }

    private Report restoreLocked(DatabaseSettings settings, Path backup, char[] passphrase, boolean force,
            long declared, Path directory, Path live, Path work) {
        long liveSize = sizeOrZero(live);
        long free = usableSpace.applyAsLong(directory);
        Path zipFile = backup;
        DatabaseKey carried = null;
        if (passphrase != null) {
            // the decrypted zip, then the database extracted from it: about twice the backup's size at once
            long size = sizeOrZero(backup);
            long needed = 2 * size + liveSize + limits.reserveBytes();
            if (free >= 0 && free < needed) {
                throw notEnoughDisk(directory, backup, needed, free);
            }
            zipFile = work.resolve(DECRYPTED_ZIP);
            long allowed = free < 0 ? Long.MAX_VALUE : free - size - liveSize - limits.reserveBytes();
            try {
                PrivateFiles.createDirectory(work);
                carried = decrypt(backup, passphrase, zipFile, allowed, limits.maxDatabaseBytes() + DECRYPTED_SLACK);
            } catch (DiskFilling e) {
                throw notEnoughDisk(directory, backup, 2 * e.written + liveSize + limits.reserveBytes(), free);
            } catch (IOException e) {
                if (DiskSpace.isDiskFull(e)) {
                    throw notEnoughDisk(directory, backup, needed + BUFFER, usableSpace.applyAsLong(directory));
                }
                throw new SegurException(StorageError.STO_0012, e, backup, e.getClass().getSimpleName());
            }
            declared = inspect(zipFile, backup);
            free = usableSpace.applyAsLong(directory);
        }
        // the copy, a safety copy of the live file (zip: at most its size), and the reserve
        long needed = Math.max(declared, 0) + liveSize + limits.reserveBytes();
        if (free >= 0 && free < needed) {
            throw notEnoughDisk(directory, backup, needed, free);
        }
        Path copy = work.resolve(DatabaseMaintenance.DATABASE_ENTRY);
        long allowed = free < 0 ? Long.MAX_VALUE : free - liveSize - limits.reserveBytes();
        try {
            PrivateFiles.createDirectory(work);
            extract(zipFile, backup, copy, allowed);
            if (!zipFile.equals(backup)) {
                Files.delete(zipFile);
            }
        } catch (DiskFilling e) {
            throw notEnoughDisk(directory, backup, e.written + liveSize + limits.reserveBytes(), free);
        } catch (IOException e) {
            if (DiskSpace.isDiskFull(e)) {
                throw notEnoughDisk(directory, backup, needed + BUFFER, usableSpace.applyAsLong(directory));
            }
            throw new SegurException(StorageError.STO_0012, e, backup, e.getClass().getSimpleName());
        }
        underLiveKey(backup, directory, work, copy, carried);

        Verified verified = verifyCopy(backup, work);
        if (verified.auditBrokenReason() != null && !force) {
            throw new SegurException(StorageError.STO_0008, backup, verified.auditBrokenReason());
        }

        Path safetyCopy = null;
        try {
            if (Files.exists(live)) {
                safetyCopy = freshName(directory, "galien-avant-restauration-" + LocalDateTime.now().format(STAMP));
                zipSingleFile(live, safetyCopy);
            }
            forceToDisk(copy);
        } catch (IOException e) {
            deleteQuietly(safetyCopy);
            if (DiskSpace.isDiskFull(e)) {
                throw notEnoughDisk(directory, backup, needed + BUFFER, usableSpace.applyAsLong(directory));
            }
            throw new SegurException(StorageError.STO_0012, e, backup, e.getClass().getSimpleName());
        }
        try {
            swap(copy, live);
        } catch (IOException e) {
            LOG.error("Restore swap failed; the live database is untouched", e);
            if (safetyCopy == null) {
                throw new SegurException(StorageError.STO_0012, e, backup, e.getClass().getSimpleName());
            }
            throw new SegurException(StorageError.STO_0011, e, backup, e.getClass().getSimpleName(), safetyCopy);
        }
        try {
            Files.deleteIfExists(directory.resolve("galien.compacted-size"));
        } catch (IOException e) {
            LOG.warn("Compaction marker not removed: {}", e.getClass().getSimpleName());
        }
        return new Report(safetyCopy, verified.auditEvents(), verified.auditBrokenReason());
    }

    /** Reads the zip's central directory only; returns the database entry's declared size (-1 if unknown). */
    private long inspect(Path zipFile, Path shownAs) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new SegurException(StorageError.STO_0010, shownAs,
                        zip.size() + " fichiers dans l'archive (au plus " + limits.maxEntries() + ")");
            }
            ZipEntry entry = zip.getEntry(DatabaseMaintenance.DATABASE_ENTRY);
            if (entry == null || entry.isDirectory()) {
                throw new SegurException(StorageError.STO_0001, shownAs);
            }
            if (entry.getSize() > limits.maxDatabaseBytes()) {
                throw new SegurException(StorageError.STO_0010, shownAs, "base de "
                        + Sizes.describe(entry.getSize()) + " (au plus " + Sizes.describe(limits.maxDatabaseBytes())
                        + ")");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                // a clear database (earlier versions) or one encrypted under a key (ADR 0033)
                if (!H2Encryption.isDatabaseHeader(in.readNBytes(H2Encryption.headerLength()))) {
                    throw new SegurException(StorageError.STO_0001, shownAs);
                }
            }
            return entry.getSize();
        } catch (ZipException e) {
            throw new SegurException(StorageError.STO_0001, e, shownAs);
        } catch (IOException e) {
            throw new SegurException(StorageError.STO_0012, e, shownAs, e.getClass().getSimpleName());
        }
    }

    /** Thrown by {@link #extract} when the bytes written reach what the disk can spare. */
    private static final class DiskFilling extends IOException {
        private static final long serialVersionUID = 1L;
        final long written;

        DiskFilling(long written) {
            super("restore would fill the disk");
            this.written = written;
        }
    }

    /** Streams the entry to {@code target}, enforcing the byte and ratio caps and the free space while reading. */
    private void extract(Path zipFile, Path shownAs, Path target, long allowed) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry entry = zip.getEntry(DatabaseMaintenance.DATABASE_ENTRY);
            long compressed = Math.max(entry.getCompressedSize(), 1);
            try (InputStream in = zip.getInputStream(entry);
                 OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                byte[] buffer = new byte[BUFFER];
                long written = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    written += n;
                    if (written > limits.maxDatabaseBytes()) {
                        throw new SegurException(StorageError.STO_0010, shownAs, "la base décompressée dépasse "
                                + Sizes.describe(limits.maxDatabaseBytes()));
                    }
                    if (written > limits.ratioFloorBytes() && written / compressed > limits.maxRatio()) {
                        throw new SegurException(StorageError.STO_0010, shownAs, "taux de compression invraisemblable"
                                + " (plus de " + limits.maxRatio() + " pour 1 : archive piégée)");
                    }
                    if (written > allowed) {
                        throw new DiskFilling(written);
                    }
                    out.write(buffer, 0, n);
                }
            }
        }
    }

    /** Decrypts an encrypted backup into {@code target}; returns the key it carries. */
    private static DatabaseKey decrypt(Path backup, char[] passphrase, Path target, long allowed, long cap)
            throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(backup), BUFFER);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            BackupEnvelope.Opened opened = BackupEnvelope.open(in, passphrase, backup);
            byte[] buffer = new byte[BUFFER];
            long written = 0;
            try (InputStream payload = opened.payload()) {
                for (int n = payload.read(buffer); n >= 0; n = payload.read(buffer)) {
                    written += n;
                    if (written > cap) {
                        throw new SegurException(StorageError.STO_0010, backup, "base déchiffrée de plus de "
                                + Sizes.describe(cap));
                    }
                    if (written > allowed) {
                        throw new DiskFilling(written);
                    }
                    out.write(buffer, 0, n);
                }
            } catch (BackupEnvelope.Tampered e) {
                throw new SegurException(StorageError.STO_0014, e, backup);
            }
            return DatabaseKey.carried(opened.databaseKey());
        }
    }

    /**
     * Puts the extracted copy under the data directory's key (created now for a directory that has none): a copy
     * encrypted under the backup's own key is re-encrypted, a clear copy (earlier versions) encrypted; a copy that
     * does not re-encrypt is refused ({@code STO-0007}).
     */
    private static void underLiveKey(Path backup, Path directory, Path work, Path copy, DatabaseKey carried) {
        DatabaseKey live = DatabaseKey.loadOrCreate(directory);
        H2Encryption.Format format = H2Encryption.format(copy);
        try {
            if (format == H2Encryption.Format.CLEAR) {
                H2Encryption.encryptInPlace(work, null, live);
            } else if (format == H2Encryption.Format.ENCRYPTED && carried != null && !carried.sameKeyAs(live)) {
                H2Encryption.encryptInPlace(work, carried, live);
            }
            live.assignTo(work);
        } catch (IOException e) {
            LOG.warn("Backup copy not re-encrypted under the data directory's key", e);
            throw new SegurException(StorageError.STO_0007, e, backup,
                    "elle ne se rechiffre pas sous la clé de ce poste (" + e.getClass().getSimpleName() + ")");
        }
    }

    private record Verified(long auditEvents, String auditBrokenReason) {
    }

    /** Opens the copy as a database (recovery, migrations), then db check and audit verify on it. */
    private static Verified verifyCopy(Path zipFile, Path work) {
        DatabaseCheck check;
        AuditVerification audit;
        try (Database copy = Database.open(DatabaseSettings.forDataDirectory(work))) {
            check = DatabaseMaintenance.check(copy);
            audit = copy.read(AuditVerifier::verify);
        } catch (SegurException e) {
            LOG.warn("Backup copy refused at open or check: {}", e.code());
            throw new SegurException(StorageError.STO_0007, e, zipFile, "elle ne s'ouvre pas (" + e.code() + ")");
        } catch (RuntimeException e) {
            LOG.warn("Backup copy refused at open or check", e);
            throw new SegurException(StorageError.STO_0007, e, zipFile,
                    "elle ne s'ouvre pas (" + e.getClass().getSimpleName() + ")");
        }
        if (!check.healthy()) {
            throw new SegurException(StorageError.STO_0007, zipFile,
                    "la vérification de la base échoue : " + String.join(" ", check.problems()));
        }
        return new Verified(audit.rowsChecked(), audit.intact() ? null
                : "entrée n° " + audit.firstBrokenSeq() + " : " + audit.reason());
    }

    private static SegurException notEnoughDisk(Path directory, Path zipFile, long needed, long free) {
        long missing = free < 0 ? needed : Math.max(needed - free, 1);
        return new SegurException(StorageError.STO_0009, directory, zipFile, Sizes.describe(needed),
                Sizes.describe(Math.max(free, 0)), Sizes.describe(missing));
    }

    /** Atomic rename over the live file; the only step that writes where the live database is. */
    private static void swap(Path verified, Path live) throws IOException {
        try {
            Files.move(verified, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so this does not happen on the file systems we know; refuse rather than copy in place
            throw new IOException("atomic rename not supported", e);
        }
        forceDirectory(live.getParent());
    }

    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename durable where the OS allows opening a directory (Linux, macOS); a no-op elsewhere. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; NTFS journals the rename itself
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@code <stem>.zip}, or {@code <stem>-2.zip}… when two restores happen within the same second. */
    private static Path freshName(Path directory, String stem) {
        Path candidate = directory.resolve(stem + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = directory.resolve(stem + "-" + n + ".zip");
        }
        return candidate;
    }

    private static void zipSingleFile(Path file, Path zipFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(zipFile, StandardOpenOption.CREATE_NEW);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(DatabaseMaintenance.DATABASE_ENTRY));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        forceToDisk(zipFile);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Partial safety copy not removed: {}", e.getClass().getSimpleName());
        }
    }
}

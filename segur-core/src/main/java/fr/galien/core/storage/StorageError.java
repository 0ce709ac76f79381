package fr.galien.core.storage;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the storage maintenance (backup, restore, migrations). French texts: {@code i18n/storage.properties}.
 * Append new codes at the end; never renumber or reuse one.
 */
public enum StorageError implements ErrorCode {
    /** The file given to restore is not a Galien backup. */
    STO_0001,
    /** Backup or restore asked on PostgreSQL: its own tools do it. */
    STO_0002,
    /** A Flyway migration or validation failed. */
    STO_0003,
    /** A backup file could not be written or read. */
    STO_0004,
    /** A module id unfit for a Flyway history table name. */
    STO_0005,
    /** The backup target already exists. */
    STO_0006,
    /** The backup to restore does not open, or fails the database check: nothing was touched. */
    STO_0007,
    /** The backup's audit chain is broken: refused unless forced (then audited). */
    STO_0008,
    /** Not enough free disk to restore safely: nothing was touched. */
    STO_0009,
    /** The backup is oversized, has too many entries or an implausible compression ratio (zip bomb). */
    STO_0010,
    /** The final swap failed after the safety copy was made: the live database is untouched, the copy named. */
    STO_0011,
    /** Reading the backup or writing the working copy failed before anything was swapped. */
    STO_0012,
    /** The passphrase given does not open this encrypted backup: nothing was touched. */
    STO_0013,
    /** The encrypted backup was altered or truncated (a chunk fails its authentication): nothing was touched. */
    STO_0014,
    /** An encrypted backup needs a passphrase and none was given. */
    STO_0015,
    /** The passphrase chosen for a new backup is too short. */
    STO_0016,
    /** The passphrase typed twice for a new backup differs. */
    STO_0017;

    @Override
    public String bundle() {
        return "i18n.storage";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

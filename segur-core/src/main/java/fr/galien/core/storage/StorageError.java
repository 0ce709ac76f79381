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
    STO_0006;

    @Override
    public String bundle() {
        return "i18n.storage";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

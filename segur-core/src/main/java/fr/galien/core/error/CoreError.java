package fr.galien.core.error;

/**
 * Error codes of the core (storage, registry, audit, outbox, plug-ins). French texts: {@code i18n/core.properties}.
 * Append new codes at the end; never renumber or reuse one.
 */
public enum CoreError implements ErrorCode {
    /** Validation failed; the field errors travel in {@link ValidationException}. */
    CORE_0001,
    /** Two Ségur modules declare the same id. */
    CORE_0002,
    /** Database URL or data directory contains forbidden H2 settings. */
    CORE_0003,
    /** Data directory already in use by another process. */
    CORE_0004,
    /** Database file is corrupt or unreadable. */
    CORE_0005,
    /** Optimistic-locking conflict: someone else saved the record first. */
    CORE_0006,
    /** Record not found. */
    CORE_0007,
    /** Database unreachable: connection failed or lost, server down, pool exhausted, database closed. */
    CORE_0008,
    /** The disk holding the data is full (with the free space needed). */
    CORE_0009,
    /** The data directory is not a directory (a regular file has its name). */
    CORE_0010,
    /** The data directory cannot be created or written by this user. */
    CORE_0011,
    /** The data directory cannot be used for another I/O reason (named). */
    CORE_0012,
    /** The database refused the operation (constraint, data too long…): nothing saved, SQLSTATE given. */
    CORE_0013,
    /** The database was busy (lock time-out, deadlock): nothing saved, try again. */
    CORE_0014,
    /** The H2 file is encrypted and its key cannot be found (no key id in the data directory, or no key file). */
    CORE_0015,
    /** The key found does not decrypt the H2 file. */
    CORE_0016,
    /** The key file (or the key id) is unreadable, malformed, or cannot be written. */
    CORE_0017,
    /** A clear database could not be encrypted (the copy failed or did not verify): the clear file is untouched. */
    CORE_0018;

    @Override
    public String bundle() {
        return "i18n.core";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

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
    /** Database unreachable or SQL failure. */
    CORE_0008;

    @Override
    public String bundle() {
        return "i18n.core";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

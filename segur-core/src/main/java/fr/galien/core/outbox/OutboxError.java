package fr.galien.core.outbox;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the outbox. French texts: {@code i18n/outbox.properties}. Append new codes at the end; never
 * renumber or reuse one.
 */
public enum OutboxError implements ErrorCode {
    /** An idempotency key was reused for a different service or operation: a caller bug that must not be hidden. */
    OUT_0001,
    /** No outbox row with this id. */
    OUT_0002,
    /** A pending row may be dropped only on purpose ({@code --force}): it may be in flight. */
    OUT_0003,
    /** A row the service acknowledged is kept as it is: never sent again, never removed. */
    OUT_0004;

    @Override
    public String bundle() {
        return "i18n.outbox";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}

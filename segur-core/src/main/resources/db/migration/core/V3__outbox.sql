-- Outbox of calls to national services (ADR 0006): one row per call, sent at least once by the dispatcher,
-- deduplicated by its idempotency key. Portable between H2 2.5 and PostgreSQL 15 (VARCHAR(n) up to 10 485 760 on
-- PostgreSQL, 1 000 000 000 on H2).

CREATE TABLE outbox (
    id              UUID                        NOT NULL PRIMARY KEY,
    service         VARCHAR(100)                NOT NULL,
    operation       VARCHAR(100)                NOT NULL,
    idempotency_key VARCHAR(200)                NOT NULL,
    payload         VARCHAR(1000000)            NOT NULL,
    status          VARCHAR(16)                 NOT NULL,
    attempts        INTEGER                     NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(4000),
    receipt         VARCHAR(4000),
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT outbox_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT outbox_status CHECK (status IN ('pending', 'sent', 'rejected')),
    CONSTRAINT outbox_attempts CHECK (attempts >= 0)
);

-- The dispatcher asks, per service, for the pending rows that are due.
CREATE INDEX outbox_due ON outbox (service, status, next_attempt_at);

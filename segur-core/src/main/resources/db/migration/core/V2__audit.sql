-- Append-only audit trail, each row chained to the previous one by SHA-256 (ADR 0005).
-- Portable between H2 2.5 and PostgreSQL 15: standard types only. Depends on no other table (no foreign key to
-- patient: an audit row must outlive any patient row, and V1 belongs to another module).

CREATE TABLE audit_event (
    seq            BIGINT                      NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    user_id        VARCHAR(200)                NOT NULL,
    role           VARCHAR(64)                 NOT NULL,
    workstation_id VARCHAR(200)                NOT NULL,
    patient_id     UUID,
    action         VARCHAR(64)                 NOT NULL,
    outcome        VARCHAR(32)                 NOT NULL,
    detail         VARCHAR(4000),
    prev_hash      CHAR(64)                    NOT NULL,
    hash           CHAR(64)                    NOT NULL
);

CREATE INDEX audit_event_patient ON audit_event (patient_id, seq);

-- The chain head: exactly one row, locked FOR UPDATE by every appender so that sequence numbers and links are
-- assigned one writer at a time, on H2 as on PostgreSQL (decisions.md).
CREATE TABLE audit_head (
    id        INTEGER  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_head_single_row CHECK (id = 1)
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- E-prescriptions made here and dispensations recorded here (issue 11). Portable between H2 2.5 and PostgreSQL 15.
-- The sending state of a write that went through the outbox is the outbox row's (joined on the idempotency key):
-- nothing is recorded twice. channel: 'electronique' (registered, or waiting to be) or 'papier' (paper only, counted
-- as such). state: 'a_envoyer', 'envoyee', 'refusee', 'annulee', 'papier'.

CREATE TABLE eprescription (
    id            UUID                        NOT NULL PRIMARY KEY,
    patient_id    UUID                        NOT NULL,
    prescribed_by VARCHAR(100)                NOT NULL,
    channel       VARCHAR(16)                 NOT NULL,
    paper_reason  VARCHAR(32),
    national_id   VARCHAR(18),
    state         VARCHAR(16)                 NOT NULL,
    line_count    INTEGER                     NOT NULL,
    content       VARCHAR(1000000)            NOT NULL,
    payload       VARCHAR(1000000),
    detail        VARCHAR(4000),
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT eprescription_national_id UNIQUE (national_id),
    CONSTRAINT eprescription_channel CHECK (channel IN ('electronique', 'papier')),
    CONSTRAINT eprescription_state CHECK (state IN ('a_envoyer', 'envoyee', 'refusee', 'annulee', 'papier'))
);

CREATE INDEX eprescription_patient ON eprescription (patient_id, created_at);

CREATE TABLE eprescription_dispensation (
    id              UUID                        NOT NULL PRIMARY KEY,
    prescription_id VARCHAR(18)                 NOT NULL,
    patient_id      UUID,
    dispensed_by    VARCHAR(100)                NOT NULL,
    line_count      INTEGER                     NOT NULL,
    content         VARCHAR(100000)             NOT NULL,
    payload         VARCHAR(1000000)            NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX eprescription_dispensation_rx ON eprescription_dispensation (prescription_id, created_at);

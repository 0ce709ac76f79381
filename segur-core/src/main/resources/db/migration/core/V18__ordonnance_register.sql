-- Ordonnances printed by Galien (issue 11 §4, §6): one row per document, so paper-only ordonnances are counted as
-- such next to registered e-prescriptions, and vet ordonnances get a running number per practice.
-- Portable SQL: the same file runs on H2 2.5 and PostgreSQL 15. No patient data: ids, codes, a hash.

CREATE TABLE ordonnance_counter (
    counter_name  VARCHAR(30)  NOT NULL,
    last_value    BIGINT       NOT NULL,
    CONSTRAINT pk_ordonnance_counter PRIMARY KEY (counter_name)
);

INSERT INTO ordonnance_counter (counter_name, last_value) VALUES ('VET', 0);

-- kind: ELECTRONIC (registered, erx_identifier set), PAPER (paper_reason set), VET (vet_number set).
-- subject_id: the patient, or the animal for a vet ordonnance.
CREATE TABLE ordonnance_issued (
    id              VARCHAR(36)   NOT NULL,
    subject_id      VARCHAR(36)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    paper_reason    VARCHAR(40),
    erx_identifier  VARCHAR(18),
    vet_number      BIGINT,
    line_count      INTEGER       NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by       VARCHAR(255)  NOT NULL,
    pdf_sha256      CHAR(64)      NOT NULL,
    CONSTRAINT pk_ordonnance_issued PRIMARY KEY (id),
    CONSTRAINT uq_ordonnance_vet_number UNIQUE (vet_number),
    CONSTRAINT ck_ordonnance_kind CHECK (kind IN ('ELECTRONIC', 'PAPER', 'VET'))
);

CREATE INDEX ix_ordonnance_issued_subject ON ordonnance_issued (subject_id);
CREATE INDEX ix_ordonnance_issued_at ON ordonnance_issued (issued_at);

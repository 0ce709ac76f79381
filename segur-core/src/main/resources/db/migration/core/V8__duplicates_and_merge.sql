-- Probable duplicates and reversible merges (issue 4 §7). Portable between H2 2.5 and PostgreSQL 15.
-- V7 belongs to the identity work (INS statuses); this file touches only what merging needs.

-- merged_into: set on the retired record of a merge (archived, kept, RNIV "doublon"), cleared by an unmerge.
ALTER TABLE patient ADD COLUMN merged_into VARCHAR(36);
ALTER TABLE patient ADD CONSTRAINT fk_patient_merged_into FOREIGN KEY (merged_into) REFERENCES patient (id);

-- One row per merge. survivor_version / retired_version: the versions the merge left; an unmerge requires both
-- records to be still at them (nothing edited since), so restoring the snapshots never overwrites later work.
-- filled_fields: the survivor's contact fields filled from the retired record (phone, email, address), comma-separated.
-- merged_by / unmerged_by: Caller.userId (who), never a name.
CREATE TABLE patient_merge (
    id                VARCHAR(36)              NOT NULL,
    survivor_id       VARCHAR(36)              NOT NULL,
    retired_id        VARCHAR(36)              NOT NULL,
    filled_fields     VARCHAR(100),
    survivor_version  BIGINT                   NOT NULL,
    retired_version   BIGINT                   NOT NULL,
    merged_by         VARCHAR(200)             NOT NULL,
    merged_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    unmerged_by       VARCHAR(200),
    unmerged_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_patient_merge PRIMARY KEY (id),
    CONSTRAINT fk_patient_merge_survivor FOREIGN KEY (survivor_id) REFERENCES patient (id),
    CONSTRAINT fk_patient_merge_retired FOREIGN KEY (retired_id) REFERENCES patient (id)
);

CREATE INDEX ix_patient_merge_merged_at ON patient_merge (merged_at);
CREATE INDEX ix_patient_merge_survivor ON patient_merge (survivor_id);
CREATE INDEX ix_patient_merge_retired ON patient_merge (retired_id);

-- Both records as they were just before the merge (role 'survivor' or 'retired'): the columns of patient that a
-- Patient carries, same types and encodings (first names joined with U+001F, birth date yyyy-MM-dd with 00).
CREATE TABLE patient_merge_snapshot (
    merge_id             VARCHAR(36)   NOT NULL,
    role                 VARCHAR(8)    NOT NULL,
    patient_id           VARCHAR(36)   NOT NULL,
    birth_name           VARCHAR(255)  NOT NULL,
    used_name            VARCHAR(255),
    first_names          VARCHAR(4000) NOT NULL,
    sex                  CHAR(1)       NOT NULL,
    birth_date           CHAR(10)      NOT NULL,
    birth_place_code     VARCHAR(5),
    phone                VARCHAR(30),
    email                VARCHAR(254),
    address              VARCHAR(255),
    postal_code          VARCHAR(10),
    city                 VARCHAR(255),
    identity_status      VARCHAR(12)   NOT NULL,
    matricule            VARCHAR(15),
    oid                  VARCHAR(64),
    identity_attributes  VARCHAR(60),
    archived             BOOLEAN       NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_patient_merge_snapshot PRIMARY KEY (merge_id, role),
    CONSTRAINT fk_patient_merge_snapshot_merge FOREIGN KEY (merge_id) REFERENCES patient_merge (id),
    CONSTRAINT ck_patient_merge_snapshot_role CHECK (role IN ('survivor', 'retired'))
);

-- "Pas un doublon": the pair (ids in ascending order) stays hidden while both identities are the ones dismissed.
-- identity_low / identity_high: SHA-256 (hex) of each patient's identity traits at dismissal; any change to a
-- trait, the matricule or the status gives another digest and the pair shows again.
CREATE TABLE patient_duplicate_dismissal (
    patient_low    VARCHAR(36)              NOT NULL,
    patient_high   VARCHAR(36)              NOT NULL,
    identity_low   CHAR(64)                 NOT NULL,
    identity_high  CHAR(64)                 NOT NULL,
    dismissed_by   VARCHAR(200)             NOT NULL,
    dismissed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_patient_duplicate_dismissal PRIMARY KEY (patient_low, patient_high),
    CONSTRAINT fk_patient_duplicate_dismissal_low FOREIGN KEY (patient_low) REFERENCES patient (id),
    CONSTRAINT fk_patient_duplicate_dismissal_high FOREIGN KEY (patient_high) REFERENCES patient (id),
    CONSTRAINT ck_patient_duplicate_dismissal_order CHECK (patient_low < patient_high)
);

-- Practice, workstations, settings and human patients. Portable SQL: the same file runs on H2 2.5 and PostgreSQL 15.

-- The practice this installation serves: one row (id = 1).
CREATE TABLE practice (
    id          INTEGER      NOT NULL,
    name        VARCHAR(255) NOT NULL,
    profile     VARCHAR(30)  NOT NULL,
    finess      VARCHAR(20),
    siret       VARCHAR(20),
    demo        BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_practice PRIMARY KEY (id),
    CONSTRAINT ck_practice_single_row CHECK (id = 1)
);

CREATE TABLE workstation (
    id          VARCHAR(36)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_workstation PRIMARY KEY (id),
    CONSTRAINT uk_workstation_name UNIQUE (name)
);

-- "key" and "value" are reserved words in H2: prefixed names.
CREATE TABLE settings (
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(4000),
    CONSTRAINT pk_settings PRIMARY KEY (setting_key)
);

-- first_names: the first names in civil-status order joined with U+001F (unit separator), a control character the
-- validator refuses inside a name, so any printable character (spaces, apostrophes, emoji) survives.
-- birth_date: yyyy-MM-dd, with 00 for an unknown day or month (INSi "lunar" dates).
-- qualified_matricule: the matricule only while the identity is qualified and the patient active, else NULL; a
-- plain UNIQUE constraint then means "one active qualified identity per matricule" on both engines (decisions.md).
CREATE TABLE patient (
    id                   VARCHAR(36)   NOT NULL,
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
    qualified_matricule  VARCHAR(15),
    archived             BOOLEAN       NOT NULL,
    version              BIGINT        NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_patient PRIMARY KEY (id),
    CONSTRAINT uk_patient_qualified_matricule UNIQUE (qualified_matricule),
    CONSTRAINT ck_patient_sex CHECK (sex IN ('F', 'M', 'I')),
    CONSTRAINT ck_patient_identity_status CHECK (identity_status IN ('provisoire', 'recuperee', 'validee', 'qualifiee'))
);

-- Search tokens (ADR 0004): normalised name words and their joined forms, d:<birth date>, m:<matricule>.
-- Active patients only: archiving deletes a patient's tokens.
-- The primary key (token, patient_id) is the index the search scans in token order and stops at the limit;
-- ix_patient_token_patient serves the EXISTS checks of the other words and the rewrite on update.
CREATE TABLE patient_token (
    token       VARCHAR(255) NOT NULL,
    patient_id  VARCHAR(36)  NOT NULL,
    CONSTRAINT pk_patient_token PRIMARY KEY (token, patient_id),
    CONSTRAINT fk_patient_token_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);

CREATE INDEX ix_patient_token_patient ON patient_token (patient_id, token);

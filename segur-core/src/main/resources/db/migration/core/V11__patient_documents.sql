-- Patient documents (issue 12 §1, shared by e-prescription, DMP and MSSanté). Portable between H2 2.5 and
-- PostgreSQL 15: BYTEA is BINARY VARYING on H2.

-- One row per version of a document. unique_id: the document's own id (OID or root^extension), the
-- de-duplication key across copies (DMP, MSSanté); set_id + version chain the versions, replaces_id /
-- superseded_by link them locally. added_by: Caller.userId, never a name.
CREATE TABLE patient_document (
    id             VARCHAR(36)              NOT NULL,
    patient_id     VARCHAR(36)              NOT NULL,
    unique_id      VARCHAR(128)             NOT NULL,
    set_id         VARCHAR(128)             NOT NULL,
    version        INTEGER                  NOT NULL,
    replaces_id    VARCHAR(36),
    superseded_by  VARCHAR(36),
    type_code      VARCHAR(64)              NOT NULL,
    type_system    VARCHAR(128)             NOT NULL,
    type_display   VARCHAR(255)             NOT NULL,
    title          VARCHAR(255)             NOT NULL,
    mime_type      VARCHAR(64)              NOT NULL,
    document_date  TIMESTAMP WITH TIME ZONE NOT NULL,
    author         VARCHAR(255),
    origin         VARCHAR(16)              NOT NULL,
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by       VARCHAR(200)             NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    sha256         VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_patient_document PRIMARY KEY (id),
    CONSTRAINT fk_patient_document_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT uq_patient_document_unique_id UNIQUE (unique_id)
);

CREATE INDEX ix_patient_document_patient ON patient_document (patient_id, document_date);
CREATE INDEX ix_patient_document_set ON patient_document (set_id);

-- The bytes, apart so that listing a file never reads them.
CREATE TABLE patient_document_content (
    document_id  VARCHAR(36) NOT NULL,
    content      BYTEA       NOT NULL,
    CONSTRAINT pk_patient_document_content PRIMARY KEY (document_id),
    CONSTRAINT fk_patient_document_content FOREIGN KEY (document_id) REFERENCES patient_document (id)
);

-- Per document and channel (DMP, MSSANTE, EPRESCRIPTION): à envoyer, en attente, envoyé, refusé (+ why), retiré.
CREATE TABLE patient_document_sharing (
    document_id  VARCHAR(36)              NOT NULL,
    channel      VARCHAR(16)              NOT NULL,
    state        VARCHAR(16)              NOT NULL,
    detail       VARCHAR(500),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_patient_document_sharing PRIMARY KEY (document_id, channel),
    CONSTRAINT fk_patient_document_sharing FOREIGN KEY (document_id) REFERENCES patient_document (id)
);

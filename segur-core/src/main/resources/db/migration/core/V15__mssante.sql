-- MSSanté (issue 13, specs §3): mails composed here (sent through the outbox, keyed by their Message-ID), mails
-- received and the documents they carried, filed to a patient or waiting in the worklist. Portable between H2 2.5
-- and PostgreSQL 15 (BYTEA is an alias of BINARY VARYING on H2).

CREATE TABLE mss_outgoing (
    id              UUID                        NOT NULL PRIMARY KEY,
    message_id      VARCHAR(250)                NOT NULL,
    mailbox         VARCHAR(254)                NOT NULL,
    from_name       VARCHAR(400),
    recipients      VARCHAR(8000)               NOT NULL,
    subject         VARCHAR(998)                NOT NULL,
    body            VARCHAR(1000000)            NOT NULL,
    headers         VARCHAR(8000)               NOT NULL,
    receipts_to     VARCHAR(254),
    patient_id      UUID,
    created_by      VARCHAR(200)                NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    delivery        VARCHAR(16)                 NOT NULL,
    delivery_detail VARCHAR(4000),
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT mss_outgoing_message_id UNIQUE (message_id),
    CONSTRAINT mss_outgoing_delivery CHECK (delivery IN ('queued', 'sent', 'delivered', 'read', 'failed'))
);
CREATE INDEX mss_outgoing_patient ON mss_outgoing (patient_id);

CREATE TABLE mss_outgoing_attachment (
    outgoing_id UUID          NOT NULL,
    position    INTEGER       NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    mime_type   VARCHAR(200)  NOT NULL,
    content     BYTEA         NOT NULL,
    PRIMARY KEY (outgoing_id, position),
    CONSTRAINT mss_outgoing_attachment_outgoing FOREIGN KEY (outgoing_id) REFERENCES mss_outgoing (id)
);

CREATE TABLE mss_incoming (
    id           UUID                        NOT NULL PRIMARY KEY,
    mailbox      VARCHAR(254)                NOT NULL,
    message_id   VARCHAR(250)                NOT NULL,
    from_address VARCHAR(254),
    subject      VARCHAR(998),
    patient_id   UUID,
    outcome      VARCHAR(16)                 NOT NULL,
    detail       VARCHAR(4000),
    received_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT mss_incoming_message UNIQUE (mailbox, message_id),
    CONSTRAINT mss_incoming_outcome CHECK (outcome IN ('message', 'report', 'documents', 'refused'))
);

CREATE TABLE mss_incoming_document (
    id                   UUID                        NOT NULL PRIMARY KEY,
    incoming_id          UUID                        NOT NULL,
    unique_id            VARCHAR(300)                NOT NULL,
    title                VARCHAR(1000),
    type_code            VARCHAR(100),
    mime_type            VARCHAR(200)                NOT NULL,
    content              BYTEA                       NOT NULL,
    ins_matricule        VARCHAR(15),
    ins_oid              VARCHAR(64),
    birth_name           VARCHAR(200),
    first_names          VARCHAR(400),
    sex                  VARCHAR(1),
    birth_date           VARCHAR(10),
    birth_place          VARCHAR(10),
    candidate_patient_id UUID,
    score                INTEGER,
    state                VARCHAR(16)                 NOT NULL,
    patient_id           UUID,
    document_id          UUID,
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    resolved_by          VARCHAR(200),
    resolved_at          TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT mss_incoming_document_message FOREIGN KEY (incoming_id) REFERENCES mss_incoming (id),
    CONSTRAINT mss_incoming_document_state CHECK (state IN ('filed', 'pending', 'rejected'))
);
CREATE INDEX mss_incoming_document_state ON mss_incoming_document (state, created_at);

-- Drug catalogue from the ANSM BDPM (issue 11, docs/drugs.md, ADR 0025). Portable between H2 2.5 and PostgreSQL 15.
-- Medicines (CIS) and presentations (CIP13) are never deleted: a patient's record, a prescription or a dispensation
-- may point to them; one missing from a later BDPM export is marked withdrawn. Substances, generic groups and
-- conditions are replaced by each import (nothing points to them).
CREATE TABLE drug_medicine (
    cis                  VARCHAR(8)    NOT NULL PRIMARY KEY,
    name                 VARCHAR(2000) NOT NULL,
    form                 VARCHAR(2000) NOT NULL,
    routes               VARCHAR(2000) NOT NULL,
    authorisation_status VARCHAR(2000) NOT NULL,
    commercialisation    VARCHAR(2000) NOT NULL,
    holder               VARCHAR(2000) NOT NULL,
    withdrawn            BOOLEAN       DEFAULT FALSE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE drug_presentation (
    cip13              VARCHAR(13)   NOT NULL PRIMARY KEY,
    cis                VARCHAR(8)    NOT NULL,
    cip7               VARCHAR(7)    NOT NULL,
    label              VARCHAR(2000) NOT NULL,
    status             VARCHAR(2000) NOT NULL,
    commercialisation  VARCHAR(2000) NOT NULL,
    reimbursement_rate INTEGER,
    price              NUMERIC(14, 2),
    price_with_fees    NUMERIC(14, 2),
    withdrawn          BOOLEAN       DEFAULT FALSE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX drug_presentation_cis ON drug_presentation (cis);

CREATE TABLE drug_substance (
    cis              VARCHAR(8)    NOT NULL,
    ordinal          INTEGER       NOT NULL,
    element_name     VARCHAR(2000) NOT NULL,
    substance_code   VARCHAR(2000) NOT NULL,
    substance_name   VARCHAR(2000) NOT NULL,
    dosage           VARCHAR(2000) NOT NULL,
    dosage_reference VARCHAR(2000) NOT NULL,
    nature           VARCHAR(2000) NOT NULL,
    PRIMARY KEY (cis, ordinal)
);

CREATE TABLE drug_generic_member (
    ordinal      INTEGER       NOT NULL PRIMARY KEY,
    group_id     VARCHAR(16)   NOT NULL,
    group_label  VARCHAR(2000) NOT NULL,
    cis          VARCHAR(8)    NOT NULL,
    generic_type SMALLINT      NOT NULL,
    sort_order   INTEGER       NOT NULL
);
CREATE INDEX drug_generic_member_cis ON drug_generic_member (cis);

CREATE TABLE drug_condition (
    cis            VARCHAR(8)    NOT NULL,
    ordinal        INTEGER       NOT NULL,
    condition_text VARCHAR(2000) NOT NULL,
    PRIMARY KEY (cis, ordinal)
);

-- One row: where the catalogue in the tables comes from and when it was imported.
CREATE TABLE drug_catalogue (
    id            INTEGER       NOT NULL PRIMARY KEY,
    source        VARCHAR(2000) NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    medicines     INTEGER       NOT NULL,
    presentations INTEGER       NOT NULL
);

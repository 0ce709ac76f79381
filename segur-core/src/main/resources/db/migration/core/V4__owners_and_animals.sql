-- Vet practices: owners (clients) and their animals. Portable SQL: the same file runs on H2 2.5 and PostgreSQL 15.

CREATE TABLE owner (
    id           VARCHAR(36)   NOT NULL,
    last_name    VARCHAR(255)  NOT NULL,
    first_name   VARCHAR(255),
    phone        VARCHAR(30),
    email        VARCHAR(254),
    address      VARCHAR(255),
    postal_code  VARCHAR(10),
    city         VARCHAR(255),
    archived     BOOLEAN       NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_owner PRIMARY KEY (id)
);

-- birth_date: yyyy-MM-dd or NULL (often unknown for an animal brought in as an adult).
-- identification_number: a 15-digit transponder (ISO 11784) or a tattoo, upper case, as registered with I-CAD.
CREATE TABLE animal (
    id                     VARCHAR(36)   NOT NULL,
    owner_id               VARCHAR(36)   NOT NULL,
    name                   VARCHAR(255)  NOT NULL,
    species                VARCHAR(50)   NOT NULL,
    breed                  VARCHAR(255),
    sex                    VARCHAR(20)   NOT NULL,
    birth_date             CHAR(10),
    identification_number  VARCHAR(15),
    archived               BOOLEAN       NOT NULL,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_animal PRIMARY KEY (id),
    CONSTRAINT fk_animal_owner FOREIGN KEY (owner_id) REFERENCES owner (id),
    CONSTRAINT ck_animal_sex CHECK (sex IN ('MALE', 'FEMELLE', 'MALE_CASTRE', 'FEMELLE_STERILISEE', 'INCONNU'))
);

CREATE INDEX ix_animal_owner ON animal (owner_id, name);
CREATE INDEX ix_animal_identification ON animal (identification_number);

-- Search tokens of an active owner AND of its active animals, all pointing at the owner (a search by an animal's
-- name or transponder finds its household). Same alphabet and scan as patient_token (ADR 0004); the transponder is
-- the exact token i<15 digits>. Archiving an owner deletes its tokens; archiving an animal rewrites them.
CREATE TABLE owner_token (
    token     VARCHAR(255) NOT NULL,
    owner_id  VARCHAR(36)  NOT NULL,
    CONSTRAINT pk_owner_token PRIMARY KEY (token, owner_id),
    CONSTRAINT fk_owner_token_owner FOREIGN KEY (owner_id) REFERENCES owner (id)
);

CREATE INDEX ix_owner_token_owner ON owner_token (owner_id, token);

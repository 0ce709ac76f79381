-- Local accounts (issue 3 §3): staff without e-CPS, and professionals' accounts linked to their PSC identity.
-- Portable between H2 2.5 and PostgreSQL 15. V4 belongs to the veterinary registry.
--
-- login: stored lower-case (AccountService normalises it), so the plain UNIQUE is case-insensitive.
-- password_hash: self-describing ($pbkdf2-sha256$<iterations>$<salt>$<hash>, ADR 0010), never the password.
-- failed_attempts / locked_until: consecutive failures and the lock they caused (growing delays, LockoutPolicy).
-- psc_national_id: the professional's PSC SubjectNameID; NULL for staff. UNIQUE allows many NULLs on both engines.
CREATE TABLE user_account (
    id               VARCHAR(36)              NOT NULL,
    login            VARCHAR(64)              NOT NULL,
    display_name     VARCHAR(200)             NOT NULL,
    role             VARCHAR(40)              NOT NULL,
    password_hash    VARCHAR(300)             NOT NULL,
    failed_attempts  INTEGER                  NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    disabled         BOOLEAN                  NOT NULL,
    psc_national_id  VARCHAR(64),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uk_user_account_login UNIQUE (login),
    CONSTRAINT uk_user_account_psc UNIQUE (psc_national_id)
);

-- At most one first-run administrator, even when two workstations race on a shared PostgreSQL: the first-run path
-- inserts this single row in the same transaction as the account, the second insert fails on the primary key.
CREATE TABLE account_bootstrap (
    id          INTEGER                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_account_bootstrap PRIMARY KEY (id),
    CONSTRAINT ck_account_bootstrap_single_row CHECK (id = 1)
);

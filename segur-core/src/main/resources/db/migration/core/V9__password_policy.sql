-- Password policies of the Ségur referential (issue 14, ADR 0010 as revised): renewal, history, unused privileged
-- accounts. Portable between H2 2.5 and PostgreSQL 15.
--
-- password_changed_at: when the current password was set (creation, reset, change); renewal counts from it.
--                      Existing rows start from their creation time.
-- last_login_at:       last successful login (password or linked PSC identity); NULL until the first one.
ALTER TABLE user_account ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE user_account SET password_changed_at = created_at;
ALTER TABLE user_account ALTER COLUMN password_changed_at SET NOT NULL;
ALTER TABLE user_account ADD COLUMN last_login_at TIMESTAMP WITH TIME ZONE;

-- Hashes of the passwords an account had (the current one included), newest last: a new password may not be one of
-- the most recent (AccountPolicy.historySize). Same self-describing hashes as user_account.password_hash.
CREATE TABLE password_history (
    account_id    VARCHAR(36)              NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    seq           BIGINT                   NOT NULL,
    password_hash VARCHAR(300)             NOT NULL,
    CONSTRAINT pk_password_history PRIMARY KEY (account_id, seq)
);
INSERT INTO password_history (account_id, changed_at, seq, password_hash)
SELECT id, created_at, 1, password_hash FROM user_account;

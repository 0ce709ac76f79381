-- DMP (issue 12): when each user last looked at each patient's DMP, for « nouveaux depuis ma dernière
-- consultation » (REM DMP/UX.15, UX.16). user_id: Caller.userId, never a name. Portable H2 2.5 / PostgreSQL 15.
CREATE TABLE dmp_consultation (
    patient_id    VARCHAR(36)              NOT NULL,
    user_id       VARCHAR(200)             NOT NULL,
    consulted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_dmp_consultation PRIMARY KEY (patient_id, user_id),
    CONSTRAINT fk_dmp_consultation_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);

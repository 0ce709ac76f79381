-- Practices are demo, training or real, never mixed (issue 10, ADR 0023). Portable between H2 2.5 and PostgreSQL 15.
-- mode: DEMO (the demo, always on the simulators), TRAINING (created with galien init --sandbox), REAL (never a
-- simulator). The demo flag maps to it; the column demo stays, written as mode = 'DEMO'.
ALTER TABLE practice ADD COLUMN mode VARCHAR(16) DEFAULT 'REAL' NOT NULL;
UPDATE practice SET mode = 'DEMO' WHERE demo = TRUE;

-- RNIV identity attributes (douteuse, fictive, homonyme): codes joined with commas, NULL when none.
ALTER TABLE patient ADD COLUMN identity_attributes VARCHAR(60);

CREATE TABLE test_module_note (
    id    VARCHAR(36)  NOT NULL,
    text  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_test_module_note PRIMARY KEY (id)
);

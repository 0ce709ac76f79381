package fr.galien.core.drug;

import fr.galien.core.testsupport.MigratedTestDatabase;

/** The same catalogue behaviour on PostgreSQL (skipped with a message when {@code GALIEN_TEST_PG_URL} is not set). */
class PostgresqlDrugCatalogueTest extends JdbcDrugCatalogueTest {

    @Override
    protected MigratedTestDatabase database() {
        return MigratedTestDatabase.postgresqlOrSkip();
    }
}

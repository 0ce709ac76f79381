package fr.galien.core.audit;

import fr.galien.core.testsupport.MigratedTestDatabase;

/** The same behaviours on PostgreSQL (skipped when GALIEN_TEST_PG_URL is unset; .ci/run sets it). */
class JdbcAuditTrailPostgresqlTest extends JdbcAuditTrailTest {

    @Override
    MigratedTestDatabase newDatabase() {
        return MigratedTestDatabase.postgresqlOrSkip();
    }
}

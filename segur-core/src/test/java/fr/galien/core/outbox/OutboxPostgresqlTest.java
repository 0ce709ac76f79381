package fr.galien.core.outbox;

import fr.galien.core.testsupport.MigratedTestDatabase;

/** The same behaviours on PostgreSQL (skipped when GALIEN_TEST_PG_URL is unset; .ci/run sets it). */
class OutboxPostgresqlTest extends OutboxTest {

    @Override
    MigratedTestDatabase newDatabase() {
        return MigratedTestDatabase.postgresqlOrSkip();
    }
}

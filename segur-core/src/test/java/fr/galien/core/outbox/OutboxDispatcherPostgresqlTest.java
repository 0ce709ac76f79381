package fr.galien.core.outbox;

import fr.galien.core.testsupport.MigratedTestDatabase;

/** The same behaviours on PostgreSQL (skipped when GALIEN_TEST_PG_URL is unset; .ci/run sets it). */
class OutboxDispatcherPostgresqlTest extends OutboxDispatcherTest {

    @Override
    MigratedTestDatabase newDatabase(java.nio.file.Path directory) {
        return MigratedTestDatabase.postgresqlOrSkip();
    }
}

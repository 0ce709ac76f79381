package fr.galien.core.identity;

import fr.galien.core.storage.Database;

class PostgresqlIdentityServiceTest extends IdentityServiceContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.POSTGRESQL;
    }
}

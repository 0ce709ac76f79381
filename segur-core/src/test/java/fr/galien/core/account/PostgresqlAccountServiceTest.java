package fr.galien.core.account;

import fr.galien.core.storage.Database;

class PostgresqlAccountServiceTest extends AccountServiceContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.POSTGRESQL;
    }
}

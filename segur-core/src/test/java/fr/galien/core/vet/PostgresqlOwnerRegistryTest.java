package fr.galien.core.vet;

import fr.galien.core.storage.Database;

class PostgresqlOwnerRegistryTest extends OwnerRegistryContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.POSTGRESQL;
    }
}

package fr.galien.core.vet;

import fr.galien.core.storage.Database;

class H2OwnerRegistryTest extends OwnerRegistryContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.H2;
    }
}

package fr.galien.core.identity;

import fr.galien.core.storage.Database;

class H2IdentityServiceTest extends IdentityServiceContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.H2;
    }
}

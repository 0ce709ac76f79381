package fr.galien.core.account;

import fr.galien.core.storage.Database;

class H2AccountServiceTest extends AccountServiceContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.H2;
    }
}

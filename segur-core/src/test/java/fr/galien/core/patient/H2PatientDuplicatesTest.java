package fr.galien.core.patient;

import fr.galien.core.storage.Database;

class H2PatientDuplicatesTest extends PatientDuplicatesContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.H2;
    }
}

package fr.galien.core.patient;

import fr.galien.core.storage.Database;

class PostgresqlPatientRegistryTest extends PatientRegistryContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.POSTGRESQL;
    }
}

package fr.galien.core.patient;

import fr.galien.core.storage.Database;

class PostgresqlPatientDuplicatesTest extends PatientDuplicatesContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.POSTGRESQL;
    }
}

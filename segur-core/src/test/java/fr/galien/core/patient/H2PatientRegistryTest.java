package fr.galien.core.patient;

import static fr.galien.core.testsupport.TestPatients.CALLER;
import static fr.galien.core.testsupport.TestPatients.draft;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class H2PatientRegistryTest extends PatientRegistryContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.H2;
    }

    /** The search must range-scan the token primary key, never scan patient or sort the whole token table. */
    @Test
    void searchScansTheTokenIndex() {
        registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        String plan = database.inTransaction(connection -> {
            try (PreparedStatement explain = connection.prepareStatement("""
                    EXPLAIN SELECT p.id FROM (SELECT t1.patient_id, t1.token FROM patient_token t1
                          WHERE t1.token >= 'dup' AND t1.token < 'duq'
                              AND EXISTS (SELECT 1 FROM patient_token t2
                                          WHERE t2.patient_id = t1.patient_id AND t2.token >= 'ma' AND t2.token < 'mb')
                          ORDER BY t1.token, t1.patient_id
                          FETCH FIRST 60 ROWS ONLY) m
                    JOIN patient p ON p.id = m.patient_id
                    WHERE p.archived = FALSE
                    ORDER BY m.token, m.patient_id""");
                 ResultSet row = explain.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
        assertThat(plan)
                .containsPattern("PRIMARY_KEY_\\w+: TOKEN >= 'dup'") // range scan of (token, patient_id)
                .contains("/* index sorted */") // no sort: the scan stops at FETCH FIRST
                .containsPattern("IX_PATIENT_TOKEN_PATIENT: PATIENT_ID = T1.PATIENT_ID") // EXISTS probes
                .containsPattern("PRIMARY_KEY_\\w+: ID = M.PATIENT_ID") // patients read by primary key
                .doesNotContain("tableScan");
    }
}

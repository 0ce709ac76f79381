package fr.galien.core.vet;

import static fr.galien.core.testsupport.TestPatients.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class H2OwnerRegistryTest extends OwnerRegistryContract {

    @Override
    Database.Engine engine() {
        return Database.Engine.H2;
    }

    /** Like the patient search: a range scan of the token primary key, EXISTS probes, owners read by key. */
    @Test
    void searchScansTheTokenIndex() {
        registry.createOwner(CALLER, owner("Martin", "Paul"));
        String plan = database.inTransaction(connection -> {
            try (PreparedStatement explain = connection.prepareStatement("""
                    EXPLAIN SELECT o.id FROM (SELECT t1.owner_id, t1.token FROM owner_token t1
                          WHERE t1.token >= 'mar' AND t1.token < 'mas'
                              AND EXISTS (SELECT 1 FROM owner_token t2
                                          WHERE t2.owner_id = t1.owner_id AND t2.token >= 're' AND t2.token < 'rf')
                          ORDER BY t1.token, t1.owner_id
                          FETCH FIRST 60 ROWS ONLY) m
                    JOIN owner o ON o.id = m.owner_id
                    WHERE o.archived = FALSE
                    ORDER BY m.token, m.owner_id""");
                 ResultSet row = explain.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
        assertThat(plan)
                .containsPattern("PRIMARY_KEY_\\w+: TOKEN >= 'mar'")
                .contains("/* index sorted */")
                .containsPattern("IX_OWNER_TOKEN_OWNER: OWNER_ID = T1.OWNER_ID")
                .containsPattern("PRIMARY_KEY_\\w+: ID = M.OWNER_ID")
                .doesNotContain("tableScan");
    }
}

package fr.galien.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseSettings;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, deliverable 7: what the chain alone cannot see — every row deleted and the head reset, or the tail cut and
 * the head fixed — the anchors beside the data do.
 */
class AuditAnchorsTest {

    private static final Caller CALLER = new Caller("os:test", "Test", Role.PHARMACIEN_TITULAIRE, "poste-test");

    @TempDir
    java.nio.file.Path dir;

    private Database database;
    private AuditAnchors anchors;

    @BeforeEach
    void fiveEventsAnchored() {
        database = Database.open(DatabaseSettings.forDataDirectory(dir));
        anchors = new AuditAnchors(dir);
        for (int i = 0; i < 5; i++) {
            append("evenement-" + i);
        }
        AuditAnchors.Anchor anchor = anchors.anchor(database);
        assertThat(anchor.seq()).isEqualTo(5);
        assertThat(anchors.check(database).intact()).isTrue();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void deletingTheWholeTrailAndResettingTheHeadIsDetected() {
        sql("DELETE FROM audit_event");
        sql("UPDATE audit_head SET last_seq = 0, last_hash = '" + AuditChain.GENESIS_HASH + "' WHERE id = 1");
        assertThat(database.read(AuditVerifier::verify).intact()).as("the chain alone sees nothing").isTrue();

        AuditAnchors.Check check = anchors.check(database);
        assertThat(check.intact()).isFalse();
        assertThat(check.reason()).contains("Journal tronqué", "n° 5", "plus que 0");
    }

    @Test
    void cuttingTheTailAndFixingTheHeadIsDetected() {
        String hash3 = database.read(connection -> {
            try (var q = connection.prepareStatement("SELECT hash FROM audit_event WHERE seq = 3");
                 var r = q.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        });
        sql("DELETE FROM audit_event WHERE seq > 3");
        sql("UPDATE audit_head SET last_seq = 3, last_hash = '" + hash3 + "' WHERE id = 1");
        assertThat(database.read(AuditVerifier::verify).intact()).isTrue();

        assertThat(anchors.check(database).reason()).contains("Journal tronqué", "plus que 3");
    }

    @Test
    void aRebuiltChainIsDetected() {
        sql("DELETE FROM audit_event");
        sql("UPDATE audit_head SET last_seq = 0, last_hash = '" + AuditChain.GENESIS_HASH + "' WHERE id = 1");
        for (int i = 0; i < 6; i++) {
            append("faux-" + i); // a forged trail as long as the real one, chained correctly
        }
        assertThat(database.read(AuditVerifier::verify).intact()).isTrue();

        AuditAnchors.Check check = anchors.check(database);
        assertThat(check.intact()).isFalse();
        assertThat(check.reason()).contains("Journal réécrit", "n° 5");
    }

    @Test
    void aRestoreStartsANewBaselineAndAppendsKeepBeingChecked() {
        sql("DELETE FROM audit_event WHERE seq > 2");
        sql("UPDATE audit_head SET last_hash = (SELECT hash FROM audit_event WHERE seq = 2), last_seq = 2 WHERE id = 1");
        anchors.anchorRestore(database); // as db restore does once a backup with 2 events is back
        append("apres-restauration");
        anchors.anchor(database);

        AuditAnchors.Check check = anchors.check(database);
        assertThat(check.intact()).as(check.reason()).isTrue();
        assertThat(check.checked()).hasValueSatisfying(a -> assertThat(a.seq()).isEqualTo(3));
    }

    @Test
    void noAnchorFileIsSaidNotHidden() {
        AuditAnchors elsewhere = new AuditAnchors(dir.resolve("vide"));
        AuditAnchors.Check check = elsewhere.check(database);
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isEmpty();
        assertThat(check.reason()).contains("Aucune ancre");
    }

    private void append(String detail) {
        database.inTransaction(connection -> {
            new JdbcAuditTrail(Clock.systemUTC()).append(connection,
                    new AuditEvent(CALLER, null, AuditAction.BACKUP, AuditOutcome.SUCCESS, detail));
            return null;
        });
    }

    private void sql(String statement) {
        database.inTransaction(connection -> {
            try (var update = connection.prepareStatement(statement)) {
                update.executeUpdate();
            }
            return null;
        });
    }
}

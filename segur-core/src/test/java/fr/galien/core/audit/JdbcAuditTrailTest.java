package fr.galien.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.testsupport.MigratedTestDatabase;
import fr.galien.core.testsupport.MutableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcAuditTrailTest {

    private static final Caller PHARMACIST = new Caller("os:claire", "Claire Invente", Role.PHARMACIEN_TITULAIRE,
            "poste-comptoir-1");
    private static final Caller ASSISTANT = new Caller("local:42", "Léo Fictif", Role.PREPARATEUR,
            "poste-comptoir-2");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-12T09:15:30.123456789Z"));
    private final JdbcAuditTrail trail = new JdbcAuditTrail(clock);
    private MigratedTestDatabase db;

    @BeforeEach
    void openDatabase() {
        db = newDatabase();
    }

    /** The engine under test; the PostgreSQL subclass overrides it. */
    MigratedTestDatabase newDatabase() {
        return MigratedTestDatabase.inMemory();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void emptyTrailVerifies() {
        AuditVerification result = db.inTransaction(AuditVerifier::verify);

        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isZero();
    }

    @Test
    void chainOfAThousandRowsVerifies() {
        appendMany(1000);

        AuditVerification result = db.inTransaction(AuditVerifier::verify);

        assertThat(result).isEqualTo(new AuditVerification(true, 1000, null,
                "Journal d'audit intact : 1000 événement(s) vérifié(s)."));
    }

    @Test
    void verifierWorksOnAnAutoCommitConnectionAndRestoresIt() throws Exception {
        appendMany(3);
        try (Connection connection = db.open()) {
            AuditVerification result = AuditVerifier.verify(connection);

            assertThat(result.intact()).isTrue();
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void rowsGetConsecutiveSequenceNumbersAndMicrosecondTimes() {
        appendMany(3);

        List<AuditRecord> latest = db.inTransaction(tx -> AuditQueries.latest(tx, 10));

        assertThat(latest).extracting(AuditRecord::seq).containsExactly(3L, 2L, 1L);
        assertThat(latest.get(2).occurredAt()).isEqualTo(Instant.parse("2026-03-12T09:15:30.123456Z"));
    }

    @Test
    void tamperedDetailIsReportedAtItsSequence() {
        appendMany(50);
        db.update("UPDATE audit_event SET detail = 'rien à voir' WHERE seq = 17");

        AuditVerification result = db.inTransaction(AuditVerifier::verify);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(17L);
        assertThat(result.rowsChecked()).isEqualTo(17);
        assertThat(result.reason()).isEqualTo(
                "L'événement n° 17 a été modifié : son empreinte ne correspond plus à son contenu.");
    }

    @Test
    void tamperedOutcomeIsReportedAtItsSequence() {
        appendMany(50);
        db.update("UPDATE audit_event SET outcome = 'FAILED' WHERE seq = 23");
        db.update("UPDATE audit_event SET outcome = 'FAILED' WHERE seq = 31");

        assertThat(db.inTransaction(AuditVerifier::verify).firstBrokenSeq()).isEqualTo(23L);
    }

    @Test
    void tamperedActorIsReportedAtItsSequence() {
        appendMany(50);
        db.update("UPDATE audit_event SET user_id = 'os:quelqu-un', role = 'MEDECIN' WHERE seq = 40");

        assertThat(db.inTransaction(AuditVerifier::verify).firstBrokenSeq()).isEqualTo(40L);
    }

    @Test
    void tamperedTimeIsReportedAtItsSequence() {
        appendMany(10);
        db.update("UPDATE audit_event SET occurred_at = occurred_at + INTERVAL '1' SECOND WHERE seq = 4");

        assertThat(db.inTransaction(AuditVerifier::verify).firstBrokenSeq()).isEqualTo(4L);
    }

    @Test
    void rowRehashedAfterTamperingBreaksTheNextLink() {
        appendMany(10);
        db.update("UPDATE audit_event SET hash = prev_hash WHERE seq = 5");

        AuditVerification result = db.inTransaction(AuditVerifier::verify);

        assertThat(result.firstBrokenSeq()).isEqualTo(5L);
    }

    @Test
    void deletedMiddleRowIsReportedAsMissing() {
        appendMany(30);
        db.update("DELETE FROM audit_event WHERE seq = 12");

        AuditVerification result = db.inTransaction(AuditVerifier::verify);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(12L);
        assertThat(result.reason()).isEqualTo(
                "Il manque l'événement n° 12 : l'événement suivant trouvé porte le n° 13.");
    }

    @Test
    void deletedFirstRowIsReportedAsMissing() {
        appendMany(5);
        db.update("DELETE FROM audit_event WHERE seq = 1");

        assertThat(db.inTransaction(AuditVerifier::verify).firstBrokenSeq()).isEqualTo(1L);
    }

    @Test
    void truncatedTailIsReported() {
        appendMany(30);
        db.update("DELETE FROM audit_event WHERE seq >= 28");

        AuditVerification result = db.inTransaction(AuditVerifier::verify);

        assertThat(result.firstBrokenSeq()).isEqualTo(28L);
        assertThat(result.reason()).startsWith("La fin du journal a disparu");
    }

    @Test
    void headPointingElsewhereIsReported() {
        appendMany(5);
        db.update("UPDATE audit_head SET last_hash = (SELECT hash FROM audit_event WHERE seq = 2)");

        AuditVerification result = db.inTransaction(AuditVerifier::verify);

        assertThat(result.firstBrokenSeq()).isEqualTo(5L);
        assertThat(result.reason()).startsWith("La tête du journal ne correspond pas");
    }

    @Test
    void rowAppendedOutsideTheChainIsReported() {
        appendMany(5);
        db.update("INSERT INTO audit_event SELECT seq + 1, occurred_at, user_id, role, workstation_id, patient_id, "
                + "action, outcome, detail, hash, hash FROM audit_event WHERE seq = 5");

        AuditVerification result = db.inTransaction(AuditVerifier::verify);

        assertThat(result.firstBrokenSeq()).isEqualTo(6L);
    }

    @Test
    void rolledBackTransactionLeavesNoRowAndAnIntactChain() {
        appendMany(2);
        try {
            db.inTransaction(tx -> {
                trail.append(tx, AuditEvent.success(PHARMACIST, UUID.randomUUID(), AuditAction.READ));
                throw new IllegalStateException("the audited change failed");
            });
        } catch (IllegalStateException expected) {
            // the business change failed, so its audit row must vanish with it
        }
        appendMany(1);

        AuditVerification result = db.inTransaction(AuditVerifier::verify);

        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(3);
    }

    @Test
    void concurrentAppendersProduceOneIntactChainWithoutDuplicateSequence() throws Exception {
        int threads = 6;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> appenders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Caller caller = t % 2 == 0 ? PHARMACIST : ASSISTANT;
                appenders.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        db.inTransaction(tx -> {
                            trail.append(tx, AuditEvent.success(caller, UUID.randomUUID(), AuditAction.READ));
                            return null;
                        });
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(appenders)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        AuditVerification result = db.inTransaction(AuditVerifier::verify);
        Set<Long> seqs = db.inTransaction(tx -> {
            Set<Long> all = new HashSet<>();
            try (PreparedStatement select = tx.prepareStatement("SELECT seq FROM audit_event");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(rows.getLong(1));
                }
            }
            return all;
        });

        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(threads * perThread);
        assertThat(seqs).hasSize(threads * perThread);
    }

    @Test
    void patientHistoryListsOnlyThatPatientNewestFirst() {
        UUID patient = UUID.randomUUID();
        db.inTransaction(tx -> {
            trail.append(tx, AuditEvent.success(PHARMACIST, patient, AuditAction.CREATE));
            trail.append(tx, AuditEvent.success(ASSISTANT, UUID.randomUUID(), AuditAction.READ));
            trail.append(tx, new AuditEvent(ASSISTANT, patient, AuditAction.EXPORT, AuditOutcome.REFUSED, "csv"));
            return null;
        });

        List<AuditRecord> history = db.inTransaction(tx -> AuditQueries.forPatient(tx, patient, 10));

        assertThat(history).extracting(AuditRecord::seq).containsExactly(3L, 1L);
        assertThat(history.get(0)).isEqualTo(new AuditRecord(3, Instant.parse("2026-03-12T09:15:30.123456Z"),
                "local:42", Role.PREPARATEUR, "poste-comptoir-2", patient, AuditAction.EXPORT,
                AuditOutcome.REFUSED, "csv"));
    }

    @Test
    void overlongDetailIsCutAndStillVerifies() {
        db.inTransaction(tx -> {
            trail.append(tx, new AuditEvent(PHARMACIST, null, AuditAction.EXPORT, AuditOutcome.SUCCESS,
                    "é".repeat(5000)));
            return null;
        });

        assertThat(db.inTransaction(AuditVerifier::verify).intact()).isTrue();
        assertThat(db.inTransaction(tx -> AuditQueries.latest(tx, 1)).get(0).detail()).hasSize(4000);
    }

    private void appendMany(int count) {
        db.inTransaction(tx -> {
            for (int i = 0; i < count; i++) {
                Caller caller = i % 3 == 0 ? ASSISTANT : PHARMACIST;
                UUID patient = i % 5 == 0 ? null : UUID.randomUUID();
                AuditOutcome outcome = i % 7 == 0 ? AuditOutcome.REFUSED : AuditOutcome.SUCCESS;
                trail.append(tx, new AuditEvent(caller, patient, AuditAction.values()[i % AuditAction.values().length],
                        outcome, i % 2 == 0 ? null : "lignes=" + i));
                clock.advance(Duration.ofMillis(1));
            }
            return null;
        });
    }
}

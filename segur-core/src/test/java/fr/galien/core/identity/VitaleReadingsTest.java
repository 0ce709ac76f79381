package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ApCvPort;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.security.SecurityError;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UI reads the ApCV through the core: permission checked, each ending call audited without identity data. */
class VitaleReadingsTest {

    private static final Caller PREPARATEUR = Caller.localAccount("p1", "Paul Invente", Role.PREPARATEUR, "poste-1");
    private static final Caller ADMIN = Caller.localAccount("a1", "Alex Invente", Role.ADMINISTRATEUR_TECHNIQUE,
            "poste-1");
    private static final ApCvPort.VitaleReading READING = new ApCvPort.VitaleReading("269054958815780",
            "269054958815780", "ZOUFIRSTNAME", null, List.of("ZOE"), Sex.F,
            BirthDate.parseIso("1969-05-28").orElseThrow(), null, "1");

    @TempDir
    Path directory;

    private Database database;
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final ScriptedApCv apCv = new ScriptedApCv();
    private VitaleReadings readings;

    @BeforeEach
    void open() {
        database = TestDatabases.h2(directory);
        readings = new VitaleReadings(apCv, database, audit);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anApprovedReadingIsAuditedOnceItEndsWithoutNameOrMatricule() {
        apCv.statuses.add(ApCvPort.ApCvStatus.EN_ATTENTE);
        apCv.statuses.add(ApCvPort.ApCvStatus.APPROUVEE);

        ApCvPort.ApCvSession session = readings.startApCv(PREPARATEUR, "QR-TEST");
        assertThat(readings.poll(PREPARATEUR, session).status()).isEqualTo(ApCvPort.ApCvStatus.EN_ATTENTE);
        assertThat(readings.poll(PREPARATEUR, session).reading()).isEqualTo(READING);

        assertThat(audit.events()).extracting(AuditEvent::action).containsOnly(AuditAction.APCV_READ);
        assertThat(audit.events()).extracting(AuditEvent::detail)
                .containsExactly("apcv session ouverte", "apcv statut=APPROUVEE");
        assertThat(audit.events()).extracting(AuditEvent::detail)
                .noneMatch(detail -> detail.contains("ZOU") || detail.contains("2690549"));
    }

    @Test
    void aFailedCallIsAuditedWithItsCodeAndStillThrown() {
        apCv.failure = new SegurException(InsError.INS_0040, "provisoire");

        assertThatThrownBy(() -> readings.readCard(PREPARATEUR)).isSameAs(apCv.failure);

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(event.detail()).isEqualTo("carte erreur=INS-0040");
        });
    }

    @Test
    void aRoleThatCannotQueryInsiCannotReadTheCardAndNothingIsSent() {
        assertThatThrownBy(() -> readings.readCard(ADMIN)).isInstanceOf(SegurException.class)
                .satisfies(error -> assertThat(((SegurException) error).errorCode())
                        .isInstanceOf(SecurityError.class));

        assertThat(apCv.calls).isZero();
        assertThat(audit.events()).singleElement()
                .satisfies(event -> assertThat(event.outcome()).isNotEqualTo(AuditOutcome.SUCCESS));
    }

    private static final class ScriptedApCv implements ApCvPort {
        final Deque<ApCvStatus> statuses = new ArrayDeque<>();
        RuntimeException failure;
        int calls;

        @Override
        public ApCvSession startApCv(Caller caller, String qrContent) {
            calls++;
            return new ApCvSession("s1", Duration.ofMillis(10));
        }

        @Override
        public ApCvPoll poll(Caller caller, ApCvSession session) {
            calls++;
            ApCvStatus status = statuses.isEmpty() ? ApCvStatus.EXPIREE : statuses.poll();
            return new ApCvPoll(status, status == ApCvStatus.APPROUVEE ? READING : null);
        }

        @Override
        public VitaleReading readCard(Caller caller) {
            calls++;
            if (failure != null) {
                throw failure;
            }
            return READING;
        }
    }
}

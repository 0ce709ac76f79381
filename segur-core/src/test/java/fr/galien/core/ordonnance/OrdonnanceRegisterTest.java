package fr.galien.core.ordonnance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.demo.DemoOrdonnances;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdonnanceRegisterTest {

    private static final Caller DOCTOR = Caller.localAccount("m1", "Élise Démo", Role.MEDECIN, "poste-test");
    private static final Caller VET = Caller.localAccount("v1", "Margaux Invente", Role.VETERINAIRE, "poste-test");
    private static final Caller SECRETARY = Caller.localAccount("s1", "Inès Exemple", Role.SECRETAIRE, "poste-test");
    private static final Instant NOW = Instant.parse("2026-12-07T09:30:00Z");

    @TempDir
    Path dataDir;

    Database database;
    RecordingAuditTrail audit;
    OrdonnanceRegister register;

    @BeforeEach
    void open() {
        database = TestDatabases.h2(dataDir);
        audit = new RecordingAuditTrail();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        register = new OrdonnanceRegister(database, audit, new AuditedAuthorization(database, audit),
                new OrdonnancePdf(clock), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void vetOrdonnancesAreNumberedOneAfterTheOther() {
        UUID animal = UUID.randomUUID();
        IssuedOrdonnance first = register.issueVet(VET, animal, DemoOrdonnances::vet);
        IssuedOrdonnance second = register.issueVet(VET, animal, DemoOrdonnances::vet);
        assertThat(first.vetNumber()).isEqualTo(1);
        assertThat(second.vetNumber()).isEqualTo(2);
        assertThat(first.pdf()).isNotEmpty();
        assertThat(first.sha256()).hasSize(64);
    }

    @Test
    void aFailedPrintGivesTheNumberBack() {
        UUID animal = UUID.randomUUID();
        assertThatThrownBy(() -> register.issueVet(VET, animal, n -> {
            throw new IllegalStateException("printer jammed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(register.issueVet(VET, animal, DemoOrdonnances::vet).vetNumber()).isEqualTo(1);
    }

    @Test
    void twoWorkstationsNeverGetTheSameNumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> numbers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                numbers.add(pool.submit(() -> register.issueVet(VET, UUID.randomUUID(), DemoOrdonnances::vet)
                        .vetNumber()));
            }
            List<Long> got = new ArrayList<>();
            for (Future<Long> n : numbers) {
                got.add(n.get());
            }
            Collections.sort(got);
            assertThat(got).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void paperOnlyOrdonnancesAreCountedApartFromRegisteredOnes() {
        UUID patient = UUID.randomUUID();
        register.issue(DOCTOR, patient, DemoOrdonnances.electronic());
        register.issue(DOCTOR, patient, DemoOrdonnances.electronic());
        register.issue(DOCTOR, patient, DemoOrdonnances.paperOnly());
        Map<IssuedOrdonnance.Kind, Long> counts = register.counts(DOCTOR, NOW.minusSeconds(60), NOW.plusSeconds(60));
        assertThat(counts).containsEntry(IssuedOrdonnance.Kind.ELECTRONIC, 2L)
                .containsEntry(IssuedOrdonnance.Kind.PAPER, 1L).containsEntry(IssuedOrdonnance.Kind.VET, 0L);
    }

    @Test
    void everyIssueIsAuditedWithIdsAndCodesOnly() {
        UUID patient = UUID.randomUUID();
        register.issue(DOCTOR, patient, DemoOrdonnances.paperOnly());
        AuditEvent event = audit.events().get(audit.events().size() - 1);
        assertThat(event.patientId()).isEqualTo(patient);
        assertThat(event.action()).isEqualTo(AuditAction.CREATE);
        assertThat(event.detail()).contains("PAPER", "IDENTITY_NOT_QUALIFIED").doesNotContain("Gaëlle")
                .doesNotContain("IBUPROF");
    }

    @Test
    void aSecretaryCannotIssueAnOrdonnance() {
        UUID patient = UUID.randomUUID();
        assertThatThrownBy(() -> register.issue(SECRETARY, patient, DemoOrdonnances.electronic()))
                .isInstanceOf(SegurException.class);
        assertThat(audit.events()).anySatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.REFUSED));
    }

    @Test
    void rulesGiveCodedFrenchErrors() {
        assertThatThrownBy(() -> OrdonnanceRules.requireLines(List.of()))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("ORD-0001"));
        assertThatThrownBy(() -> OrdonnanceRules.checkLine(2, "X", 12, null, 0))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.userMessage())
                        .isEqualTo("La ligne 2 demande 12 renouvellements : une ordonnance en permet de 0 à 11."));
        assertThatThrownBy(() -> OrdonnanceRules.requireIdentifier("hello :)"))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("ORD-0005"));
        assertThat(OrdonnanceRules.requireIdentifier(" 01S2TBPZ2JCNZZYGHZ ")).isEqualTo("01S2TBPZ2JCNZZYGHZ");
    }

    @Test
    void aRegisteredOrdonnanceNeedsAQualifiedPatient() {
        assertThatThrownBy(() -> new Ordonnance(DemoOrdonnances.cabinet(), DemoOrdonnances.doctor(),
                DemoOrdonnances.provisionalPatient(), DemoOrdonnances.DATE, null, DemoOrdonnances.lines(),
                new OrdonnanceDelivery.Electronic(DemoOrdonnances.SAMPLE_IDENTIFIER)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

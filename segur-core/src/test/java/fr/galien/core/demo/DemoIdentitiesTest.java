package fr.galien.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.identity.AuthorizingIdentityService;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.identity.IdentityEvent;
import fr.galien.core.identity.IdentityHistoryEntry;
import fr.galien.core.identity.IdentityService;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.identity.InsOid;
import fr.galien.core.patient.JdbcIdentityService;
import fr.galien.core.identity.Matricules;
import fr.galien.core.patient.AuthorizingPatientRegistry;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's INS cast, seeded through the real services as the app's OS-user caller would. */
class DemoIdentitiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final Caller PHARMACIST = Caller.osUser(PracticeProfile.OFFICINE, "comptoir-1");

    @TempDir
    Path dataDir;

    Database database;
    RecordingAuditTrail audit;
    PatientRegistry registry;
    IdentityService identities;
    Map<String, Patient> cast;

    @BeforeEach
    void seed() {
        database = TestDatabases.h2(dataDir);
        audit = new RecordingAuditTrail();
        AuditedAuthorization authorization = new AuditedAuthorization(database, audit);
        registry = new AuthorizingPatientRegistry(new JdbcPatientRegistry(database, audit, CLOCK), authorization);
        identities = new AuthorizingIdentityService(new JdbcIdentityService(database, audit, CLOCK), authorization);
        cast = DemoIdentities.seed(PHARMACIST, registry, identities, CLOCK).stream()
                .collect(Collectors.toMap(Patient::birthName, Function.identity()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyStatusAndEveryAttributeIsThere() {
        assertThat(cast.values().stream().map(Patient::identityStatus).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(IdentityStatus.values());
        assertThat(cast.values().stream().flatMap(p -> p.attributes().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(IdentityAttribute.values());
    }

    @Test
    void eachCastMemberEndsAtItsStatus() {
        assertThat(statusOf()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("ADRUN", IdentityStatus.QUALIFIEE), Map.entry("CORSE", IdentityStatus.QUALIFIEE),
                Map.entry("NESSI", IdentityStatus.QUALIFIEE), Map.entry("PROVISOIRE", IdentityStatus.QUALIFIEE),
                Map.entry("ECETINSI", IdentityStatus.RECUPEREE), Map.entry("GARCIA-ESSAI", IdentityStatus.VALIDEE),
                Map.entry("ADRTROIS", IdentityStatus.PROVISOIRE), Map.entry("TCHITCHI", IdentityStatus.PROVISOIRE),
                Map.entry("HOMONYME", IdentityStatus.PROVISOIRE), Map.entry("HOUILLES", IdentityStatus.PROVISOIRE),
                Map.entry("INCERTAIN", IdentityStatus.PROVISOIRE), Map.entry("ANONYME", IdentityStatus.PROVISOIRE)));
    }

    @Test
    void qualifiedOnesCarryTheSimulatorsMatriculesAndMayLeave() {
        assertThat(InsExchange.requireQualified(cast.get("ADRUN")).matricule()).isEqualTo("275126322074974");
        assertThat(InsExchange.requireQualified(cast.get("CORSE")).matricule()).isEqualTo("180032B02040123");
        assertThat(InsExchange.requireQualified(cast.get("NESSI")).matricule()).isEqualTo("110086322083060");
        assertThat(InsExchange.requireQualified(cast.get("PROVISOIRE")).oid()).isEqualTo(InsOid.NIA);
        assertThat(cast.get("ECETINSI").matricule()).isEqualTo("109076322083489");
        assertThat(InsExchange.ifQualified(cast.get("ECETINSI"))).isEmpty();
        assertThat(cast.values()).filteredOn(p -> p.matricule() != null)
                .allSatisfy(p -> assertThat(Matricules.keyVerifies(p.matricule())).isTrue());
    }

    @Test
    void theHistorySaysHowEachWasIdentified() {
        assertThat(events("ADRUN")).containsExactly(IdentityEvent.INSI_ACCEPTED, IdentityEvent.DOCUMENT_VALIDATED);
        assertThat(events("CORSE")).containsExactly(IdentityEvent.DOCUMENT_VALIDATED, IdentityEvent.INSI_ACCEPTED);
        assertThat(history("NESSI")).extracting(IdentityHistoryEntry::method).containsOnly(
                IdentificationMethod.CARTE_VITALE);
        assertThat(history("NESSI")).last().satisfies(entry ->
                assertThat(entry.validationMode()).isEqualTo(IdentityDocument.LIVRET_FAMILLE));
        assertThat(history("GARCIA-ESSAI")).singleElement().satisfies(entry ->
                assertThat(entry.validationMode()).isEqualTo(IdentityDocument.TITRE_SEJOUR));
        assertThat(history("HOUILLES")).isEmpty();
        assertThat(audit.events()).extracting(AuditEvent::action).contains(AuditAction.IDENTITY_INSI_ACCEPT,
                AuditAction.IDENTITY_DOCUMENT_VALIDATE, AuditAction.IDENTITY_ATTRIBUTES);
        assertThat(audit.events()).allSatisfy(event -> assertThat(event.caller()).isEqualTo(PHARMACIST));
    }

    @Test
    void provisionalOnesAreReadyForTheLiveFlows() {
        assertThat(cast.get("TCHITCHI").firstNames()).containsExactly("Catarina");
        assertThat(cast.get("TCHITCHI").birthPlaceCode()).isNull();
        assertThat(cast.get("HOMONYME").attributes()).containsExactly(IdentityAttribute.HOMONYME);
        assertThat(cast.get("HOMONYME").birthPlaceCode()).isNull();
        assertThat(cast.get("ADRTROIS").birthPlaceCode()).isEqualTo("2A020");
        assertThat(cast.get("INCERTAIN").attributes()).containsExactly(IdentityAttribute.DOUTEUSE);
        assertThat(cast.get("ANONYME").attributes()).containsExactly(IdentityAttribute.FICTIVE);
    }

    @Test
    void garciaEssaisNirIsWellFormed() {
        assertThat(Matricules.check(DemoIdentities.GARCIA_ESSAI_NIR).valid()).isTrue();
        assertThat(DemoIdentities.GARCIA_ESSAI_NIR).startsWith("2850499134012");
    }

    @Test
    void idsAreTheSameInEveryDemoDatabase() {
        assertThat(cast.get("ADRUN").id()).isEqualTo(DemoIdentities.idOf("ADRUN", "ZOE"));
    }

    @Test
    void castAndRandomDemoPatientsLiveTogether() {
        List<Patient> random = registry.createAll(PHARMACIST, DemoPatients.generate(2026L, 240));

        assertThat(random).allSatisfy(p -> {
            assertThat(p.identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
            assertThat(p.matricule()).isNull();
        });
        assertThat(registry.search(PHARMACIST, "adrun", 10)).extracting(Patient::id)
                .containsExactly(cast.get("ADRUN").id());
    }

    private Map<String, IdentityStatus> statusOf() {
        return cast.values().stream().collect(Collectors.toMap(Patient::birthName, Patient::identityStatus));
    }

    private List<IdentityHistoryEntry> history(String birthName) {
        return identities.history(PHARMACIST, cast.get(birthName).id());
    }

    private List<IdentityEvent> events(String birthName) {
        return history(birthName).stream().map(IdentityHistoryEntry::event).toList();
    }
}

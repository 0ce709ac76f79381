package fr.galien.core.patient;

import static fr.galien.core.testsupport.TestPatients.CALLER;
import static fr.galien.core.testsupport.TestPatients.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestIdentities;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Registry behaviour both engines must show; one subclass per engine. */
abstract class PatientRegistryContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dataDir;

    Database database;
    RecordingAuditTrail audit;
    JdbcPatientRegistry registry;

    abstract Database.Engine engine();

    @BeforeEach
    void openRegistry() {
        database = TestDatabases.open(engine(), dataDir);
        audit = new RecordingAuditTrail();
        registry = new JdbcPatientRegistry(database, audit, CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    // --- create, open, verbatim storage -------------------------------------------------------------------------

    @Test
    void createdPatientReadsBackIdentical() {
        Patient draft = Patient.draft("Dupont", "Martin", List.of("Marie", "Thérèse", "Anne Sophie"), Sex.F,
                new BirthDate(1980, 3, 12), "2A004",
                new Contact("06 12 34 56 78", "marie@example.org", "1 rue des Lilas", "75011", "Paris"));
        Patient created = registry.create(CALLER, draft);
        assertThat(created.version()).isEqualTo(1);
        assertThat(registry.open(CALLER, draft.id())).isEqualTo(created);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><b>x", "'; DROP TABLE patient; --", "Zoé 🌸👩‍⚕️", "O'Connor-Dupré", "  espacé  "})
    void unusualNamesAreStoredVerbatimAndSearchable(String name) {
        Patient created = registry.create(CALLER, draft(name, name, List.of(name, "Alix"), "1980-03-12"));
        Patient read = registry.open(CALLER, created.id());
        assertThat(read.birthName()).isEqualTo(name);
        assertThat(read.usedName()).isEqualTo(name);
        assertThat(read.firstNames()).containsExactly(name, "Alix");
        assertThat(registry.search(CALLER, name + " alix", 10)).extracting(Patient::id).containsExactly(created.id());
    }

    @Test
    void twoHundredCharacterNamesAreStoredVerbatim() {
        String longName = "Abcdéfghij".repeat(20);
        Patient created = registry.create(CALLER, draft(longName, longName, List.of(longName), "1980-03-12"));
        Patient read = registry.open(CALLER, created.id());
        assertThat(read.birthName()).hasSize(200).isEqualTo(longName);
        assertThat(read.firstNames()).containsExactly(longName);
        assertThat(registry.search(CALLER, longName.substring(0, 40), 10)).extracting(Patient::id)
                .containsExactly(created.id());
    }

    @Test
    void lunarBirthDateSurvives() {
        Patient created = registry.create(CALLER, Patient.draft("Nguyen", null, List.of("Lan"), Sex.F,
                new BirthDate(1950, 0, 0), "99243", Contact.NONE));
        assertThat(registry.open(CALLER, created.id()).birthDate().toIso()).isEqualTo("1950-00-00");
    }

    @Test
    void creatingAnIdentityNeedsTheBirthPlaceButAnUnknownPlaceIsWritten99999() {
        Patient noPlace = Patient.draft("Essai", null, List.of("Rose"), Sex.F, new BirthDate(1990, 4, 2), null,
                Contact.NONE);
        assertThatThrownBy(() -> registry.create(CALLER, noPlace)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("birthPlaceCode"));
        Patient unknownPlace = registry.create(CALLER, Patient.draft("Essai", null, List.of("Rose"), Sex.F,
                new BirthDate(1990, 0, 0), "99999", Contact.NONE));
        assertThat(unknownPlace.birthPlaceCode()).isEqualTo("99999");
        assertThat(PatientValidator.missingStrictTraits(unknownPlace)).isFalse();
        assertThat(PatientValidator.missingStrictTraits(noPlace)).isTrue();
    }

    @Test
    void invalidPatientIsRefusedWithEveryFieldAndNothingIsSaved() {
        Patient bad = Patient.draft("", null, List.of("Marie"), null, BirthDate.of(java.time.LocalDate.of(2030, 1, 1)),
                null, Contact.NONE);
        assertThatThrownBy(() -> registry.create(CALLER, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("CORE-0001");
                    assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::text).containsExactly(
                            tuple("birthName", "Le nom de naissance est obligatoire."),
                            tuple("sex", "Le sexe doit être M, F ou I."),
                            tuple("birthDate", "La date de naissance ne peut pas être dans le futur."),
                            tuple("birthPlaceCode", "Le lieu de naissance est obligatoire pour créer une identité "
                                    + "(règle 5 du guide INS) : code commune INSEE, 99 suivi du code pays pour une "
                                    + "naissance à l'étranger, ou 99999 si le lieu de naissance est inconnu."));
                });
        assertThat(patientRows()).isZero();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void openingAnUnknownPatientIsCore0007() {
        assertThatThrownBy(() -> registry.open(CALLER, UUID.randomUUID()))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0007));
    }

    // --- audit ------------------------------------------------------------------------------------------------------

    @Test
    void createUpdateOpenAndArchiveAreAuditedButNotSearch() {
        Patient created = registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        Patient updated = registry.update(CALLER, withBirthName(created, "Dupond"));
        registry.open(CALLER, created.id());
        registry.search(CALLER, "dupond", 10);
        registry.lookalikes(CALLER, created);
        registry.archive(CALLER, created.id(), updated.version());
        assertThat(audit.events()).extracting(AuditEvent::action, AuditEvent::patientId).containsExactly(
                tuple(AuditAction.CREATE, created.id()), tuple(AuditAction.UPDATE, created.id()),
                tuple(AuditAction.READ, created.id()), tuple(AuditAction.ARCHIVE, created.id()));
        assertThat(audit.events()).allSatisfy(event -> assertThat(event.caller()).isEqualTo(CALLER));
    }

    // --- optimistic locking -----------------------------------------------------------------------------------------

    @Test
    void secondWorkstationSavingTheSamePatientGetsAConflict() {
        Patient created = registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        Patient onCounter = registry.open(CALLER, created.id());
        Patient inOffice = registry.open(CALLER, created.id());

        registry.update(CALLER, withBirthName(onCounter, "Dupond"));

        assertThatThrownBy(() -> registry.update(CALLER, withBirthName(inOffice, "Durand")))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0006);
                    assertThat(e.userMessage()).contains("modifié entre-temps sur un autre poste");
                });
        assertThat(registry.open(CALLER, created.id()).birthName()).isEqualTo("Dupond");
    }

    @Test
    void updateBumpsTheVersionAndRewritesTheSearchTokens() {
        Patient created = registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        Patient updated = registry.update(CALLER, withBirthName(created, "Lefèvre"));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(registry.search(CALLER, "dupont", 10)).isEmpty();
        assertThat(registry.search(CALLER, "lefevre", 10)).extracting(Patient::id).containsExactly(created.id());
    }

    @Test
    void archivingHidesFromSearchButKeepsTheFile() {
        Patient created = registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        Patient archived = registry.archive(CALLER, created.id(), created.version());
        assertThat(archived.archived()).isTrue();
        assertThat(registry.search(CALLER, "dupont", 10)).isEmpty();
        assertThat(registry.open(CALLER, created.id()).archived()).isTrue();
        assertThat(patientRows()).isOne();
    }

    @Test
    void archivingWithAStaleVersionIsAConflict() {
        Patient created = registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        registry.update(CALLER, withBirthName(created, "Dupond"));
        assertThatThrownBy(() -> registry.archive(CALLER, created.id(), created.version()))
                .hasMessageContaining("CORE-0006");
    }

    @Test
    void twoActivePatientsCannotShareAQualifiedMatricule() {
        TestIdentities.qualified(registry, identities(), CALLER, TestIdentities.adrun());
        assertThatThrownBy(() -> TestIdentities.qualified(registry, identities(), CALLER, TestIdentities.adrun()))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(PatientError.PAT_0001));
    }

    @Test
    void archivedPatientFreesItsQualifiedMatricule() {
        Patient first = TestIdentities.qualified(registry, identities(), CALLER, TestIdentities.adrun());
        registry.archive(CALLER, first.id(), first.version());
        assertThat(TestIdentities.qualified(registry, identities(), CALLER, TestIdentities.adrun()).identityStatus())
                .isEqualTo(IdentityStatus.QUALIFIEE);
    }

    @Test
    void createKeepsNoIdentityStatusNorInsFromTheDraft() {
        Patient created = registry.create(CALLER, qualified("Dupont", "280037512345678"));
        assertThat(created.identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
        assertThat(created.matricule()).isNull();
        assertThat(registry.open(CALLER, created.id()).matricule()).isNull();
    }

    @Test
    void createAllRequalifiesImportedIdentities() {
        List<Patient> created = registry.createAll(CALLER, List.of(qualified("Dupont", "280037512345678"),
                withStatus(draft("Martin", "Paul", "1980-03-12"), IdentityStatus.VALIDEE)));
        assertThat(created).extracting(Patient::identityStatus)
                .containsExactly(IdentityStatus.RECUPEREE, IdentityStatus.PROVISOIRE);
        assertThat(created.get(0).matricule()).isEqualTo("280037512345678");
    }

    // --- search -------------------------------------------------------------------------------------------------

    @Test
    void searchIgnoresCaseAccentsHyphensAndApostrophes() {
        Patient helene = registry.create(CALLER, draft("LE GOFF", null, List.of("Hélène"), "1975-06-01"));
        Patient jeanPierre = registry.create(CALLER, draft("D'Arcy", null, List.of("Jean-Pierre"), "1962-11-30"));
        registry.create(CALLER, draft("Martin", null, List.of("Paul"), "1990-01-01"));

        assertThat(ids("HELENE")).containsExactly(helene.id());
        assertThat(ids("hél goff")).containsExactly(helene.id());
        assertThat(ids("darcy")).containsExactly(jeanPierre.id());
        assertThat(ids("d'ar")).containsExactly(jeanPierre.id());
        assertThat(ids("arcy")).containsExactly(jeanPierre.id());
        assertThat(ids("jean-pi")).containsExactly(jeanPierre.id());
        assertThat(ids("jeanpierre")).containsExactly(jeanPierre.id());
        assertThat(ids("pierre d")).containsExactly(jeanPierre.id());
    }

    @Test
    void searchFindsUsedNameAndAnyFirstName() {
        Patient patient = registry.create(CALLER, draft("Dupont", "Moreau", List.of("Marie", "Thérèse"), "1980-03-12"));
        assertThat(ids("moreau")).containsExactly(patient.id());
        assertThat(ids("therese dupont")).containsExactly(patient.id());
    }

    @Test
    void searchByFrenchBirthDate() {
        Patient patient = registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        registry.create(CALLER, draft("Dupont", "Marie", "1980-03-13"));
        assertThat(ids("12/03/1980")).containsExactly(patient.id());
        assertThat(ids("dup 12/03/1980")).containsExactly(patient.id());
    }

    @Test
    void searchByMatriculeOf13Or15Characters() {
        Patient patient = registry.createAll(CALLER, List.of(qualified("Dupont", "280037512345678"))).get(0);
        assertThat(ids("280037512345678")).containsExactly(patient.id());
        assertThat(ids("2800375123456")).containsExactly(patient.id());
        assertThat(ids("2800375123457")).isEmpty();
    }

    @Test
    void everyWordMustMatch() {
        registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        Patient paul = registry.create(CALLER, draft("Dupont", "Paul", "1980-03-12"));
        assertThat(ids("dupont paul")).containsExactly(paul.id());
        assertThat(ids("dupont zoe")).isEmpty();
    }

    @Test
    void moreThanFourWordsAreStillAllRequired() {
        Patient patient = registry.create(CALLER,
                draft("Dupont", "Moreau", List.of("Marie", "Thérèse", "Anne", "Louise"), "1980-03-12"));
        registry.create(CALLER, draft("Dupont", "Moreau", List.of("Marie", "Thérèse", "Anne", "Lucie"), "1980-03-12"));
        assertThat(ids("dupont moreau marie therese anne louise")).containsExactly(patient.id());
    }

    @Test
    void searchRespectsTheLimitWithoutDuplicates() {
        List<Patient> drafts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            drafts.add(draft("Martin", "Martine", List.of("Marc", "Maxime"), "1980-03-12"));
        }
        registry.createAll(CALLER, drafts);
        List<UUID> found = ids("ma");
        assertThat(found).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void querySearchingNothingReturnsNothing() {
        registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        assertThat(ids("   ")).isEmpty();
        assertThat(ids("%")).isEmpty();
        assertThat(ids("_")).isEmpty();
    }

    // --- look-alikes ----------------------------------------------------------------------------------------

    @Test
    void homonymWithTheSameBirthDateIsALookalike() {
        Patient existing = registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        Patient candidate = draft("DUPOND", "Marie", "1980-03-12");
        assertThat(registry.lookalikes(CALLER, candidate)).extracting(Patient::id).containsExactly(existing.id());
    }

    @Test
    void sameNameOnAnotherBirthDateIsNotALookalike() {
        registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        assertThat(registry.lookalikes(CALLER, draft("Dupont", "Marie", "1980-03-13"))).isEmpty();
    }

    @Test
    void twinsWithDifferentFirstNamesAreNotLookalikes() {
        registry.create(CALLER, draft("Dupont", "Léa", "2010-05-05"));
        assertThat(registry.lookalikes(CALLER, draft("Dupont", "Lou", "2010-05-05"))).isEmpty();
    }

    @Test
    void aPatientIsNotItsOwnLookalike() {
        Patient existing = registry.create(CALLER, draft("Dupont", "Marie", "1980-03-12"));
        assertThat(registry.lookalikes(CALLER, existing)).isEmpty();
    }

    @Test
    void usedNameMatchesABirthName() {
        Patient existing = registry.create(CALLER, draft("Moreau", "Dupont", List.of("Marie"), "1980-03-12"));
        assertThat(registry.lookalikes(CALLER, draft("Dupont", "Marie", "1980-03-12"))).extracting(Patient::id)
                .containsExactly(existing.id());
    }

    // --- bulk --------------------------------------------------------------------------------------------------------

    @Test
    void createAllSavesEveryPatientWithOneAuditRowEach() {
        List<Patient> drafts = new ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            drafts.add(draft("Patient" + i, "Prénom", "1980-03-12"));
        }
        List<Patient> created = registry.createAll(CALLER, drafts);
        assertThat(created).hasSize(1_203).allSatisfy(p -> assertThat(p.version()).isOne());
        assertThat(patientRows()).isEqualTo(1_203);
        assertThat(audit.events()).hasSize(1_203).allMatch(e -> e.action() == AuditAction.CREATE);
        assertThat(ids("patient1202")).containsExactly(created.get(1_202).id());
    }

    @Test
    void createAllIsAllOrNothing() {
        List<Patient> drafts = List.of(draft("Dupont", "Marie", "1980-03-12"), draft("", "Paul", "1980-03-12"));
        assertThatThrownBy(() -> registry.createAll(CALLER, drafts))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("patients[1].birthName"));
        assertThat(patientRows()).isZero();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    List<UUID> ids(String query) {
        return registry.search(CALLER, query, 20).stream().map(Patient::id).toList();
    }

    long patientRows() {
        Long rows = database.inTransaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM patient");
                 ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        return rows;
    }

    static Patient withBirthName(Patient patient, String birthName) {
        return new Patient(patient.id(), birthName, patient.usedName(), patient.firstNames(), patient.sex(),
                patient.birthDate(), patient.birthPlaceCode(), patient.contact(), patient.identityStatus(),
                patient.matricule(), patient.oid(), patient.attributes(), patient.archived(), patient.version());
    }

    static Patient withStatus(Patient p, IdentityStatus status) {
        return new Patient(p.id(), p.birthName(), p.usedName(), p.firstNames(), p.sex(), p.birthDate(),
                p.birthPlaceCode(), p.contact(), status, p.matricule(), p.oid(), p.attributes(), p.archived(),
                p.version());
    }

    JdbcIdentityService identities() {
        return new JdbcIdentityService(database, audit, CLOCK);
    }

    static Patient qualified(String birthName, String matricule) {
        return new Patient(UUID.randomUUID(), birthName, null, List.of("Marie"), Sex.F, new BirthDate(1980, 3, 12),
                "75056", Contact.NONE, IdentityStatus.QUALIFIEE, matricule, "1.2.250.1.213.1.4.8", Set.of(), false, 0);
    }
}

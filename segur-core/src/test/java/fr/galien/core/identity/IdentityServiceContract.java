package fr.galien.core.identity;

import static fr.galien.core.testsupport.TestIdentities.adrun;
import static fr.galien.core.testsupport.TestIdentities.draftOf;
import static fr.galien.core.testsupport.TestIdentities.insi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.patient.JdbcIdentityService;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import fr.galien.core.testsupport.TestIdentities;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identity service behaviour both engines must show: every transition through the database, history and audit. */
abstract class IdentityServiceContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Paris"));
    static final Caller CALLER = Caller.localAccount("c1", "Camille Invente", Role.PHARMACIEN_TITULAIRE, "poste-1");

    @TempDir
    Path dataDir;

    Database database;
    RecordingAuditTrail audit;
    JdbcPatientRegistry registry;
    JdbcIdentityService identities;

    abstract Database.Engine engine();

    @BeforeEach
    void open() {
        database = TestDatabases.open(engine(), dataDir);
        audit = new RecordingAuditTrail();
        registry = new JdbcPatientRegistry(database, audit, CLOCK);
        identities = new JdbcIdentityService(database, audit, CLOCK);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    // --- every transition, through the database ---------------------------------------------------------------------

    @ParameterizedTest(name = "INSi {1} on {0} → {2}")
    @CsvSource({
            "PROVISOIRE, INSI_TRAITS, RECUPEREE", "PROVISOIRE, CARTE_VITALE, RECUPEREE",
            "PROVISOIRE, APCV, QUALIFIEE", "PROVISOIRE, SAISIE_MANUELLE, INS-0031",
            "RECUPEREE, INSI_TRAITS, RECUPEREE", "RECUPEREE, APCV, QUALIFIEE",
            "VALIDEE, INSI_TRAITS, QUALIFIEE", "VALIDEE, DATAMATRIX_INS, QUALIFIEE", "VALIDEE, APCV, QUALIFIEE",
            "QUALIFIEE, INSI_TRAITS, INS-0022", "QUALIFIEE, APCV, INS-0022"})
    void acceptInsiFromEveryStatus(IdentityStatus from, IdentificationMethod method, String expected) {
        Patient start = reach(from);
        expect(expected, start, () -> identities.acceptInsi(CALLER, start.id(), start.version(), adrun(), method,
                TraitsChoice.IDENTICAL_ONLY), after -> {
            assertThat(after.matricule()).isEqualTo("275126322074974");
            assertThat(after.oid()).isEqualTo(InsOid.NIR);
            assertThat(identities.summary(CALLER, start.id()).method()).contains(method);
        });
    }

    @ParameterizedTest(name = "document {1} on {0} → {2}")
    @CsvSource({
            "PROVISOIRE, CARTE_IDENTITE, VALIDEE", "PROVISOIRE, APCV, INS-0025",
            "RECUPEREE, PASSEPORT, QUALIFIEE", "RECUPEREE, TITRE_SEJOUR, QUALIFIEE", "RECUPEREE, APCV, INS-0025",
            "VALIDEE, PASSEPORT, INS-0023", "QUALIFIEE, CARTE_IDENTITE, INS-0023"})
    void validateDocumentFromEveryStatus(IdentityStatus from, IdentityDocument document, String expected) {
        Patient start = reach(from);
        expect(expected, start, () -> identities.validateDocument(CALLER, start.id(), start.version(), document),
                after -> assertThat(identities.summary(CALLER, start.id()).validationMode()).contains(document));
    }

    @ParameterizedTest(name = "attributes {1} on {0} → {2}")
    @CsvSource({
            "PROVISOIRE, DOUTEUSE, PROVISOIRE", "PROVISOIRE, FICTIVE, PROVISOIRE",
            "PROVISOIRE, DOUTEUSE HOMONYME, PROVISOIRE", "PROVISOIRE, DOUTEUSE FICTIVE, INS-0026",
            "PROVISOIRE, FICTIVE HOMONYME, INS-0026",
            "RECUPEREE, HOMONYME, RECUPEREE", "RECUPEREE, DOUTEUSE, PROVISOIRE", "RECUPEREE, FICTIVE, PROVISOIRE",
            "VALIDEE, HOMONYME, VALIDEE", "VALIDEE, DOUTEUSE, PROVISOIRE",
            "QUALIFIEE, HOMONYME, QUALIFIEE", "QUALIFIEE, DOUTEUSE HOMONYME, PROVISOIRE",
            "QUALIFIEE, FICTIVE, PROVISOIRE"})
    void setAttributesFromEveryStatus(IdentityStatus from, String attributes, String expected) {
        Patient start = reach(from);
        Set<IdentityAttribute> wanted = EnumSet.noneOf(IdentityAttribute.class);
        for (String name : attributes.split(" ")) {
            wanted.add(IdentityAttribute.valueOf(name));
        }
        expect(expected, start, () -> identities.setAttributes(CALLER, start.id(), start.version(), wanted), after -> {
            assertThat(after.attributes()).isEqualTo(wanted);
            if (after.identityStatus() == IdentityStatus.PROVISOIRE) {
                assertThat(after.matricule()).as("douteuse/fictive carry no INS").isNull();
                assertThat(after.oid()).isNull();
            } else {
                assertThat(after.matricule()).isEqualTo(start.matricule());
            }
        });
    }

    @ParameterizedTest(name = "strict traits corrected on {0} → {1}")
    @CsvSource({"PROVISOIRE, PROVISOIRE", "RECUPEREE, PROVISOIRE", "VALIDEE, VALIDEE", "QUALIFIEE, VALIDEE"})
    void correctStrictTraitsFromEveryStatus(IdentityStatus from, String expected) {
        Patient start = reach(from);
        IdentityTraits corrected = new IdentityTraits("ADRUN", List.of("ZOE", "MARIE"), Sex.F,
                new BirthDate(1975, 12, 31), "63220");
        expect(expected, start, () -> identities.correctStrictTraits(CALLER, start.id(), start.version(), corrected),
                after -> {
                    assertThat(after.firstNames()).containsExactly("ZOE", "MARIE");
                    assertThat(after.matricule()).as("REM 27: matricule removed").isNull();
                    assertThat(after.oid()).isNull();
                });
    }

    @ParameterizedTest(name = "verification {1} on {0} → {2}")
    @CsvSource({
            "PROVISOIRE, CONFIRMED, INS-0028", "VALIDEE, CONFIRMED, INS-0028",
            "RECUPEREE, CONFIRMED, RECUPEREE", "RECUPEREE, NOT_FOUND, PROVISOIRE",
            "RECUPEREE, MATRICULE_CHANGED, PROVISOIRE", "RECUPEREE, TRAITS_DIFFER, PROVISOIRE",
            "QUALIFIEE, CONFIRMED, QUALIFIEE", "QUALIFIEE, NOT_FOUND, VALIDEE", "QUALIFIEE, SEVERAL, VALIDEE",
            "QUALIFIEE, OID_CHANGED, VALIDEE", "QUALIFIEE, TRAITS_DIFFER, VALIDEE"})
    void recordVerificationFromEveryStatus(IdentityStatus from, InsVerification.Outcome answer, String expected) {
        Patient start = reach(from);
        expect(expected, start, () -> identities.recordVerification(CALLER, start.id(), start.version(),
                answer(answer)).patient(), after -> {
            if (answer == InsVerification.Outcome.CONFIRMED) {
                assertThat(after.matricule()).isEqualTo(start.matricule());
                assertThat(after.version()).as("a confirmation changes no identity field").isEqualTo(start.version());
            } else {
                assertThat(after.matricule()).as("REM 49: INS invalidated").isNull();
            }
        });
    }

    // --- traits: side by side, explicit choice ---------------------------------------------------------------------

    @Test
    void insiTraitsThatDifferAreRefusedWithoutTheUsersChoiceAndNothingIsWritten() {
        Patient tchitchi = registry.create(CALLER, Patient.draft("TCHITCHI", null, List.of("Catarina"), Sex.F,
                new BirthDate(1936, 6, 21), "63220", Contact.NONE));
        audit.clear();

        assertThatThrownBy(() -> identities.acceptInsi(CALLER, tchitchi.id(), tchitchi.version(),
                TestIdentities.tchitchi(), IdentificationMethod.INSI_TRAITS, TraitsChoice.IDENTICAL_ONLY))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("INS-0020"));

        assertThat(registry.open(CALLER, tchitchi.id())).satisfies(p -> {
            assertThat(p.identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
            assertThat(p.firstNames()).containsExactly("Catarina");
            assertThat(p.version()).isEqualTo(tchitchi.version());
        });
        assertThat(identities.history(CALLER, tchitchi.id())).isEmpty();
        assertThat(audit.events()).extracting(AuditEvent::action).containsExactly(AuditAction.READ);
    }

    @Test
    void insiTraitsReplaceTheLocalOnesOnlyWithTheChoiceAndTheHistoryKeepsTheOldOnes() {
        Patient tchitchi = registry.create(CALLER, Patient.draft("TCHITCHI", null, List.of("Catarina"), Sex.F,
                new BirthDate(1936, 6, 21), "63220", Contact.NONE));

        Patient recovered = identities.acceptInsi(CALLER, tchitchi.id(), tchitchi.version(), TestIdentities.tchitchi(),
                IdentificationMethod.INSI_TRAITS, TraitsChoice.REPLACE_WITH_INSI);

        assertThat(recovered.firstNames()).containsExactly("CATARINA", "BELLA");
        assertThat(recovered.birthPlaceCode()).isEqualTo("63220");
        assertThat(recovered.identityStatus()).isEqualTo(IdentityStatus.RECUPEREE);
        assertThat(identities.history(CALLER, tchitchi.id())).singleElement().satisfies(entry -> {
            assertThat(entry.traitsReplaced()).isTrue();
            assertThat(entry.previousTraits().firstNames()).containsExactly("Catarina");
            assertThat(entry.previousTraits().birthPlaceCode()).isEqualTo("63220");
        });
        assertThat(registry.search(CALLER, "bella", 10)).extracting(Patient::id).containsExactly(tchitchi.id());
    }

    @Test
    void traitsEqualAsInsiWritesThemNeedNoChoiceAndTakeInsisSpelling() {
        Patient zoe = registry.create(CALLER, Patient.draft("Adrun", null, List.of("Zoé"), Sex.F,
                new BirthDate(1975, 12, 31), "63220", Contact.NONE));

        Patient recovered = identities.acceptInsi(CALLER, zoe.id(), zoe.version(), adrun(),
                IdentificationMethod.INSI_TRAITS, TraitsChoice.IDENTICAL_ONLY);

        assertThat(recovered.birthName()).isEqualTo("ADRUN");
        assertThat(recovered.firstNames()).containsExactly("ZOE");
    }

    // --- ApCV, key flag, malformed answers -------------------------------------------------------------------------

    @Test
    void apcvQualifiesAtOnceWithValidationModeAv() {
        Patient start = registry.create(CALLER, draftOf(adrun()));

        Patient qualified = identities.acceptInsi(CALLER, start.id(), start.version(), adrun(),
                IdentificationMethod.APCV, TraitsChoice.IDENTICAL_ONLY);

        assertThat(qualified.identityStatus()).isEqualTo(IdentityStatus.QUALIFIEE);
        IdentitySummary summary = identities.summary(CALLER, start.id());
        assertThat(summary.method()).contains(IdentificationMethod.APCV);
        assertThat(summary.validationMode()).contains(IdentityDocument.APCV);
        assertThat(identities.history(CALLER, start.id())).singleElement().satisfies(entry -> {
            assertThat(entry.method()).isEqualTo(IdentificationMethod.APCV);
            assertThat(entry.validationMode()).isEqualTo(IdentityDocument.APCV);
        });
        assertThat(InsExchange.requireQualified(qualified).matricule()).isEqualTo("275126322074974");
    }

    @Test
    void aMatriculeWhoseKeyDoesNotVerifyIsKeptAndFlagged() {
        Patient hermann = registry.create(CALLER, draftOf(TestIdentities.hermann()));

        Patient recovered = identities.acceptInsi(CALLER, hermann.id(), hermann.version(), TestIdentities.hermann(),
                IdentificationMethod.INSI_TRAITS, TraitsChoice.IDENTICAL_ONLY);

        assertThat(recovered.matricule()).isEqualTo("181036322045660");
        assertThat(identities.summary(CALLER, hermann.id()).keyVerifies()).isFalse();
        assertThat(identities.history(CALLER, hermann.id())).singleElement()
                .satisfies(entry -> assertThat(entry.keyVerified()).isFalse());
        assertThat(lastAudit().detail()).contains("key=not-verified");
    }

    @ParameterizedTest(name = "matricule «{0}» oid «{1}»")
    @CsvSource({"27512632207497, 1.2.250.1.213.1.4.8", "2751263220749A, 1.2.250.1.213.1.4.8",
            "275126322074974, urn:oid:1.2.250"})
    void anInsiAnswerThatCannotBeStoredIsRefused(String matricule, String oid) {
        Patient start = registry.create(CALLER, draftOf(adrun()));
        InsIdentity broken = insi("ADRUN", List.of("ZOE"), Sex.F, "1975-12-31", "63220", matricule, oid);

        assertThatThrownBy(() -> identities.acceptInsi(CALLER, start.id(), start.version(), broken,
                IdentificationMethod.INSI_TRAITS, TraitsChoice.IDENTICAL_ONLY))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("INS-0030"));
    }

    // --- attributes, documents -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DOUTEUSE", "FICTIVE"})
    void douteuseOrFictiveIdentityIsNeitherRecoveredNorValidated(IdentityAttribute attribute) {
        Patient created = registry.create(CALLER, draftOf(adrun()));
        Patient flagged = identities.setAttributes(CALLER, created.id(), created.version(), Set.of(attribute));

        assertCode(() -> identities.acceptInsi(CALLER, flagged.id(), flagged.version(), adrun(),
                IdentificationMethod.INSI_TRAITS, TraitsChoice.IDENTICAL_ONLY), "INS-0021");
        assertCode(() -> identities.validateDocument(CALLER, flagged.id(), flagged.version(),
                IdentityDocument.PASSEPORT), "INS-0021");
    }

    @Test
    void settingTheSameAttributesWritesNothing() {
        Patient created = registry.create(CALLER, draftOf(adrun()));
        Patient homonym = identities.setAttributes(CALLER, created.id(), created.version(),
                Set.of(IdentityAttribute.HOMONYME));

        Patient again = identities.setAttributes(CALLER, homonym.id(), homonym.version(),
                Set.of(IdentityAttribute.HOMONYME));

        assertThat(again.version()).isEqualTo(homonym.version());
        assertThat(identities.history(CALLER, created.id())).hasSize(1);
    }

    @Test
    void livretDeFamilleOnlyForAMinor() {
        Patient adult = registry.create(CALLER, draftOf(adrun()));
        assertCode(() -> identities.validateDocument(CALLER, adult.id(), adult.version(),
                IdentityDocument.LIVRET_FAMILLE), "INS-0024");

        Patient minor = registry.create(CALLER, Patient.draft("NESSI", null, List.of("MICHELANGELO"), Sex.M,
                new BirthDate(2010, 8, 7), "63220", Contact.NONE));
        assertThat(identities.validateDocument(CALLER, minor.id(), minor.version(), IdentityDocument.LIVRET_FAMILLE)
                .identityStatus()).isEqualTo(IdentityStatus.VALIDEE);
    }

    // --- correction --------------------------------------------------------------------------------------------------

    @Test
    void correctionThatChangesNothingIsRefused() {
        Patient start = reach(IdentityStatus.QUALIFIEE);
        assertCode(() -> identities.correctStrictTraits(CALLER, start.id(), start.version(), StrictTraits.of(start)),
                "INS-0027");
        assertThat(registry.open(CALLER, start.id()).matricule()).isNotNull();
    }

    @Test
    void correctionWithInvalidTraitsGivesFieldErrors() {
        Patient start = reach(IdentityStatus.RECUPEREE);
        IdentityTraits blankName = new IdentityTraits(" ", List.of("ZOE"), Sex.F, new BirthDate(1975, 12, 31), "63220");

        assertThatThrownBy(() -> identities.correctStrictTraits(CALLER, start.id(), start.version(), blankName))
                .isInstanceOf(ValidationException.class);
    }

    // --- common refusals ---------------------------------------------------------------------------------------------

    @Test
    void staleVersionIsAConflictAndNothingChanges() {
        Patient start = registry.create(CALLER, draftOf(adrun()));
        identities.setAttributes(CALLER, start.id(), start.version(), Set.of(IdentityAttribute.HOMONYME));

        assertCode(() -> identities.validateDocument(CALLER, start.id(), start.version(), IdentityDocument.PASSEPORT),
                "CORE-0006");
        assertThat(registry.open(CALLER, start.id()).identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
    }

    @Test
    void archivedPatientsIdentityDoesNotChange() {
        Patient start = registry.create(CALLER, draftOf(adrun()));
        Patient archived = registry.archive(CALLER, start.id(), start.version());

        assertCode(() -> identities.validateDocument(CALLER, start.id(), archived.version(),
                IdentityDocument.PASSEPORT), "INS-0029");
    }

    @Test
    void unknownPatientIsCore0007() {
        assertCode(() -> identities.validateDocument(CALLER, UUID.randomUUID(), 1, IdentityDocument.PASSEPORT),
                "CORE-0007");
    }

    @Test
    void twoActivePatientsCannotBeQualifiedWithTheSameMatricule() {
        TestIdentities.qualified(registry, identities, CALLER, adrun());
        Patient twin = registry.create(CALLER, draftOf(adrun()));
        Patient recovered = identities.acceptInsi(CALLER, twin.id(), twin.version(), adrun(),
                IdentificationMethod.INSI_TRAITS, TraitsChoice.IDENTICAL_ONLY);

        assertCode(() -> identities.validateDocument(CALLER, twin.id(), recovered.version(),
                IdentityDocument.PASSEPORT), "PAT-0001");
        assertThat(registry.open(CALLER, twin.id()).identityStatus()).isEqualTo(IdentityStatus.RECUPEREE);
        assertThat(identities.history(CALLER, twin.id())).hasSize(1);
    }

    // --- history and audit -----------------------------------------------------------------------------------------

    @Test
    void historySaysWhoWhenHowAndWhichDocumentOldestFirst() {
        Caller secretary = Caller.localAccount("s1", "Inès Exemple", Role.SECRETAIRE, "accueil");
        Patient created = registry.create(CALLER, draftOf(adrun()));
        Patient recovered = identities.acceptInsi(secretary, created.id(), created.version(), adrun(),
                IdentificationMethod.CARTE_VITALE, TraitsChoice.IDENTICAL_ONLY);
        identities.validateDocument(CALLER, recovered.id(), recovered.version(), IdentityDocument.PASSEPORT);

        assertThat(identities.history(CALLER, created.id())).satisfiesExactly(
                first -> {
                    assertThat(first.event()).isEqualTo(IdentityEvent.INSI_ACCEPTED);
                    assertThat(first.userId()).isEqualTo("local:s1");
                    assertThat(first.role()).isEqualTo("SECRETAIRE");
                    assertThat(first.workstationId()).isEqualTo("accueil");
                    assertThat(first.before()).isEqualTo(IdentityStatus.PROVISOIRE);
                    assertThat(first.after()).isEqualTo(IdentityStatus.RECUPEREE);
                    assertThat(first.method()).isEqualTo(IdentificationMethod.CARTE_VITALE);
                    assertThat(first.matricule()).isEqualTo("275126322074974");
                    assertThat(first.keyVerified()).isTrue();
                    assertThat(first.at().toInstant()).isEqualTo(CLOCK.instant());
                },
                second -> {
                    assertThat(second.event()).isEqualTo(IdentityEvent.DOCUMENT_VALIDATED);
                    assertThat(second.after()).isEqualTo(IdentityStatus.QUALIFIEE);
                    assertThat(second.validationMode()).isEqualTo(IdentityDocument.PASSEPORT);
                    assertThat(second.method()).as("the INS in place").isEqualTo(IdentificationMethod.CARTE_VITALE);
                    assertThat(second.userId()).isEqualTo("local:c1");
                });
    }

    @Test
    void everyChangeIsAuditedWithCodesAndNoPatientData() {
        Patient qualified = TestIdentities.qualified(registry, identities, CALLER, adrun());

        List<AuditEvent> identityEvents = audit.events().stream()
                .filter(e -> e.action() != AuditAction.CREATE).toList();
        assertThat(identityEvents).extracting(AuditEvent::action).containsExactly(
                AuditAction.IDENTITY_INSI_ACCEPT, AuditAction.IDENTITY_DOCUMENT_VALIDATE);
        assertThat(identityEvents).allSatisfy(e -> {
            assertThat(e.patientId()).isEqualTo(qualified.id());
            assertThat(e.caller()).isEqualTo(CALLER);
            assertThat(e.detail()).doesNotContain("275126322074974", "2751263220749", "ADRUN", "ZOE", "63220");
        });
        assertThat(identityEvents.get(0).detail()).isEqualTo("provisoire->recuperee method=INSI traits=same");
        assertThat(identityEvents.get(1).detail()).isEqualTo("recuperee->qualifiee document=CN");
    }

    @Test
    void aConfirmedVerificationNotesTheDateWithoutTouchingTheFile() {
        Patient start = reach(IdentityStatus.QUALIFIEE);
        database.inTransaction(connection -> {
            try (PreparedStatement clear = connection.prepareStatement(
                    "UPDATE patient SET ins_verified_at = NULL WHERE id = ?")) {
                clear.setString(1, start.id().toString());
                return clear.executeUpdate();
            }
        });

        identities.recordVerification(CALLER, start.id(), start.version(), answer(InsVerification.Outcome.CONFIRMED));

        assertThat(identities.summary(CALLER, start.id()).insVerifiedAt()).isPresent();
        assertThat(identities.history(CALLER, start.id())).last()
                .satisfies(entry -> assertThat(entry.event()).isEqualTo(IdentityEvent.VERIFIED_OK));
    }

    // --- the registry no longer changes the identity ---------------------------------------------------------------

    @Test
    void registryCreatesEveryPatientProvisionalWithoutIns() {
        Patient draft = new Patient(UUID.randomUUID(), "ADRUN", null, List.of("ZOE"), Sex.F,
                new BirthDate(1975, 12, 31), "63220", Contact.NONE, IdentityStatus.QUALIFIEE, "275126322074974",
                InsOid.NIR, Set.of(IdentityAttribute.HOMONYME), false, 0);

        Patient created = registry.create(CALLER, draft);

        assertThat(created.identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
        assertThat(created.matricule()).isNull();
        assertThat(created.oid()).isNull();
        assertThat(created.attributes()).containsExactly(IdentityAttribute.HOMONYME);
        assertThat(registry.open(CALLER, draft.id())).isEqualTo(created);
    }

    @Test
    void registryImportRequalifiesAndKeepsTheMatriculeToCheckAgain() {
        Patient imported = new Patient(UUID.randomUUID(), "ADRUN", null, List.of("ZOE"), Sex.F,
                new BirthDate(1975, 12, 31), "63220", Contact.NONE, IdentityStatus.QUALIFIEE, "275126322074974",
                InsOid.NIR, Set.of(), false, 0);

        Patient created = registry.createAll(CALLER, List.of(imported)).get(0);

        assertThat(created.identityStatus()).isEqualTo(IdentityStatus.RECUPEREE);
        assertThat(created.matricule()).isEqualTo("275126322074974");
        assertThat(InsExchange.ifQualified(created)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"status", "matricule", "oid", "attributes"})
    void registryUpdateCannotChangeTheIdentity(String field) {
        Patient start = reach(IdentityStatus.RECUPEREE);
        Patient edited = switch (field) {
            case "status" -> withIdentity(start, IdentityStatus.QUALIFIEE, start.matricule(), start.oid(),
                    start.attributes());
            case "matricule" -> withIdentity(start, start.identityStatus(), "297022A02077878", start.oid(),
                    start.attributes());
            case "oid" -> withIdentity(start, start.identityStatus(), start.matricule(), InsOid.NIR_TEST,
                    start.attributes());
            default -> withIdentity(start, start.identityStatus(), start.matricule(), start.oid(),
                    Set.of(IdentityAttribute.HOMONYME));
        };

        assertCode(() -> registry.update(CALLER, edited), "INS-0032");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RECUPEREE, INS-0033", "QUALIFIEE, INS-0033", "PROVISOIRE, ok", "VALIDEE, ok"})
    void registryUpdateOfStrictTraitsIsRefusedWhileTheInsIsInPlace(IdentityStatus status, String expected) {
        Patient start = reach(status);
        Patient renamed = StrictTraits.replace(start, new IdentityTraits("ADRUNE", start.firstNames(), start.sex(),
                start.birthDate(), start.birthPlaceCode()));

        if (expected.equals("ok")) {
            assertThat(registry.update(CALLER, renamed).birthName()).isEqualTo("ADRUNE");
        } else {
            assertThatThrownBy(() -> registry.update(CALLER, renamed))
                    .isInstanceOfSatisfying(SegurException.class, e -> {
                        assertThat(e.code()).isEqualTo(expected);
                        assertThat(e.userMessage()).contains("Corriger l'identité");
                    });
        }
    }

    @Test
    void registryUpdateOfUsedNameAndContactStaysAllowedOnAQualifiedIdentity() {
        Patient start = reach(IdentityStatus.QUALIFIEE);
        Patient edited = new Patient(start.id(), start.birthName(), "MARTIN", start.firstNames(), start.sex(),
                start.birthDate(), start.birthPlaceCode(), new Contact("06 00 00 00 01", null, null, null, null),
                start.identityStatus(), start.matricule(), start.oid(), start.attributes(), false, start.version());

        Patient saved = registry.update(CALLER, edited);

        assertThat(saved.usedName()).isEqualTo("MARTIN");
        assertThat(saved.identityStatus()).isEqualTo(IdentityStatus.QUALIFIEE);
        assertThat(registry.search(CALLER, "275126322074974", 10)).extracting(Patient::id).containsExactly(start.id());
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    /** An ADRUN patient brought to {@code status} through the service itself. */
    Patient reach(IdentityStatus status) {
        Patient created = registry.create(CALLER, draftOf(adrun()));
        Patient reached = switch (status) {
            case PROVISOIRE -> created;
            case RECUPEREE -> identities.acceptInsi(CALLER, created.id(), created.version(), adrun(),
                    IdentificationMethod.INSI_TRAITS, TraitsChoice.IDENTICAL_ONLY);
            case VALIDEE -> identities.validateDocument(CALLER, created.id(), created.version(),
                    IdentityDocument.CARTE_IDENTITE);
            case QUALIFIEE -> TestIdentities.qualifiedFrom(identities, CALLER, created, adrun());
        };
        assertThat(reached.identityStatus()).isEqualTo(status);
        audit.clear();
        return reached;
    }

    /** Runs {@code change}: a status name expects success and {@code then}; a code expects that refusal, no write. */
    void expect(String expected, Patient start, Supplier<Patient> change, Consumer<Patient> then) {
        int historyBefore = identities.history(CALLER, start.id()).size();
        if (expected.contains("-")) {
            assertCode(change::get, expected);
            Patient unchanged = registry.open(CALLER, start.id());
            assertThat(unchanged.version()).isEqualTo(start.version());
            assertThat(unchanged.identityStatus()).isEqualTo(start.identityStatus());
            assertThat(identities.history(CALLER, start.id())).hasSize(historyBefore);
            return;
        }
        Patient after = change.get();
        assertThat(after.identityStatus()).isEqualTo(IdentityStatus.valueOf(expected));
        assertThat(registry.open(CALLER, start.id())).isEqualTo(after);
        List<IdentityHistoryEntry> history = identities.history(CALLER, start.id());
        assertThat(history).hasSize(historyBefore + 1);
        assertThat(history.get(history.size() - 1).before()).isEqualTo(start.identityStatus());
        assertThat(history.get(history.size() - 1).after()).isEqualTo(after.identityStatus());
        assertThat(audit.events().stream().filter(e -> e.action() != AuditAction.READ)).hasSize(1);
        then.accept(after);
    }

    static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SegurException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    AuditEvent lastAudit() {
        List<AuditEvent> events = audit.events();
        return events.get(events.size() - 1);
    }

    static InsiResult answer(InsVerification.Outcome outcome) {
        return switch (outcome) {
            case CONFIRMED -> found(adrun());
            case NOT_FOUND -> new InsiResult(CodeCr.AUCUNE_IDENTITE, "Aucune identite trouvee", Optional.empty());
            case SEVERAL -> new InsiResult(CodeCr.PLUSIEURS_IDENTITES, "Plusieurs identites trouvees",
                    Optional.empty());
            case MATRICULE_CHANGED -> found(insi("ADRUN", List.of("ZOE"), Sex.F, "1975-12-31", "63220",
                    "275126322074875", InsOid.NIR));
            case OID_CHANGED -> found(insi("ADRUN", List.of("ZOE"), Sex.F, "1975-12-31", "63220", "275126322074974",
                    InsOid.NIA));
            case TRAITS_DIFFER -> found(insi("ADRUN", List.of("ZOE", "ANNE"), Sex.F, "1975-12-31", "63220",
                    "275126322074974", InsOid.NIR));
        };
    }

    static InsiResult found(InsIdentity identity) {
        return new InsiResult(CodeCr.UNE_IDENTITE, "OK", Optional.of(identity));
    }

    static Patient withIdentity(Patient p, IdentityStatus status, String matricule, String oid,
                                Set<IdentityAttribute> attributes) {
        return new Patient(p.id(), p.birthName(), p.usedName(), p.firstNames(), p.sex(), p.birthDate(),
                p.birthPlaceCode(), p.contact(), status, matricule, oid, attributes, p.archived(), p.version());
    }
}

package fr.galien.core.patient;

import static fr.galien.core.testsupport.TestPatients.CALLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.duplicates.DuplicatePair;
import fr.galien.core.patient.duplicates.MatchReason;
import fr.galien.core.patient.duplicates.MergeRecord;
import fr.galien.core.patient.duplicates.PatientField;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.MutableClock;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicates, dismissals, merge and unmerge: behaviour both engines must show; one subclass per engine. */
abstract class PatientDuplicatesContract {

    private static final String MATRICULE = "280037505612345";
    private static final String OTHER_MATRICULE = "280037505699945";
    private static final String OID = "1.2.250.1.213.1.4.8";

    @TempDir
    Path dataDir;

    Database database;
    RecordingAuditTrail audit;
    MutableClock clock;
    JdbcPatientRegistry registry;
    JdbcPatientDuplicates duplicates;

    abstract Database.Engine engine();

    @BeforeEach
    void open() {
        database = TestDatabases.open(engine(), dataDir);
        audit = new RecordingAuditTrail();
        clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        registry = new JdbcPatientRegistry(database, audit, clock);
        duplicates = new JdbcPatientDuplicates(database, audit, clock);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private Patient create(String birthName, String firstNames, String birthDate, Contact contact) {
        return registry.create(CALLER, Patient.draft(birthName, null, List.of(firstNames.split(" ")), Sex.F,
                BirthDate.parseIso(birthDate).orElseThrow(), "75056", contact));
    }

    private Patient create(String birthName, String firstNames, String birthDate) {
        return create(birthName, firstNames, birthDate, Contact.NONE);
    }

    /**
     * Qualifies a stored identity directly in the table, as INSi plus an ID check would have: these tests are about
     * merging, not about the identity workflow that leads there. The version is left alone on purpose.
     */
    private void qualify(Patient patient, String matricule, boolean alsoUniqueColumn) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE patient SET identity_status = 'qualifiee', matricule = ?, oid = ?, qualified_matricule = ?
                    WHERE id = ?""")) {
                update.setString(1, matricule);
                update.setString(2, OID);
                update.setString(3, alsoUniqueColumn ? matricule : null);
                update.setString(4, patient.id().toString());
                update.executeUpdate();
            }
            return null;
        });
    }

    private Patient reload(Patient patient) {
        return registry.open(CALLER, patient.id());
    }

    private String mergedInto(Patient patient) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT merged_into FROM patient WHERE id = ?")) {
                select.setString(1, patient.id().toString());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }

    private String qualifiedMatricule(Patient patient) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT qualified_matricule FROM patient WHERE id = ?")) {
                select.setString(1, patient.id().toString());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }

    private List<UUID> searchIds(String query) {
        return registry.search(CALLER, query, 10).stream().map(Patient::id).toList();
    }

    private static void assertCode(Throwable thrown, String code) {
        assertThat(thrown).isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    // --- detection ----------------------------------------------------------------------------------------------

    @Test
    void aTypoPairIsFoundWithItsReasonsAndTwinsAreNot() {
        Patient dupont = create("DUPONT", "Marie Claire", "1980-03-12");
        Patient dupond = create("DUPOND", "Marie Claire", "1980-03-12");
        create("MARTIN", "Éloïse", "2012-06-14");
        create("MARTIN", "Anaïs", "2012-06-14");

        List<DuplicatePair> pairs = duplicates.find(CALLER, 70);

        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(List.of(pair.first().id(), pair.second().id()))
                    .containsExactlyInAnyOrder(dupont.id(), dupond.id());
            assertThat(pair.score()).isBetween(85, 95);
            assertThat(pair.reasons()).contains(MatchReason.SIMILAR_BIRTH_NAMES, MatchReason.SAME_BIRTH_DATE);
        });
    }

    @Test
    void pairsCarryTheFullRecordsWithTheirVersions() {
        Patient first = create("DUPONT", "Marie", "1980-03-12", new Contact("06 00 00 00 01", null, null, null, null));
        create("DUPONT", "Marie", "1980-03-12");

        DuplicatePair pair = duplicates.find(CALLER, 70).get(0);

        Patient found = pair.first().id().equals(first.id()) ? pair.first() : pair.second();
        assertThat(found).isEqualTo(first);
    }

    @Test
    void archivedPatientsAreNotCandidates() {
        create("DUPONT", "Marie", "1980-03-12");
        Patient second = create("DUPONT", "Marie", "1980-03-12");
        registry.archive(CALLER, second.id(), second.version());

        assertThat(duplicates.find(CALLER, 70)).isEmpty();
    }

    @Test
    void detectionIsNotAudited() {
        create("DUPONT", "Marie", "1980-03-12");
        create("DUPONT", "Marie", "1980-03-12");
        audit.clear();

        duplicates.find(CALLER, 70);

        assertThat(audit.events()).isEmpty();
    }

    @Test
    void aMinimumScoreOutsideOneToHundredIsPat0019() {
        assertThatThrownBy(() -> duplicates.find(CALLER, 0)).satisfies(e -> assertCode(e, "PAT-0019"));
        assertThatThrownBy(() -> duplicates.find(CALLER, 101)).satisfies(e -> assertCode(e, "PAT-0019"));
    }

    // --- "pas un doublon" -------------------------------------------------------------------------------------------

    @Test
    void aDismissedPairStaysHiddenWhileNeitherIdentityChanges() {
        Patient a = create("DUPONT", "Marie", "1980-03-12");
        Patient b = create("DUPOND", "Marie", "1980-03-12");

        duplicates.dismiss(CALLER, a.id(), a.version(), b.id(), b.version());
        Patient withPhone = registry.update(CALLER, new Patient(b.id(), b.birthName(), b.usedName(), b.firstNames(),
                b.sex(), b.birthDate(), b.birthPlaceCode(), new Contact("06 00 00 00 02", null, null, null, null),
                b.identityStatus(), b.matricule(), b.oid(), b.attributes(), false, b.version()));

        assertThat(duplicates.find(CALLER, 70)).isEmpty();
        assertThat(withPhone.version()).isEqualTo(2);
    }

    @Test
    void aDismissedPairShowsAgainWhenAnIdentityChanges() {
        Patient a = create("DUPONT", "Marie", "1980-03-12");
        Patient b = create("DUPOND", "Marie", "1980-03-12");
        duplicates.dismiss(CALLER, b.id(), b.version(), a.id(), a.version());

        registry.update(CALLER, new Patient(b.id(), "DUPONTE", b.usedName(), b.firstNames(), b.sex(), b.birthDate(),
                b.birthPlaceCode(), b.contact(), b.identityStatus(), b.matricule(), b.oid(), b.attributes(), false,
                b.version()));

        assertThat(duplicates.find(CALLER, 70)).hasSize(1);
    }

    @Test
    void dismissingIsAuditedForBothPatients() {
        Patient a = create("DUPONT", "Marie", "1980-03-12");
        Patient b = create("DUPOND", "Marie", "1980-03-12");
        audit.clear();

        duplicates.dismiss(CALLER, a.id(), a.version(), b.id(), b.version());

        assertThat(audit.events()).extracting(AuditEvent::action, AuditEvent::patientId).containsExactly(
                tuple(AuditAction.DUPLICATE_DISMISS, a.id()), tuple(AuditAction.DUPLICATE_DISMISS, b.id()));
    }

    @Test
    void dismissingWhatChangedMeanwhileIsCore0006() {
        Patient a = create("DUPONT", "Marie", "1980-03-12");
        Patient b = create("DUPOND", "Marie", "1980-03-12");
        registry.update(CALLER, reload(b));

        assertThatThrownBy(() -> duplicates.dismiss(CALLER, a.id(), a.version(), b.id(), b.version()))
                .satisfies(e -> assertCode(e, "CORE-0006"));
        assertThat(duplicates.find(CALLER, 70)).hasSize(1);
    }

    @Test
    void dismissingAPatientAgainstItselfIsPat0010() {
        Patient a = create("DUPONT", "Marie", "1980-03-12");

        assertThatThrownBy(() -> duplicates.dismiss(CALLER, a.id(), a.version(), a.id(), a.version()))
                .satisfies(e -> assertCode(e, "PAT-0010"));
    }

    // --- merge --------------------------------------------------------------------------------------------------

    @Test
    void mergeRetiresTheOtherRecordKeepingItAndPointingToTheSurvivor() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPOND", "Marie", "1980-03-12");

        duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(), retired.version());

        Patient after = reload(retired);
        assertThat(after.archived()).isTrue();
        assertThat(after.birthName()).isEqualTo("DUPOND");
        assertThat(mergedInto(retired)).isEqualTo(survivor.id().toString());
        assertThat(searchIds("dupond")).isEmpty();
        assertThat(duplicates.find(CALLER, 70)).isEmpty();
    }

    @Test
    void mergeFillsOnlyTheSurvivorsEmptyContactFieldsAndNeverItsIdentity() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12",
                new Contact("06 00 00 00 01", null, null, null, "Rennes"));
        Patient retired = create("DUPOND", "Marie Claire", "1980-03-12",
                new Contact("06 00 00 00 02", "marie@example.org", "1 rue des Lilas", "35000", "Rennes"));

        MergeRecord merge = duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version());

        Patient after = reload(survivor);
        assertThat(after.contact()).isEqualTo(new Contact("06 00 00 00 01", "marie@example.org", null, null, "Rennes"));
        assertThat(merge.filledFields()).containsExactly(PatientField.EMAIL);
        assertThat(PatientField.differences(survivor, after)).containsExactly(PatientField.EMAIL);
        assertThat(after.version()).isEqualTo(survivor.version() + 1);
    }

    @Test
    void anEmptyAddressIsFilledWhole() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPONT", "Marie", "1980-03-12",
                new Contact(null, null, "1 rue des Lilas", "35000", "Rennes"));

        duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(), retired.version());

        assertThat(reload(survivor).contact()).isEqualTo(new Contact(null, null, "1 rue des Lilas", "35000", "Rennes"));
    }

    @Test
    void mergeIsAuditedForBothPatientsWithTheMergeId() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPOND", "Marie", "1980-03-12");
        audit.clear();

        MergeRecord merge = duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version());

        assertThat(audit.events()).extracting(AuditEvent::action, AuditEvent::patientId).containsExactly(
                tuple(AuditAction.MERGE, survivor.id()), tuple(AuditAction.MERGE, retired.id()));
        assertThat(audit.events()).allSatisfy(event -> {
            assertThat(event.detail()).contains(merge.id().toString()).doesNotContain("DUPON");
            assertThat(event.caller()).isEqualTo(CALLER);
        });
    }

    @Test
    void theHistoryKeepsBothRecordsAsTheyWereBeforeTheMerge() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPOND", "Marie", "1980-03-12",
                new Contact("06 00 00 00 02", "marie@example.org", null, null, null));

        MergeRecord merge = duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version());

        assertThat(duplicates.merges(CALLER, 10)).singleElement().satisfies(stored -> {
            assertThat(stored.id()).isEqualTo(merge.id());
            assertThat(stored.survivorBefore()).isEqualTo(survivor);
            assertThat(stored.retiredBefore()).isEqualTo(retired);
            assertThat(stored.filledFields()).containsExactly(PatientField.PHONE, PatientField.EMAIL);
            assertThat(stored.mergedBy()).isEqualTo(CALLER.userId());
            assertThat(stored.undone()).isFalse();
        });
    }

    @Test
    void theHistoryListsTheNewestMergeFirst() {
        Patient a = create("DUPONT", "Marie", "1980-03-12");
        Patient b = create("DUPOND", "Marie", "1980-03-12");
        Patient c = create("LEROY", "Paul", "1990-01-01");
        Patient d = create("LEROI", "Paul", "1990-01-01");
        MergeRecord older = duplicates.merge(CALLER, a.id(), a.version(), b.id(), b.version());
        clock.advance(Duration.ofMinutes(1));
        MergeRecord newer = duplicates.merge(CALLER, c.id(), c.version(), d.id(), d.version());

        assertThat(duplicates.merges(CALLER, 10)).extracting(MergeRecord::id).containsExactly(newer.id(), older.id());
        assertThat(duplicates.merges(CALLER, 1)).extracting(MergeRecord::id).containsExactly(newer.id());
    }

    @Test
    void twoDifferentQualifiedMatriculesAreNeverMergedPat0011() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPONT", "Marie", "1980-03-12");
        qualify(survivor, MATRICULE, true);
        qualify(retired, OTHER_MATRICULE, true);

        assertThatThrownBy(() -> duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version())).satisfies(e -> assertCode(e, "PAT-0011"));
        assertThat(reload(retired).archived()).isFalse();
    }

    @Test
    void aQualifiedIdentityIsNotRetiredUnderAnUnqualifiedOnePat0012() {
        Patient unqualified = create("DUPONT", "Marie", "1980-03-12");
        Patient qualified = create("DUPONT", "Marie", "1980-03-12");
        qualify(qualified, MATRICULE, true);

        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> duplicates.merge(CALLER,
                unqualified.id(), unqualified.version(), qualified.id(), qualified.version()));

        assertCode(refusal, "PAT-0012");
        assertThat(((SegurException) refusal).userMessage()).contains("inversez");
        MergeRecord swapped = duplicates.merge(CALLER, qualified.id(), qualified.version(), unqualified.id(),
                unqualified.version());
        assertThat(swapped.survivorId()).isEqualTo(qualified.id());
    }

    @Test
    void mergingWithStaleVersionsIsCore0006AndChangesNothing() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPOND", "Marie", "1980-03-12", new Contact("06 00 00 00 02", null, null, null, null));
        registry.update(CALLER, reload(retired));

        assertThatThrownBy(() -> duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version())).satisfies(e -> assertCode(e, "CORE-0006"));
        assertThat(reload(survivor)).isEqualTo(survivor);
        assertThat(reload(retired).archived()).isFalse();
        assertThat(duplicates.merges(CALLER, 10)).isEmpty();
    }

    @Test
    void mergingAnArchivedRecordIsPat0013() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPOND", "Marie", "1980-03-12");
        Patient archived = registry.archive(CALLER, retired.id(), retired.version());

        assertThatThrownBy(() -> duplicates.merge(CALLER, survivor.id(), survivor.version(), archived.id(),
                archived.version())).satisfies(e -> assertCode(e, "PAT-0013"));
    }

    @Test
    void mergingARecordWithItselfIsPat0010() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");

        assertThatThrownBy(() -> duplicates.merge(CALLER, survivor.id(), survivor.version(), survivor.id(),
                survivor.version())).satisfies(e -> assertCode(e, "PAT-0010"));
    }

    @Test
    void mergingAnUnknownPatientIsCore0007() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");

        assertThatThrownBy(() -> duplicates.merge(CALLER, survivor.id(), survivor.version(), UUID.randomUUID(), 1))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0007));
    }

    // --- unmerge ------------------------------------------------------------------------------------------------

    @Test
    void unmergeRestoresBothRecordsFromTheSnapshots() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12", new Contact("06 00 00 00 01", null, null, null, null));
        Patient retired = create("DUPOND", "Marie", "1980-03-12",
                new Contact("06 00 00 00 02", "marie@example.org", "1 rue des Lilas", "35000", "Rennes"));
        MergeRecord merge = duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version());

        MergeRecord undone = duplicates.unmerge(CALLER, merge.id());

        assertThat(undone.undone()).isTrue();
        assertThat(undone.unmergedBy()).isEqualTo(CALLER.userId());
        assertThat(reload(survivor)).isEqualTo(survivor.withVersion(survivor.version() + 2));
        assertThat(reload(retired)).isEqualTo(retired.withVersion(retired.version() + 2));
        assertThat(mergedInto(retired)).isNull();
        assertThat(searchIds("dupond")).containsExactly(retired.id());
        assertThat(duplicates.merges(CALLER, 10)).singleElement().satisfies(stored -> assertThat(stored.undone()).isTrue());
        assertThat(duplicates.find(CALLER, 70)).hasSize(1);
    }

    @Test
    void unmergeRestoresTheQualifiedMatriculeOfTheRetiredRecord() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPONT", "Marie", "1980-03-12");
        qualify(survivor, MATRICULE, true);
        qualify(retired, MATRICULE.substring(0, 13) + "99", true); // same 13 digits: one person
        MergeRecord merge = duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version());

        assertThat(qualifiedMatricule(retired)).isNull();

        duplicates.unmerge(CALLER, merge.id());

        assertThat(qualifiedMatricule(retired)).isEqualTo(MATRICULE.substring(0, 13) + "99");
        assertThat(searchIds(MATRICULE.substring(0, 13))).contains(retired.id());
        assertThat(reload(retired).archived()).isFalse();
    }

    @Test
    void unmergeIsAuditedForBothPatients() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPOND", "Marie", "1980-03-12");
        MergeRecord merge = duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version());
        audit.clear();

        duplicates.unmerge(CALLER, merge.id());

        assertThat(audit.events()).extracting(AuditEvent::action, AuditEvent::patientId).containsExactly(
                tuple(AuditAction.UNMERGE, survivor.id()), tuple(AuditAction.UNMERGE, retired.id()));
    }

    @Test
    void unmergeAfterTheSurvivorWasEditedIsRefusedNamingWhatChangedPat0016() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPOND", "Marie", "1980-03-12", new Contact(null, "marie@example.org", null, null, null));
        MergeRecord merge = duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version());
        Patient merged = reload(survivor);
        Patient edited = registry.update(CALLER, new Patient(merged.id(), merged.birthName(), merged.usedName(),
                merged.firstNames(), merged.sex(), merged.birthDate(), merged.birthPlaceCode(),
                new Contact("06 00 00 00 09", "marie@example.org", null, null, null), merged.identityStatus(),
                merged.matricule(), merged.oid(), merged.attributes(), false, merged.version()));

        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> duplicates.unmerge(CALLER, merge.id()));

        assertCode(refusal, "PAT-0016");
        assertThat(((SegurException) refusal).userMessage()).contains("téléphone").doesNotContain("e-mail");
        assertThat(reload(survivor)).isEqualTo(edited);
        assertThat(reload(retired).archived()).isTrue();
        assertThat(duplicates.merges(CALLER, 10).get(0).undone()).isFalse();
    }

    @Test
    void unmergeAfterTheSurvivorWasMergedAgainIsRefusedPat0016() {
        Patient a = create("DUPONT", "Marie", "1980-03-12");
        Patient b = create("DUPOND", "Marie", "1980-03-12");
        Patient c = create("DUPONTE", "Marie", "1980-03-12");
        MergeRecord first = duplicates.merge(CALLER, b.id(), b.version(), c.id(), c.version());
        Patient bAfter = reload(b);
        duplicates.merge(CALLER, a.id(), a.version(), bAfter.id(), bAfter.version());

        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> duplicates.unmerge(CALLER, first.id()));

        assertCode(refusal, "PAT-0016");
        assertThat(((SegurException) refusal).userMessage()).contains("archivage ou nouvelle fusion");
    }

    @Test
    void unmergeAfterTheRetiredRecordWasEditedIsPat0017() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPOND", "Marie", "1980-03-12");
        MergeRecord merge = duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version());
        Patient archived = reload(retired);
        registry.update(CALLER, new Patient(archived.id(), "DUPONDE", archived.usedName(), archived.firstNames(),
                archived.sex(), archived.birthDate(), archived.birthPlaceCode(), archived.contact(),
                archived.identityStatus(), archived.matricule(), archived.oid(), archived.attributes(), true,
                archived.version()));

        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> duplicates.unmerge(CALLER, merge.id()));

        assertCode(refusal, "PAT-0017");
        assertThat(((SegurException) refusal).userMessage()).contains("nom de naissance");
    }

    @Test
    void unmergingTwiceIsPat0015() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPOND", "Marie", "1980-03-12");
        MergeRecord merge = duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version());
        duplicates.unmerge(CALLER, merge.id());

        assertThatThrownBy(() -> duplicates.unmerge(CALLER, merge.id())).satisfies(e -> assertCode(e, "PAT-0015"));
    }

    @Test
    void unmergingAnUnknownMergeIsPat0014() {
        assertThatThrownBy(() -> duplicates.unmerge(CALLER, UUID.randomUUID()))
                .satisfies(e -> assertCode(e, "PAT-0014"));
    }

    /**
     * Defensive: the merge rules keep a qualified identity from being retired under an unqualified one, so only a
     * manual correction or a restored backup gets here; then the unmerge must fail cleanly and lose nothing.
     */
    @Test
    void unmergeThatWouldGiveAQualifiedMatriculeToTwoActivePatientsIsPat0018AndLosesNothing() {
        Patient survivor = create("DUPONT", "Marie", "1980-03-12");
        Patient retired = create("DUPOND", "Marie", "1980-03-12", new Contact("06 00 00 00 02", null, null, null, null));
        MergeRecord merge = duplicates.merge(CALLER, survivor.id(), survivor.version(), retired.id(),
                retired.version());
        qualify(retired, MATRICULE, false); // archived: no entry in the unique column
        Patient holder = create("DURAND", "Lucie", "1975-01-01");
        qualify(holder, MATRICULE, true);
        Patient survivorMerged = reload(survivor);
        Patient retiredArchived = reload(retired);

        assertThatThrownBy(() -> duplicates.unmerge(CALLER, merge.id())).satisfies(e -> assertCode(e, "PAT-0018"));

        assertThat(reload(survivor)).isEqualTo(survivorMerged);
        assertThat(survivorMerged.contact().phone()).isEqualTo("06 00 00 00 02");
        assertThat(reload(retired)).isEqualTo(retiredArchived);
        assertThat(mergedInto(retired)).isEqualTo(survivor.id().toString());
        assertThat(duplicates.merges(CALLER, 10).get(0).undone()).isFalse();
    }
}

package fr.galien.core.drug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.testsupport.MigratedTestDatabase;
import fr.galien.core.testsupport.RecordingAuditTrail;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcDrugCatalogueTest {

    private static final Caller OWNER = Caller.localAccount("t1", "Claire Titulaire", Role.PHARMACIEN_TITULAIRE,
            "poste-test");
    private static final Caller PREPARER = Caller.localAccount("p1", "Léo Fictif", Role.PREPARATEUR, "poste-test");

    @TempDir
    Path dir;

    private MigratedTestDatabase db;
    private RecordingAuditTrail audit;
    private JdbcDrugCatalogue catalogue;

    @BeforeEach
    void open() {
        db = MigratedTestDatabase.inMemory();
        audit = new RecordingAuditTrail();
        catalogue = new JdbcDrugCatalogue(db, audit, Clock.systemUTC(), () -> {
            throw new AssertionError("the bundled catalogue must not be read when a catalogue is imported");
        });
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private ImportReport importFixture(BdpmFixture fixture) throws IOException {
        // Windows-1252: the ANSM's Latin-1 plus the Œ of « ŒNOTHÈRE ».
        return catalogue.importDirectory(OWNER, fixture.write(dir.resolve("bdpm-" + System.nanoTime()),
                java.nio.charset.Charset.forName("windows-1252")));
    }

    @Test
    void importStoresMedicinesPresentationsGroupsAndConditions() throws Exception {
        ImportReport report = importFixture(new BdpmFixture());

        assertThat(report.medicines()).isEqualTo(5);
        assertThat(report.presentations()).isEqualTo(5);
        assertThat(report.medicinesAdded()).isEqualTo(5);
        assertThat(report.presentationsOrphan()).isEqualTo(1);
        assertThat(report.genericGroups()).isEqualTo(1);
        Medicine bolducine = catalogue.byCis("64444444").orElseThrow();
        assertThat(bolducine.conditions()).contains(PrescriptionCondition.LISTE_I, PrescriptionCondition.STUPEFIANT,
                PrescriptionCondition.RESERVE_HOSPITALIER, PrescriptionCondition.ORDONNANCE_SECURISEE);
        assertThat(bolducine.conditionTexts()).contains("réservé à l'usage HOSPITALIER");
        assertThat(bolducine.substances()).extracting(Substance::name)
                .containsExactly("BOLDUCINE (CHLORHYDRATE DE)", "BOLDUCINE BASE");
        assertThat(bolducine.presentations().get(0).price()).isEqualByComparingTo("12.50");
        assertThat(catalogue.byCip13("3400930000038").orElseThrow().cis()).isEqualTo("62222222");
        assertThat(catalogue.byCip7("3000001").orElseThrow().cis()).isEqualTo("61111111");
        assertThat(catalogue.byCode("03400930000038").orElseThrow().cis()).isEqualTo("62222222");
        assertThat(catalogue.byCip13("3400930000052")).as("orphan box: no medicine").isEmpty();
        assertThat(audit.events()).anySatisfy(event -> assertThat(event.detail()).contains("5 médicaments"));
    }

    @Test
    void theGenericGroupIsOneCallAwayPrincepsFirstKnownMembersOnly() throws Exception {
        importFixture(new BdpmFixture());

        GenericGroup group = catalogue.genericGroupOf("62222222").orElseThrow();

        assertThat(group.id()).isEqualTo("77");
        assertThat(group.members()).extracting(GenericGroup.Member::cis)
                .containsExactly("61111111", "62222222", "63333333");
        assertThat(group.members().get(0).type()).isEqualTo(GenericType.PRINCEPS);
        assertThat(catalogue.byCis("62222222").orElseThrow().genericGroup().orElseThrow().type())
                .isEqualTo(GenericType.GENERIQUE);
        assertThat(catalogue.genericGroupOf("64444444")).isEmpty();
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesWordPrefixesAndSubstances() throws Exception {
        importFixture(new BdpmFixture());

        assertThat(names(catalogue.search("zephy", 10))).containsExactly("ZÉPHYRINE 500 mg, comprimé",
                "ZÉPHYRINE BIOGARAN 500 mg, comprimé", "ZÉPHYRINE ANCIEN 500 mg, comprimé");
        assertThat(names(catalogue.search("ZÉPHYRINE bio", 10))).containsExactly(
                "ZÉPHYRINE BIOGARAN 500 mg, comprimé");
        assertThat(names(catalogue.search("oenoth", 10))).containsExactly("ŒNOTHÈRE ÉPICÉE, gélule");
        assertThat(names(catalogue.search("onagre", 10))).as("by substance").containsExactly(
                "ŒNOTHÈRE ÉPICÉE, gélule");
        assertThat(names(catalogue.search("chlorhydrate", 10))).containsExactly(
                "BOLDUCINE 10 mg/ml, solution injectable");
        assertThat(catalogue.search("inexistant", 10)).isEmpty();
        assertThat(catalogue.search("   ", 10)).isEmpty();
        assertThat(catalogue.search("zephy", 1)).hasSize(1);
    }

    @Test
    void searchFindsCodesAndTheirBeginnings() throws Exception {
        importFixture(new BdpmFixture());

        assertThat(catalogue.search("3400930000045", 5)).extracting(Medicine::cis).containsExactly("64444444");
        assertThat(catalogue.search("64444444", 5)).extracting(Medicine::cis).containsExactly("64444444");
        assertThat(catalogue.search("3000003", 5)).extracting(Medicine::cis).containsExactly("62222222");
        assertThat(catalogue.search("340093000", 10)).hasSize(3);
    }

    @Test
    void commercialisedMedicinesComeFirstThenNamesStartingWithTheWord() throws Exception {
        importFixture(new BdpmFixture());

        List<Medicine> found = catalogue.search("500", 10);

        assertThat(found).extracting(Medicine::commercialised).containsExactly(true, true, false);
        assertThat(found.get(found.size() - 1).cis()).isEqualTo("63333333");
    }

    @Test
    void reimportUpdatesInPlaceAndMarksAbsentOnesWithdrawnWithoutDeleting() throws Exception {
        importFixture(new BdpmFixture());
        Medicine before = catalogue.byCis("61111111").orElseThrow();

        BdpmFixture next = new BdpmFixture()
                .set(BdpmDirectory.MEDICINES, 1, "61111111\tZÉPHYRINE 500 mg, comprimé pelliculé\tcomprimé pelliculé"
                        + "\torale\tAutorisation active\tProcédure nationale\tCommercialisée\t12/03/1998\t\t\t LABO\tNon")
                .remove(BdpmDirectory.MEDICINES, 5)
                .remove(BdpmDirectory.PRESENTATIONS, 2);
        ImportReport report = importFixture(next);

        assertThat(report.medicinesUpdated()).isEqualTo(4);
        assertThat(report.medicinesAdded()).isZero();
        assertThat(report.medicinesWithdrawn()).isEqualTo(1);
        assertThat(report.presentationsWithdrawn()).isEqualTo(1);
        Medicine after = catalogue.byCis("61111111").orElseThrow();
        assertThat(after.name()).isEqualTo("ZÉPHYRINE 500 mg, comprimé pelliculé");
        assertThat(after.presentation("3400930000021").orElseThrow().withdrawn()).isTrue();
        Medicine gone = catalogue.byCis("65555555").orElseThrow();
        assertThat(gone.withdrawn()).isTrue();
        assertThat(gone.commercialised()).isFalse();
        assertThat(catalogue.search("oenothere", 5)).extracting(Medicine::cis).containsExactly("65555555");
        assertThat(count("SELECT COUNT(*) FROM drug_medicine")).isEqualTo(5);
        assertThat(before.cis()).isEqualTo(after.cis());

        // Back in a later export: no longer withdrawn.
        importFixture(new BdpmFixture());
        assertThat(catalogue.byCis("65555555").orElseThrow().withdrawn()).isFalse();
    }

    @Test
    void aBrokenLineImportsNothingAndKeepsTheCatalogue() throws Exception {
        importFixture(new BdpmFixture());
        BdpmFixture broken = new BdpmFixture()
                .set(BdpmDirectory.MEDICINES, 1, "61111111\tRENOMMÉ\tcomprimé\torale\tAutorisation active\tx"
                        + "\tCommercialisée\t\t\t\tLABO\tNon")
                .set(BdpmDirectory.CONDITIONS, 4, "6444444\tstupéfiants");

        assertThatThrownBy(() -> importFixture(broken)).isInstanceOf(SegurException.class)
                .hasMessageContaining("CIS_CPD_bdpm.txt, ligne 4").hasMessageContaining("« 6444444 »");

        assertThat(catalogue.byCis("61111111").orElseThrow().name()).isEqualTo("ZÉPHYRINE 500 mg, comprimé");
        assertThat(count("SELECT COUNT(*) FROM drug_medicine WHERE name = 'RENOMMÉ'")).isZero();
    }

    @Test
    void aBrokenLineOnAnEmptyDatabaseLeavesItEmpty() throws Exception {
        BdpmFixture broken = new BdpmFixture().set(BdpmDirectory.GENERICS, 3, "77\tZ\t63333333\tx\t3\t");

        assertThatThrownBy(() -> importFixture(broken)).hasMessageContaining("CIS_GENER_bdpm.txt, ligne 3");

        assertThat(count("SELECT COUNT(*) FROM drug_medicine")).isZero();
        assertThat(count("SELECT COUNT(*) FROM drug_catalogue")).isZero();
    }

    @Test
    void onlyWhoManagesTheSettingsMayImport() throws Exception {
        Path bdpm = new BdpmFixture().write(dir.resolve("bdpm"), BdpmFixture.LATIN_1);

        assertThatThrownBy(() -> catalogue.importDirectory(PREPARER, bdpm)).isInstanceOf(SegurException.class)
                .hasMessageContaining("SEC-");
        assertThat(count("SELECT COUNT(*) FROM drug_medicine")).isZero();
    }

    @Test
    void firstStartStoresTheBundledCatalogueOnceThenReadsTheTables() throws Exception {
        BdpmData data = BdpmDirectory.read(new BdpmFixture().write(dir.resolve("bdpm"), StandardCharsets.UTF_8));
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        CompactCatalogue.write(data, "ANSM test", "2021-05", compact);
        int[] reads = {0};
        JdbcDrugCatalogue fresh = new JdbcDrugCatalogue(db, audit, Clock.systemUTC(), () -> {
            reads[0]++;
            return new ByteArrayInputStream(compact.toByteArray());
        });
        assertThat(fresh.status().state()).isEqualTo(CatalogueStatus.State.EMPTY);

        CatalogueStatus status = fresh.ensureLoaded();

        assertThat(status.state()).isEqualTo(CatalogueStatus.State.READY);
        assertThat(status.medicines()).isEqualTo(5);
        assertThat(status.source()).contains("2021-05");
        assertThat(fresh.search("bolduc", 5)).hasSize(1);
        JdbcDrugCatalogue restarted = new JdbcDrugCatalogue(db, audit, Clock.systemUTC(), () -> {
            reads[0]++;
            return new ByteArrayInputStream(compact.toByteArray());
        });
        assertThat(restarted.byCis("64444444")).isPresent();
        assertThat(reads[0]).isEqualTo(1);
    }

    @Test
    void aCodeThatIsNoDrugCodeIsRefused() throws Exception {
        importFixture(new BdpmFixture());

        assertThatThrownBy(() -> catalogue.byCode("12345")).hasMessageContaining("DRG-0009");
        assertThatThrownBy(() -> catalogue.byCode("DOLI")).hasMessageContaining("DRG-0009");
        assertThat(catalogue.byCode("12345678")).isEmpty();
    }

    private static List<String> names(List<Medicine> medicines) {
        return medicines.stream().map(Medicine::name).toList();
    }

    private int count(String sql) throws Exception {
        try (Connection connection = db.open(); PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

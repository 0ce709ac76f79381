package fr.galien.core.drug;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.testsupport.MigratedTestDatabase;
import fr.galien.core.testsupport.RecordingAuditTrail;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The real ANSM files, when {@code ../shared} is beside the project (skipped otherwise). */
class RealBdpmImportTest {

    @Test
    void theRealBdpmImportsAndIsSearchable() throws Exception {
        Path bdpm = BdpmFixture.realBdpmOrSkip();
        try (MigratedTestDatabase db = MigratedTestDatabase.inMemory()) {
            JdbcDrugCatalogue catalogue = new JdbcDrugCatalogue(db, new RecordingAuditTrail(), Clock.systemUTC());

            ImportReport report = catalogue.importDirectory(Caller.localAccount("t1", "Claire Titulaire",
                    Role.PHARMACIEN_TITULAIRE, "poste-test"), bdpm);

            assertThat(report.medicines()).isEqualTo(15_112);
            assertThat(report.presentations()).isEqualTo(20_567);
            assertThat(report.presentationsOrphan()).isEqualTo(6);
            Medicine doliprane = catalogue.search("doliprane 1000 comp", 5).get(0);
            assertThat(doliprane.name()).isEqualTo("DOLIPRANE 1000 mg, comprimé");
            assertThat(catalogue.byCip13("3400935955838").orElseThrow().cis()).isEqualTo(doliprane.cis());
            assertThat(catalogue.byCis("60002283").orElseThrow().conditions())
                    .contains(PrescriptionCondition.LISTE_I);
            GenericGroup anastrozole = catalogue.genericGroupOf("60002283").orElseThrow();
            assertThat(anastrozole.members().get(0).name()).startsWith("ARIMIDEX");
            assertThat(catalogue.search("parac", 20)).allSatisfy(m -> assertThat(m.commercialised()).isTrue());
        }
    }
}

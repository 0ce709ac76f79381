package fr.galien.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.galien.core.geo.BirthPlace.Kind;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Birth places by name, over the compact COG copy Galien carries (built by {@code galien cog build}). */
class BirthPlacesTest {

    private final BirthPlaces places = BirthPlaces.shared();

    @Test
    void theCopyHoldsEveryCommuneOldCommuneArrondissementAndCountry() {
        assertThat(places.size()).isGreaterThan(37_000);
    }

    @ParameterizedTest
    @CsvSource({"rennes, 35238, Rennes (35)",
            "st malo, 35288, Saint-Malo (35)",
            "ajaccio, 2A004, Ajaccio (2A)",
            "espagne, 99134, Espagne (étranger)",
            "maroc, 99350, Maroc (étranger)"})
    void aNameFindsItsPlaceFirstWithItsCodeAndDepartment(String typed, String code, String label) {
        BirthPlace first = places.search(typed, 10).get(0);
        assertThat(first.code()).isEqualTo(code);
        assertThat(first.label()).isEqualTo(label);
    }

    @Test
    void anOldCommuneIsFoundByItsOldNameWithItsOwnCode() {
        List<BirthPlace> found = places.search("Arbignieu", 5);
        assertThat(found).first().satisfies(place -> {
            assertThat(place.kind()).isEqualTo(Kind.OLD_COMMUNE);
            assertThat(place.code()).isEqualTo("01015");
            assertThat(place.label()).isEqualTo("Arbignieu (01), ancienne commune, aujourd'hui Arboys en Bugey");
        });
    }

    @Test
    void accentsCaseHyphensAndArticlesDoNotMatter() {
        assertThat(places.search("abergement clemenciat", 3)).extracting(BirthPlace::code).contains("01001");
        assertThat(places.search("L'ABERGEMENT-CLÉMENCIAT", 3)).extracting(BirthPlace::code).first()
                .isEqualTo("01001");
    }

    @Test
    void aCountryIsAlsoFoundByItsOfficialOrOldName() {
        assertThat(places.search("royaume du danemark", 3)).extracting(BirthPlace::code).contains("99101");
    }

    @Test
    void aTypedCodeFindsItsPlaceAndTheCommuneInForceWinsOverAnOldOneSharingIt() {
        assertThat(places.search("35238", 5)).extracting(BirthPlace::name).containsExactly("Rennes");
        assertThat(places.search("2a004", 5)).extracting(BirthPlace::name).containsExactly("Ajaccio");
        assertThat(places.byCode("01015")).get().extracting(BirthPlace::kind).isEqualTo(Kind.COMMUNE);
        assertThat(places.byCode("00000")).isEmpty();
    }

    @Test
    void theListIsBoundedAndExactNamesComeFirst() {
        List<BirthPlace> found = places.search("paris", 8);
        assertThat(found).hasSizeLessThanOrEqualTo(8);
        assertThat(found.get(0).code()).isEqualTo("75056");
        assertThat(places.search("", 8)).isEmpty();
        assertThat(places.search("zzzzqqq", 8)).isEmpty();
    }

    @Test
    void theCommittedCopyIsWhatTheBuilderMakesFromTheOfficialFiles() throws Exception {
        Path official = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("data/cog");
        assumeTrue(Files.isRegularFile(official.resolve(CogBuilder.COMMUNES)),
                "../shared/data/cog absent: the rebuild check is skipped");
        byte[] rebuilt = CogBuilder.build(official);
        byte[] committed;
        try (InputStream in = BirthPlaces.class.getResourceAsStream(BirthPlaces.RESOURCE)) {
            committed = in.readAllBytes();
        }
        assertThat(rebuilt).as("galien cog build gives the committed bytes").isEqualTo(committed);
    }
}

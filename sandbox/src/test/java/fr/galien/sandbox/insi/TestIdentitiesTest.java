package fr.galien.sandbox.insi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The identity base holds exactly the values the demo data and the app reuse (issue 4, specs §2.4). */
class TestIdentitiesTest {

    private static final Pattern MATRICULE = Pattern.compile("\\d{6}[A-Za-z0-9]\\d{6}");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ADRUN_ZOE, ADRUN, ZOE, F, 1975-12-31, 63220, 275126322074974",
        "ECETINSI_PIERRE_ALAIN, ECETINSI, PIERRE-ALAIN MURIEL FLORIANT, M, 2009-07-14, 63220, 109076322083489",
        "CORSE_ANTHONY, CORSE, ANTHONY, M, 1980-03-02, 2B020, 180032B02040123",
        "ADRTROIS_DOMINIQUE, ADRTROIS, DOMINIQUE, F, 1997-02-26, 2A020, 297022A02077878",
        "ADRTROIS_TOUSSAINT, ADRTROIS, TOUSSAINT, M, 1960-01-01, 2B020, 160012B02077713",
        "NESSI_MICHELANGELO, NESSI, MICHELANGELO, M, 2010-08-07, 63220, 110086322083060",
        "TCHITCHI_CATARINA, TCHITCHI, CATARINA BELLA, F, 1936-06-21, 63220, 236066322083656",
        "HERMANN_GATIEN, HERMANN, GATIEN, M, 1981-03-24, 63220, 181036322045660",
        "PROVISOIRE_MATRICULE, PROVISOIRE, MATRICULE, M, 2009-07-01, 63220, 109076322088835",
        "GARCIA_ESSAI_LUCIA, GARCIA-ESSAI, LUCIA, F, 1985-04-12, 99134, 285049913401255",
        "HOMONYME_CLAUDE_PARIS, HOMONYME, CLAUDE, F, 1950-05-05, 75056, 250057505610129",
        "HOMONYME_CLAUDE_LYON, HOMONYME, CLAUDE, F, 1950-05-05, 69123, 250056912310223",
    })
    void holdsTheIdentityTheDemoReusesByValue(String id, String birthName, String firstNames, String sex,
            String birthDate, String birthPlace, String matricule15) {
        TestIdentity identity = TestIdentities.byId(id).orElseThrow();

        assertThat(List.of(identity.birthName(), identity.firstNamesList(), identity.sex(), identity.birthDate(),
                identity.birthPlace(), identity.matricule15()))
                .containsExactly(birthName, firstNames, sex, birthDate, birthPlace, matricule15);
    }

    @Test
    void ecetinsiHistoryIsTheCndaOne() {
        assertThat(TestIdentities.ECETINSI_PIERRE_ALAIN.history()).extracting(h -> h.matricule() + h.key())
                .containsExactly("209076322083439", "209066322012355");
    }

    @Test
    void hermannHistoryIsTheCndaOne() {
        assertThat(TestIdentities.HERMANN_GATIEN.history()).extracting(h -> h.matricule() + h.key())
                .containsExactly("181036322045660", "281036322045610");
    }

    @Test
    void provisoireIsANia() {
        assertThat(TestIdentities.PROVISOIRE_MATRICULE.nia()).isTrue();
        assertThat(TestIdentities.all()).filteredOn(TestIdentity::nia)
                .containsExactly(TestIdentities.PROVISOIRE_MATRICULE);
    }

    @Test
    void everyKeyVerifiesExceptHermannsOnPurpose() {
        for (TestIdentity identity : TestIdentities.all()) {
            boolean verifies = Matricules.key(identity.matricule()).equals(identity.key());
            assertThat(verifies).as(identity.id()).isEqualTo(identity != TestIdentities.HERMANN_GATIEN);
        }
        assertThat(Matricules.key("1810363220456")).isEqualTo("76");
    }

    @Test
    void keyCountsCorsicanDepartmentsAs19And18() {
        assertThat(Matricules.key("297022A020778")).isEqualTo("78");
        assertThat(Matricules.key("180032B020401")).isEqualTo("23");
        assertThat(Matricules.key("2790351215189")).isEqualTo("89");
    }

    @Test
    void matriculesHaveTheResultSchemaForm() {
        for (TestIdentity identity : TestIdentities.all()) {
            assertThat(identity.matricule()).as(identity.id()).matches(MATRICULE);
            assertThat(identity.key()).as(identity.id()).matches("\\d{2}");
            identity.history().forEach(h -> assertThat(h.matricule()).matches(MATRICULE));
        }
    }

    @Test
    void activeMatriculesAreDistinct() {
        Set<String> seen = new HashSet<>();
        TestIdentities.all().forEach(identity -> assertThat(seen.add(identity.matricule())).as(identity.id())
                .isTrue());
    }

    @Test
    void nessiIsOnAParentsCardWithoutHisOwnNumber() {
        VitaleCard card = TestIdentities.NESSI_MICHELANGELO.card();

        assertThat(card.individualMatricule()).isNull();
        assertThat(card.openingRightsMatricule()).isNotEqualTo(TestIdentities.NESSI_MICHELANGELO.matricule15())
                .hasSize(15);
        assertThat(Matricules.key(card.openingRightsMatricule().substring(0, 13)))
                .isEqualTo(card.openingRightsMatricule().substring(13));
        assertThat(card.birthRank()).isEqualTo("1");
    }

    @Test
    void oneIdentityIsDeceased() {
        assertThat(TestIdentities.all()).filteredOn(TestIdentity::deceased)
                .containsExactly(TestIdentities.DEFUNTE_JEANNE);
    }

    @Test
    void houillesIsNotInTheBase() {
        assertThat(TestIdentities.all()).noneMatch(i -> i.birthName().equals(TestIdentities.UNKNOWN_BIRTH_NAME));
    }

    @Test
    void everyIdentityIsFoundByItsOwnTraits() {
        IdentityBase base = new IdentityBase(TestIdentities.all());
        for (TestIdentity identity : TestIdentities.all()) {
            TraitsQuery query = new TraitsQuery(identity.birthName(), List.of(identity.firstName()), identity.sex(),
                    identity.birthDate(), identity.birthPlace());
            assertThat(base.search(query)).as(identity.id()).containsExactly(identity);
        }
    }
}

package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.SegurException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed matricules: each rule gives its own reason (specs §2.2); the CNDA vectors of specs §2.4. */
class MatriculesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "ADRUN ZOE, 275126322074974",
            "ECETINSI PIERRE-ALAIN, 109076322083489",
            "ECETINSI INSHISTO 1, 209076322083439",
            "ECETINSI INSHISTO 2, 209066322012355",
            "CORSE ANTHONY (2B), 180032B02040123",
            "ADRTROIS DOMINIQUE (2A), 297022A02077878",
            "ADRTROIS TOUSSAINT (2B), 160012B02077713",
            "NESSI MICHELANGELO, 110086322083060",
            "TCHITCHI CATARINA, 236066322083656",
            "PROVISOIRE MATRICULE (NIA), 109076322088835",
            "PAT-TROIS DOMINIQUE, 279035121518989"})
    void cndaTestIdentitiesVerify(String who, String matricule) {
        MatriculeCheck check = Matricules.check(matricule);
        assertThat(check.valid()).as(check.reason()).isTrue();
        assertThat(Matricules.keyVerifies(matricule)).isTrue();
    }

    @ParameterizedTest(name = "{0}: key should be {2}")
    @CsvSource({
            "HERMANN GATIEN, 181036322045660, 76",
            "HERMANN INSHISTO, 281036322045610, 26"})
    void hermannKeyDoesNotVerifyAndTheReasonGivesTheRightKey(String who, String matricule, String expected) {
        MatriculeCheck check = Matricules.check(matricule);

        assertThat(check.error()).isEqualTo(InsError.INS_0011);
        assertThat(check.reason()).contains("la clé devrait être " + expected);
        assertThat(Matricules.keyVerifies(matricule)).isFalse();
        assertThat(Matricules.hasInsStructure(matricule)).as("still storable when INSi returns it").isTrue();
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "''                  | INS_0001",
            "'   '               | INS_0001",
            "2751263220749       | INS_0003",
            "27512632207497      | INS_0002",
            "2751263220749744    | INS_0002",
            "27512632207497A     | INS_0004",
            "2751A632207497      | INS_0002",
            "27512A3220749744    | INS_0002",
            "2751263A2074974     | INS_0004",
            "27512632A074974     | INS_0004",
            "275122C22074974     | INS_0004",
            "375126322074974     | INS_0005",
            "075126322074974     | INS_0005",
            "775126322074974     | INS_0006",
            "875126322074974     | INS_0006",
            "275006322074974     | INS_0007",
            "275136322074974     | INS_0007",
            "275196322074974     | INS_0007",
            "275436322074974     | INS_0007",
            "275496322074974     | INS_0007",
            "275120022074974     | INS_0008",
            "275129622074974     | INS_0008",
            "275126300074974     | INS_0009",
            "275129900074974     | INS_0009",
            "275129710074974     | INS_0009",
            "275126322000074     | INS_0010",
            "275126322074975     | INS_0011"})
    void eachBrokenRuleHasItsOwnReason(String typed, InsError expected) {
        MatriculeCheck check = Matricules.check(typed);

        assertThat(check.error()).isEqualTo(expected);
        assertThat(check.code()).isEqualTo(expected.code());
        assertThat(check.reason()).isNotBlank();
    }

    @Test
    void lettersReasonNamesThePosition() {
        assertThat(Matricules.check("2751263A2074974").reason()).contains("position 8");
    }

    @Test
    void wrongLengthReasonSaysHowManyWereTyped() {
        assertThat(Matricules.check("27512632207497").reason()).contains("14 saisis");
    }

    @Test
    void spacesBetweenGroupsAndLowerCaseCorsicaAreAccepted() {
        MatriculeCheck check = Matricules.check(" 1 80 03 2b 020 401 23 ");

        assertThat(check.valid()).isTrue();
        assertThat(check.matricule()).isEqualTo("180032B02040123");
    }

    @Test
    void pseudoMonthsAndOverseasAndAbroadAreAccepted() {
        assertThat(Matricules.check(Matricules.withKey("1752063220749")).valid()).isTrue(); // pseudo-month 20
        assertThat(Matricules.check(Matricules.withKey("1754263220749")).valid()).isTrue(); // 42
        assertThat(Matricules.check(Matricules.withKey("1759963220749")).valid()).isTrue(); // 99
        assertThat(Matricules.check(Matricules.withKey("2850497411012")).valid()).isTrue(); // La Réunion 974, commune 11
        assertThat(Matricules.check(Matricules.withKey("2850499134012")).valid()).isTrue(); // born in Spain (99134)
        assertThat(Matricules.check(Matricules.withKey("1500120004001")).valid()).isTrue(); // Corsica before 1976: 20
    }

    @Test
    void corsicaCountsAs19And18ForTheKey() {
        assertThat(Matricules.key("180032B020401")).isEqualTo(23).isEqualTo(Matricules.key("1800318020401"));
        assertThat(Matricules.key("297022A020778")).isEqualTo(78).isEqualTo(Matricules.key("2970219020778"));
    }

    @Test
    void garciaEssaiBornAbroadGetsAComputedKey() {
        assertThat(Matricules.withKey("2850499134012")).hasSize(15).startsWith("2850499134012");
    }

    @Test
    void orThrowGivesTheMatriculeOrTheCodedReason() {
        assertThat(Matricules.check("2 75 12 63 220 749 74").orThrow()).isEqualTo("275126322074974");
        assertThatThrownBy(() -> Matricules.check("275126322074975").orThrow())
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("INS-0011");
                    assertThat(e.userMessage()).contains("74");
                });
    }

    @Test
    void keyRefusesWhatIsNotThirteenCharactersOfAMatricule() {
        assertThatThrownBy(() -> Matricules.key("27512632207")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Matricules.key("2751A63220749")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void structureAllowsLettersOnlyAsCorsicaAtPositionsSixAndSeven() {
        assertThat(Matricules.hasInsStructure("180032B02040123")).isTrue();
        assertThat(Matricules.hasInsStructure("18003B202040123")).isFalse();
        assertThat(Matricules.hasInsStructure("1800322B2040123")).isFalse();
        assertThat(Matricules.hasInsStructure(null)).isFalse();
        assertThat(Matricules.keyVerifies("garbage")).isFalse();
    }
}

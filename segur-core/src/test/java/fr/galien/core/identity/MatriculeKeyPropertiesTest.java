package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the key (issue 4 "Tests and measures"): generated valid matricules, every one-digit slip caught. */
class MatriculeKeyPropertiesTest {

    @Property
    void everyGeneratedMatriculeIsValid(@ForAll("matricules") String matricule) {
        MatriculeCheck check = Matricules.check(matricule);
        assertThat(check.valid()).as("%s: %s", matricule, check.reason()).isTrue();
    }

    @Property
    void everySingleDigitChangeIsRejected(@ForAll("matricules") String matricule,
                                          @ForAll @IntRange(min = 0, max = 14) int position,
                                          @ForAll @IntRange(min = 1, max = 9) int step) {
        char original = matricule.charAt(position);
        if (original < '0' || original > '9') {
            return; // the 'A' or 'B' of Corsica: changing it is a letter rule, covered below
        }
        char changed = (char) ('0' + (original - '0' + step) % 10);
        String slipped = matricule.substring(0, position) + changed + matricule.substring(position + 1);

        assertThat(Matricules.check(slipped).valid()).as("%s → %s", matricule, slipped).isFalse();
    }

    @Property
    void exhaustiveSlipsOfOneValidMatriculeAreAllRejected(@ForAll("matricules") String matricule) {
        for (int position = 0; position < matricule.length(); position++) {
            char original = matricule.charAt(position);
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == original || original < '0' || original > '9') {
                    continue;
                }
                String slipped = matricule.substring(0, position) + digit + matricule.substring(position + 1);
                assertThat(Matricules.check(slipped).valid()).as("%s → %s", matricule, slipped).isFalse();
            }
        }
    }

    @Property
    void corsicaAAndBAreNotInterchangeable(@ForAll("corsicans") String matricule) {
        char letter = matricule.charAt(6);
        String swapped = matricule.substring(0, 6) + (letter == 'A' ? 'B' : 'A') + matricule.substring(7);

        assertThat(Matricules.check(swapped).error()).isEqualTo(InsError.INS_0011);
    }

    @Property
    void corsicaHasTheKeyOfItsNumericalEquivalent(@ForAll("corsicans") String matricule) {
        String numeric = matricule.substring(0, 5) + (matricule.charAt(6) == 'A' ? "19" : "18")
                + matricule.substring(7, 13);

        assertThat(Matricules.key(matricule.substring(0, 13))).isEqualTo(Matricules.key(numeric));
    }

    @Property
    void aLetterAnywhereButCorsicaIsRefusedWithItsPosition(@ForAll("matricules") String matricule,
                                                          @ForAll @IntRange(min = 0, max = 14) int position) {
        if (position == 5 || position == 6) {
            return;
        }
        String withLetter = matricule.substring(0, position) + 'A' + matricule.substring(position + 1);
        MatriculeCheck check = Matricules.check(withLetter);

        assertThat(check.error()).isEqualTo(InsError.INS_0004);
        assertThat(check.args()).containsExactly(position + 1);
    }

    @Provide
    Arbitrary<String> matricules() {
        return Arbitraries.oneOf(metropolitan(), corsicans(), overseas(), abroad());
    }

    @Provide
    Arbitrary<String> corsicans() {
        return first13(Arbitraries.of("2A", "2B"), digits(3, 1, 999)).map(Matricules::withKey);
    }

    private Arbitrary<String> metropolitan() {
        return first13(Arbitraries.integers().between(1, 95).map(d -> String.format("%02d", d)), digits(3, 1, 999))
                .map(Matricules::withKey);
    }

    /** 97x/98x: the third digit belongs to the department, the commune keeps two digits. */
    private Arbitrary<String> overseas() {
        Arbitrary<String> place = Combinators.combine(Arbitraries.integers().between(0, 9), digits(2, 1, 99))
                .as((third, commune) -> third + commune);
        return first13(Arbitraries.of("97", "98"), place).map(Matricules::withKey);
    }

    private Arbitrary<String> abroad() {
        return first13(Arbitraries.just("99"), digits(3, 100, 999)).map(Matricules::withKey);
    }

    private static Arbitrary<String> first13(Arbitrary<String> department, Arbitrary<String> place) {
        Arbitrary<String> month = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(20, 42),
                Arbitraries.integers().between(50, 99)).map(m -> String.format("%02d", m));
        return Combinators.combine(Arbitraries.of("1", "2"), digits(2, 0, 99), month, department, place,
                        digits(3, 1, 999))
                .as((sex, year, m, dep, pl, order) -> sex + year + m + dep + pl + order);
    }

    private static Arbitrary<String> digits(int width, int min, int max) {
        return Arbitraries.integers().between(min, max).map(n -> String.format("%0" + width + "d", n));
    }
}

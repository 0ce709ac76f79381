package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.error.SegurException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every RNIV transition (specs §2.5), allowed and refused, as written in {@link IdentityRules}'s table. */
class IdentityRulesTest {

    /** status × INSi method → status after, or the refusal code. */
    @ParameterizedTest(name = "INSi {1} on {0} → {2}")
    @CsvSource({
            "PROVISOIRE, INSI_TRAITS, RECUPEREE",
            "PROVISOIRE, CARTE_VITALE, RECUPEREE",
            "PROVISOIRE, DATAMATRIX_INS, RECUPEREE",
            "PROVISOIRE, APCV, QUALIFIEE",
            "PROVISOIRE, SAISIE_MANUELLE, INS-0031",
            "RECUPEREE, INSI_TRAITS, RECUPEREE",
            "RECUPEREE, CARTE_VITALE, RECUPEREE",
            "RECUPEREE, DATAMATRIX_INS, RECUPEREE",
            "RECUPEREE, APCV, QUALIFIEE",
            "RECUPEREE, SAISIE_MANUELLE, INS-0031",
            "VALIDEE, INSI_TRAITS, QUALIFIEE",
            "VALIDEE, CARTE_VITALE, QUALIFIEE",
            "VALIDEE, DATAMATRIX_INS, QUALIFIEE",
            "VALIDEE, APCV, QUALIFIEE",
            "VALIDEE, SAISIE_MANUELLE, INS-0031",
            "QUALIFIEE, INSI_TRAITS, INS-0022",
            "QUALIFIEE, CARTE_VITALE, INS-0022",
            "QUALIFIEE, DATAMATRIX_INS, INS-0022",
            "QUALIFIEE, APCV, INS-0022",
            "QUALIFIEE, SAISIE_MANUELLE, INS-0031"})
    void insiAnswer(IdentityStatus from, IdentificationMethod method, String expected) {
        assertOutcome(() -> IdentityRules.afterInsi(from, method), expected);
    }

    @ParameterizedTest(name = "document {1} on {0} → {2}")
    @CsvSource({
            "PROVISOIRE, PASSEPORT, VALIDEE",
            "PROVISOIRE, CARTE_IDENTITE, VALIDEE",
            "PROVISOIRE, TITRE_SEJOUR, VALIDEE",
            "PROVISOIRE, LIVRET_FAMILLE, VALIDEE",
            "PROVISOIRE, APCV, INS-0025",
            "RECUPEREE, PASSEPORT, QUALIFIEE",
            "RECUPEREE, CARTE_IDENTITE, QUALIFIEE",
            "RECUPEREE, TITRE_SEJOUR, QUALIFIEE",
            "RECUPEREE, LIVRET_FAMILLE, QUALIFIEE",
            "RECUPEREE, APCV, INS-0025",
            "VALIDEE, PASSEPORT, INS-0023",
            "VALIDEE, CARTE_IDENTITE, INS-0023",
            "VALIDEE, APCV, INS-0025",
            "QUALIFIEE, PASSEPORT, INS-0023",
            "QUALIFIEE, TITRE_SEJOUR, INS-0023",
            "QUALIFIEE, APCV, INS-0025"})
    void documentCheck(IdentityStatus from, IdentityDocument document, String expected) {
        assertOutcome(() -> IdentityRules.afterDocument(from, document), expected);
    }

    @ParameterizedTest(name = "INS removed from {0} → {1}")
    @CsvSource({"PROVISOIRE, PROVISOIRE", "RECUPEREE, PROVISOIRE", "VALIDEE, VALIDEE", "QUALIFIEE, VALIDEE"})
    void insRemoved(IdentityStatus from, IdentityStatus expected) {
        assertThat(IdentityRules.afterInsRemoved(from)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → strict traits from INSi: {1}")
    @CsvSource({"PROVISOIRE, false", "RECUPEREE, true", "VALIDEE, false", "QUALIFIEE, true"})
    void strictTraitsAreLockedWhileTheInsIsInPlace(IdentityStatus status, boolean locked) {
        assertThat(IdentityRules.strictTraitsComeFromInsi(status)).isEqualTo(locked);
    }

    static Stream<Arguments> everyAttributeSet() {
        Stream.Builder<Arguments> sets = Stream.builder();
        IdentityAttribute[] all = IdentityAttribute.values();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            Set<IdentityAttribute> set = EnumSet.noneOf(IdentityAttribute.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(all[i]);
                }
            }
            boolean allowed = set.size() <= 1
                    || set.equals(EnumSet.of(IdentityAttribute.DOUTEUSE, IdentityAttribute.HOMONYME));
            sets.add(Arguments.of(set, allowed));
        }
        return sets.build();
    }

    @ParameterizedTest(name = "{0} allowed: {1}")
    @MethodSource("everyAttributeSet")
    void onlyDouteuseAndHomonymeCombine(Set<IdentityAttribute> attributes, boolean allowed) {
        assertThat(IdentityRules.attributesAllowed(attributes)).isEqualTo(allowed);
    }

    @Test
    void fictiveAndDouteuseBlockTheInsHomonymeDoesNot() {
        assertThat(IdentityRules.blocking(Set.of(IdentityAttribute.HOMONYME))).isEmpty();
        assertThat(IdentityRules.blocking(Set.of(IdentityAttribute.DOUTEUSE, IdentityAttribute.HOMONYME)))
                .contains(IdentityAttribute.DOUTEUSE);
        assertThat(IdentityRules.blocking(Set.of(IdentityAttribute.FICTIVE))).contains(IdentityAttribute.FICTIVE);
    }

    @ParameterizedTest(name = "born {0}, on {1}: minor {2}")
    @CsvSource({
            "2010-08-07, 2026-11-23, true",
            "2008-11-23, 2026-11-23, false",
            "2008-11-24, 2026-11-23, true",
            "2008-00-00, 2026-11-23, false",
            "2009-00-00, 2026-11-23, true",
            "1975-12-31, 2026-11-23, false"})
    void minorOnTheDay(String born, String today, boolean minor) {
        assertThat(IdentityRules.isMinor(BirthDate.parseIso(born).orElseThrow(), LocalDate.parse(today)))
                .isEqualTo(minor);
    }

    private static void assertOutcome(ThrowingStatus transition, String expected) {
        if (expected.startsWith("INS-")) {
            assertThatThrownBy(transition::get).isInstanceOfSatisfying(SegurException.class,
                    e -> assertThat(e.code()).isEqualTo(expected));
        } else {
            assertThat(transition.get()).isEqualTo(IdentityStatus.valueOf(expected));
        }
    }

    @FunctionalInterface
    private interface ThrowingStatus {
        IdentityStatus get();
    }
}

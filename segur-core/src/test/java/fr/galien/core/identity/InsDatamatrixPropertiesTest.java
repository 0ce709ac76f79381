package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated identities survive encode → parse; arbitrary scans give a coded refusal, never anything else. */
class InsDatamatrixPropertiesTest {

    @Property
    void encodeThenParseGivesTheSameIdentity(@ForAll("identities") DatamatrixIdentity identity) {
        assertThat(InsDatamatrix.parse(InsDatamatrix.encode(identity))).isEqualTo(identity);
    }

    @Property
    void encodeThenParseSurvivesADroppedGs(@ForAll("identities") DatamatrixIdentity identity) {
        assertThat(InsDatamatrix.parse(InsDatamatrix.encode(identity).replace("\u001D", ""))).isEqualTo(identity);
    }

    @Property(tries = 2000)
    void anyScanIsParsedOrRefusedWithACode(@ForAll("scans") String scanned) {
        try {
            InsDatamatrix.parse(scanned);
        } catch (SegurException refused) {
            assertThat(refused.code()).startsWith("INS-00");
        }
    }

    @Provide
    Arbitrary<DatamatrixIdentity> identities() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> name = Combinators.combine(word, Arbitraries.of(" ", "-", "'", "--"), word)
                .as((a, sep, b) -> a + sep + b);
        Arbitrary<String> matricule = Arbitraries.strings().numeric().ofLength(13)
                .map(digits -> "1" + digits.substring(1, 3) + "05" + digits.substring(5))
                .map(Matricules::withKey);
        Arbitrary<BirthDate> date = Combinators.combine(Arbitraries.integers().between(1900, 2025),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 28))
                .as((y, m, d) -> new BirthDate(y, m, m == 0 ? 0 : d));
        Arbitrary<String> place = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.strings().numeric().ofLength(5), Arbitraries.of("2A004", "2B033"));
        return Combinators.combine(matricule, Arbitraries.of(InsOid.NIR, InsOid.NIA, InsOid.NIR_TEST),
                        word.list().ofMinSize(1).ofMaxSize(4), name, Arbitraries.of(Sex.M, Sex.F), date, place)
                .as((m, oid, firstNames, birthName, sex, d, p) -> new DatamatrixIdentity(m, oid,
                        List.copyOf(firstNames), birthName, sex, d, p));
    }

    @Provide
    Arbitrary<String> scans() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("IS01S234567-.AZ '\u001D<>G").ofMaxLength(80);
        return Arbitraries.oneOf(noise, noise.map(tail -> InsDatamatrix.HEADER + tail),
                identities().map(InsDatamatrix::encode).map(text -> text.substring(0, text.length() / 2)));
    }
}

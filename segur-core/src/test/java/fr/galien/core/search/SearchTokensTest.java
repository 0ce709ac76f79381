package fr.galien.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.search.SearchTokens.QueryToken;
import fr.galien.core.testsupport.TestPatients;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokensTest {

    @Test
    void hyphenatedFirstNameGivesItsPartsAndTheJoinedForm() {
        Patient patient = TestPatients.draft("Martin", null, List.of("Jean-Pierre"), "1980-03-12");
        assertThat(SearchTokens.of(patient)).contains("jean", "pierre", "jeanpierre");
    }

    @Test
    void compoundNameIsJoinedFromEachPartToItsEnd() {
        Patient patient = TestPatients.draft("Quéméner-D'Aulnay", null, List.of("Solène"), "1962-11-03");
        assertThat(SearchTokens.of(patient)).contains("quemener", "d", "aulnay", "quemenerdaulnay", "daulnay");
    }

    @Test
    void apostropheGivesItsPartsAndTheJoinedForm() {
        Patient patient = TestPatients.draft("D'Arcy", null, List.of("Zoé"), "1980-03-12");
        assertThat(SearchTokens.of(patient)).contains("d", "arcy", "darcy", "zoe");
    }

    @Test
    void accentsCaseAndLigaturesAreRemoved() {
        Patient patient = TestPatients.draft("ŒUVRARD-LÆTITIA", null, List.of("Hélène"), "1980-03-12");
        assertThat(SearchTokens.of(patient)).contains("oeuvrard", "laetitia", "oeuvrardlaetitia", "helene");
    }

    @Test
    void birthDateAndMatriculeHaveExactTokens() {
        Patient patient = new Patient(java.util.UUID.randomUUID(), "Durand", null, List.of("Léa"),
                fr.galien.core.domain.Sex.F, fr.galien.core.domain.BirthDate.parseIso("1950-00-00").orElseThrow(),
                null, null, IdentityStatus.QUALIFIEE, "250032A01234567", "1.2.250.1.213.1.4.8", Set.of(), false, 0);
        assertThat(SearchTokens.of(patient)).contains("d19500000", "m250032a012345", "m250032a01234567");
    }

    @Test
    void markupAndEmojiSeparateWords() {
        Patient patient = TestPatients.draft("<html><b>x", null, List.of("Zoé 🌸"), "1980-03-12");
        assertThat(SearchTokens.of(patient)).contains("html", "b", "x", "zoe").allMatch(t -> t.matches("[a-z0-9]+"));
    }

    @Test
    void frenchDateWordBecomesAnExactDateToken() {
        assertThat(SearchTokens.ofQuery("12/03/1980")).containsExactly(new QueryToken("d19800312", true));
    }

    @Test
    void matriculeWordsBecomeExactTokens() {
        assertThat(SearchTokens.ofQuery("1800375123456 180037512345678"))
                .containsExactly(new QueryToken("m180037512345678", true), new QueryToken("m1800375123456", true));
    }

    @Test
    void hyphenatedQueryWordIsJoined() {
        assertThat(SearchTokens.ofQuery("Jean-Pi")).containsExactly(new QueryToken("jeanpi", false));
        assertThat(SearchTokens.ofQuery("d'ar")).containsExactly(new QueryToken("dar", false));
    }

    @Test
    void exactTokensComeFirstThenLongerPrefixes() {
        assertThat(SearchTokens.ofQuery("ma dupon 12/03/1980")).extracting(QueryToken::value)
                .containsExactly("d19800312", "dupon", "ma");
    }

    @Test
    void symbolsOnlyQueryHasNoToken() {
        assertThat(SearchTokens.ofQuery("  %_' -  ")).isEmpty();
        assertThat(SearchTokens.ofQuery(null)).isEmpty();
    }

    @Test
    void prefixRangeCoversExactlyTheWordsStartingWithIt() {
        assertThat(SearchTokens.successor("dupo")).isEqualTo("dupp");
        assertThat(SearchTokens.successor("az")).isEqualTo("b");
        assertThat(SearchTokens.successor("a9")).isEqualTo("aa");
        assertThat(SearchTokens.successor("zz")).hasSize(SearchTokens.MAX_TOKEN_LENGTH + 1);
    }

    @Test
    void exactTokenRangeHoldsOnlyItself() {
        QueryToken exact = new QueryToken("d19800312", true);
        assertThat("d19800312").isGreaterThanOrEqualTo(exact.from()).isLessThan(exact.to());
        assertThat("d198003120").isGreaterThanOrEqualTo(exact.to());
    }

    @Test
    void invisibleCharactersInsideANameOrAQueryAreIgnored() {
        // A zero-width space, a soft hyphen and a word joiner pasted inside the name.
        Patient patient = TestPatients.draft("Du\u200Bpo\u00ADnt", null, List.of("Ma\u2060rie"), "1980-03-12");
        assertThat(SearchTokens.of(patient)).contains("dupont", "marie").doesNotContain("du", "po");
        assertThat(SearchTokens.ofQuery("\uFEFFdu\u200Bp")).extracting(SearchTokens.QueryToken::value)
                .containsExactly("dup");
        // A no-break space still separates two words, as a space does.
        assertThat(SearchTokens.ofQuery("dupont\u00A0marie")).extracting(SearchTokens.QueryToken::value)
                .containsExactly("dupont", "marie");
    }
}

package fr.galien.sandbox.insi;

import static fr.galien.sandbox.insi.InsiWire.resultat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.sandbox.insi.InsiWire.Resultat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** rechercherInsAvecTraitsIdentite: one request, one RESULTAT, for each case of the identity base. */
class InsiSearchByTraitsTest {

    private static InsiSimulator simulator;
    private static InsiWire wire;

    @BeforeAll
    static void start() throws Exception {
        simulator = InsiWire.started();
        wire = new InsiWire(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    private static Resultat search(InsiRequests request) throws Exception {
        return resultat(wire.post(request));
    }

    @Test
    void ordinaryNirAnswersCr00WithMatriculeOidAndTraits() throws Exception {
        Resultat answer = search(InsiRequests.traits("ADRUN", "ZOE", "F", "1975-12-31"));

        assertThat(answer.codeCr()).isEqualTo("00");
        assertThat(answer.libelleCr()).isEqualTo("OK");
        assertThat(answer.activeMatricule()).isEqualTo("275126322074974");
        assertThat(answer.activeOid()).isEqualTo("1.2.250.1.213.1.4.8");
        assertThat(answer.tiq("NomNaissance")).isEqualTo("ADRUN");
        assertThat(answer.tiq("ListePrenom")).isEqualTo("ZOE");
        assertThat(answer.tiq("Sexe")).isEqualTo("F");
        assertThat(answer.tiq("DateNaissance")).isEqualTo("1975-12-31");
        assertThat(answer.tiq("LieuNaissance")).isEqualTo("63220");
        assertThat(answer.history()).isEmpty();
    }

    @Test
    void traitsAreComparedInUpperCaseWithoutDiacritics() throws Exception {
        Resultat answer = search(InsiRequests.traits("Adrun", "Zoé", "F", "1975-12-31"));

        assertThat(answer.codeCr()).isEqualTo("00");
        assertThat(answer.activeMatricule()).isEqualTo("275126322074974");
    }

    @Test
    void firstBirthFirstNameAloneFindsACompoundList() throws Exception {
        Resultat answer = search(InsiRequests.traits("ECETINSI", "PIERRE-ALAIN", "M", "2009-07-14"));

        assertThat(answer.codeCr()).isEqualTo("00");
        assertThat(answer.tiq("ListePrenom")).isEqualTo("PIERRE-ALAIN MURIEL FLORIANT");
    }

    @Test
    void historyIsAnsweredAsInshisto() throws Exception {
        Resultat answer = search(InsiRequests.traits("ECETINSI", "PIERRE-ALAIN", "M", "2009-07-14"));

        assertThat(answer.history()).containsExactly("209076322083439@1.2.250.1.213.1.4.8",
                "209066322012355@1.2.250.1.213.1.4.8");
    }

    @Test
    void theWholeListOfFirstNamesFindsToo() throws Exception {
        Resultat answer = search(InsiRequests.traits("ECETINSI", List.of("PIERRE-ALAIN MURIEL FLORIANT"), "M",
                "2009-07-14", null));

        assertThat(answer.codeCr()).isEqualTo("00");
    }

    @Test
    void theListSentAsSeveralPrenomElementsFindsToo() throws Exception {
        Resultat answer = search(InsiRequests.traits("TCHITCHI", List.of("CATARINA", "BELLA"), "F", "1936-06-21",
                null));

        assertThat(answer.codeCr()).isEqualTo("00");
    }

    @Test
    void aLaterFirstNameAloneFindsNothing() throws Exception {
        Resultat answer = search(InsiRequests.traits("ECETINSI", "MURIEL", "M", "2009-07-14"));

        assertThat(answer.codeCr()).isEqualTo("01");
        assertThat(answer.hasIndividu()).isFalse();
    }

    @Test
    void tchitchiWithOlaIsNotFound() throws Exception {
        Resultat answer = search(InsiRequests.traits("TCHITCHI", "OLA", "F", "1936-06-21"));

        assertThat(answer.codeCr()).isEqualTo("01");
        assertThat(answer.libelleCr()).isEqualTo("Aucune identite trouvee");
    }

    @Test
    void tchitchiWithCatarinaIsFound() throws Exception {
        Resultat answer = search(InsiRequests.traits("TCHITCHI", "CATARINA", "F", "1936-06-21"));

        assertThat(answer.codeCr()).isEqualTo("00");
        assertThat(answer.activeMatricule()).isEqualTo("236066322083656");
    }

    @Test
    void unknownPersonAnswersCr01WithoutIndividu() throws Exception {
        Resultat answer = search(InsiRequests.traits("HOUILLES", "PIERRE", "M", "1993-01-27"));

        assertThat(answer.codeCr()).isEqualTo("01");
        assertThat(answer.hasIndividu()).isFalse();
    }

    @Test
    void homonymsWithoutBirthplaceAnswerCr02WithoutIndividu() throws Exception {
        Resultat answer = search(InsiRequests.traits("HOMONYME", "CLAUDE", "F", "1950-05-05"));

        assertThat(answer.codeCr()).isEqualTo("02");
        assertThat(answer.libelleCr()).isEqualTo("Plusieurs identites trouvees");
        assertThat(answer.hasIndividu()).isFalse();
    }

    @Test
    void birthplaceTellsHomonymsApart() throws Exception {
        Resultat paris = search(InsiRequests.traits("HOMONYME", List.of("CLAUDE"), "F", "1950-05-05", "75056"));
        Resultat lyon = search(InsiRequests.traits("HOMONYME", List.of("CLAUDE"), "F", "1950-05-05", "69123"));

        assertThat(paris.codeCr()).isEqualTo("00");
        assertThat(lyon.codeCr()).isEqualTo("00");
        assertThat(paris.activeMatricule()).isEqualTo(TestIdentities.HOMONYME_CLAUDE_PARIS.matricule15());
        assertThat(lyon.activeMatricule()).isEqualTo(TestIdentities.HOMONYME_CLAUDE_LYON.matricule15());
    }

    @Test
    void aWrongBirthplaceFindsNothing() throws Exception {
        Resultat answer = search(InsiRequests.traits("ADRUN", List.of("ZOE"), "F", "1975-12-31", "75056"));

        assertThat(answer.codeCr()).isEqualTo("01");
    }

    @Test
    void aWrongSexFindsNothing() throws Exception {
        assertThat(search(InsiRequests.traits("ADRUN", "ZOE", "M", "1975-12-31")).codeCr()).isEqualTo("01");
    }

    @Test
    void niaAnswersTheNiaOid() throws Exception {
        Resultat answer = search(InsiRequests.traits("PROVISOIRE", "MATRICULE", "M", "2009-07-01"));

        assertThat(answer.activeMatricule()).isEqualTo("109076322088835");
        assertThat(answer.activeOid()).isEqualTo("1.2.250.1.213.1.4.9");
    }

    @Test
    void corsicanMatriculeKeepsItsLetter() throws Exception {
        Resultat anthony = search(InsiRequests.traits("CORSE", "ANTHONY", "M", "1980-03-02"));
        Resultat dominique = search(InsiRequests.traits("ADRTROIS", "DOMINIQUE", "F", "1997-02-26"));

        assertThat(anthony.activeMatricule()).isEqualTo("180032B02040123");
        assertThat(anthony.tiq("LieuNaissance")).isEqualTo("2B020");
        assertThat(dominique.activeMatricule()).isEqualTo("297022A02077878");
    }

    @Test
    void bornAbroadAnswersTheCountryCodeAndANiaInHistoryWithDates() throws Exception {
        Resultat answer = search(InsiRequests.traits(TestIdentities.GARCIA_ESSAI_LUCIA));

        assertThat(answer.tiq("LieuNaissance")).isEqualTo("99134");
        assertThat(answer.activeMatricule()).startsWith("2850499134012");
        assertThat(answer.history()).singleElement().asString().endsWith("@1.2.250.1.213.1.4.9");
        org.w3c.dom.Element histo = InsiWire.children(answer.individu(), "INSHISTO").get(0);
        assertThat(InsiWire.text(histo, "DateDeb")).isEqualTo("2003-09-01");
        assertThat(InsiWire.text(histo, "DateFin")).isEqualTo("2004-06-30");
    }

    @Test
    void keyThatDoesNotVerifyIsAnsweredAsInsiHoldsIt() throws Exception {
        Resultat answer = search(InsiRequests.traits("HERMANN", "GATIEN", "M", "1981-03-24"));

        assertThat(answer.activeMatricule()).isEqualTo("181036322045660");
        assertThat(answer.history()).containsExactly("181036322045660@1.2.250.1.213.1.4.8",
                "281036322045610@1.2.250.1.213.1.4.8");
    }

    @Test
    void deceasedPersonIsAnsweredLikeAnyOther() throws Exception {
        Resultat answer = search(InsiRequests.traits(TestIdentities.DEFUNTE_JEANNE));

        assertThat(answer.codeCr()).isEqualTo("00");
        assertThat(answer.activeMatricule()).isEqualTo(TestIdentities.DEFUNTE_JEANNE.matricule15());
    }
}

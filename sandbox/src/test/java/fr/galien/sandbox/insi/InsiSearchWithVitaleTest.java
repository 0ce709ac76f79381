package fr.galien.sandbox.insi;

import static fr.galien.sandbox.insi.InsiWire.resultat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.sandbox.insi.InsiWire.Resultat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** rechercherInsAvecCarteVitale: by the beneficiary's own number, or the insured parent's number and the rank. */
class InsiSearchWithVitaleTest {

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

    @Test
    void individualMatriculeAndBirthDateFindTheBeneficiary() throws Exception {
        Resultat answer = resultat(wire.post(InsiRequests.vitale("275126322074974", "275126322074974", "ADRUN",
                "1975-12-31", "1")));

        assertThat(answer.codeCr()).isEqualTo("00");
        assertThat(answer.activeMatricule()).isEqualTo("275126322074974");
        assertThat(answer.tiq("ListePrenom")).isEqualTo("ZOE");
    }

    @Test
    void individualMatriculeWithAnotherBirthDateFindsNothing() throws Exception {
        Resultat answer = resultat(wire.post(InsiRequests.vitale("275126322074974", null, null, "1975-12-30",
                null)));

        assertThat(answer.codeCr()).isEqualTo("01");
    }

    @Test
    void childOnAParentsCardIsFoundByOpeningRightsBirthDateAndRank() throws Exception {
        String parent = TestIdentities.NESSI_MICHELANGELO.card().openingRightsMatricule();

        Resultat answer = resultat(wire.post(InsiRequests.vitale(null, parent, "NESSI", "2010-08-07", "1")));

        assertThat(answer.codeCr()).isEqualTo("00");
        assertThat(answer.activeMatricule()).isEqualTo("110086322083060");
        assertThat(answer.tiq("ListePrenom")).isEqualTo("MICHELANGELO");
    }

    @Test
    void anotherRankOnTheParentsCardFindsNothing() throws Exception {
        String parent = TestIdentities.NESSI_MICHELANGELO.card().openingRightsMatricule();

        Resultat answer = resultat(wire.post(InsiRequests.vitale(null, parent, "NESSI", "2010-08-07", "2")));

        assertThat(answer.codeCr()).isEqualTo("01");
    }

    @Test
    void corsicanMatriculeOnTheCardFinds() throws Exception {
        Resultat answer = resultat(wire.post(InsiRequests.vitale("160012B02077713", "160012B02077713", "ADRTROIS",
                "1960-01-01", "1")));

        assertThat(answer.codeCr()).isEqualTo("00");
        assertThat(answer.tiq("ListePrenom")).isEqualTo("TOUSSAINT");
    }

    @Test
    void everyTestCardFindsItsOwner() throws Exception {
        for (TestIdentity identity : TestIdentities.all()) {
            if (identity.vitaleCard().isEmpty()) {
                continue;
            }
            VitaleCard card = identity.card();
            Resultat answer = resultat(wire.post(InsiRequests.vitale(card.individualMatricule(),
                    card.openingRightsMatricule(), null, identity.birthDate(), card.birthRank())));
            assertThat(answer.codeCr()).as(identity.id()).isEqualTo("00");
            assertThat(answer.activeMatricule()).as(identity.id()).isEqualTo(identity.matricule15());
        }
    }
}

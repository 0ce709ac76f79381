package fr.galien.ins.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsMatricule;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.port.InsiPort.VitaleQuery;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.ins.InsiSettings;
import fr.galien.ins.InsiSoapClient;
import fr.galien.sandbox.insi.InsiCall;
import fr.galien.sandbox.insi.InsiMode;
import fr.galien.sandbox.insi.InsiModes;
import fr.galien.sandbox.insi.InsiSimulator;
import fr.galien.sandbox.insi.TestIdentities;
import fr.galien.sandbox.insi.TestIdentity;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real client (ins) against the real INSi simulator (sandbox) over loopback HTTP: written separately from the
 * same specs, so this is where a wire mismatch shows. Every CodeCR, the faults, the slow and down modes.
 */
class InsiClientAgainstSimulatorTest {

    private static final Caller CALLER = Caller.pscProfessional("899900000001", "Pharmacien Test",
            Role.PHARMACIEN_TITULAIRE, "poste-1");

    private InsiSimulator simulator;
    private InsiSoapClient client;

    @BeforeEach
    void start() throws Exception {
        simulator = new InsiSimulator();
        simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = new InsiSoapClient(InsiSettings.forEndpoint(simulator.lpsUrl()), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void ordinaryNirIsFoundByTraits() {
        InsIdentity identity = found(search(TestIdentities.ADRUN_ZOE));

        assertThat(identity.active().matricule()).isEqualTo("275126322074974");
        assertThat(identity.active().oid()).isEqualTo("1.2.250.1.213.1.4.8");
        assertThat(identity.traits()).isEqualTo(new IdentityTraits("ADRUN", List.of("ZOE"), Sex.F,
                new BirthDate(1975, 12, 31), "63220"));
    }

    @Test
    void everyRequestTheClientSendsIsAcceptedByTheSimulator() {
        for (TestIdentity person : List.of(TestIdentities.ADRUN_ZOE, TestIdentities.CORSE_ANTHONY,
                TestIdentities.GARCIA_ESSAI_LUCIA)) {
            search(person);
        }

        assertThat(simulator.journal().lastCalls()).extracting(InsiCall::httpStatus).containsOnly(200);
        assertThat(simulator.journal().lastCalls()).extracting(InsiCall::operation)
                .containsOnly("rechercherInsAvecTraitsIdentite");
    }

    @Test
    void compoundFirstNameAloneFindsTheIdentityWithItsHistory() {
        InsIdentity identity = found(client.searchByTraits(CALLER, traits(TestIdentities.ECETINSI_PIERRE_ALAIN,
                List.of("PIERRE-ALAIN"), null)));

        assertThat(identity.traits().firstNames()).containsExactly("PIERRE-ALAIN", "MURIEL", "FLORIANT");
        assertThat(identity.history()).extracting(InsMatricule::matricule)
                .containsExactly("209076322083439", "209066322012355");
    }

    @Test
    void corsicanMatriculesComeBackWith2aAnd2b() {
        assertThat(found(search(TestIdentities.CORSE_ANTHONY)).active().matricule()).isEqualTo("180032B02040123");
        assertThat(found(search(TestIdentities.ADRTROIS_DOMINIQUE)).active().matricule())
                .isEqualTo("297022A02077878");
    }

    @Test
    void personBornAbroadWithANiaInHerHistory() {
        InsIdentity identity = found(search(TestIdentities.GARCIA_ESSAI_LUCIA));

        assertThat(identity.traits().birthPlaceCode()).isEqualTo("99134");
        assertThat(identity.history()).singleElement().satisfies(former -> {
            assertThat(former.oid()).isEqualTo("1.2.250.1.213.1.4.9");
            assertThat(former.start()).hasToString("2003-09-01");
            assertThat(former.end()).hasToString("2004-06-30");
        });
    }

    @Test
    void niaComesWithItsOid() {
        assertThat(found(search(TestIdentities.PROVISOIRE_MATRICULE)).active().oid())
                .isEqualTo("1.2.250.1.213.1.4.9");
    }

    @Test
    void matriculeWhoseKeyDoesNotVerifyIsReturnedAsIs() {
        assertThat(found(search(TestIdentities.HERMANN_GATIEN)).active().matricule()).isEqualTo("181036322045660");
    }

    @Test
    void deceasedPersonIsAnOrdinaryAnswer() {
        assertThat(search(TestIdentities.DEFUNTE_JEANNE).cr()).isEqualTo(CodeCr.UNE_IDENTITE);
    }

    @Test
    void secondFirstNameAloneFindsNothing() {
        InsiResult result = client.searchByTraits(CALLER, traits(TestIdentities.TCHITCHI_CATARINA, List.of("OLA"),
                null));

        assertThat(result.cr()).isEqualTo(CodeCr.AUCUNE_IDENTITE);
        assertThat(result.identity()).isEmpty();
    }

    @Test
    void unknownPersonIsCr01() {
        InsiResult result = client.searchByTraits(CALLER, new IdentityTraits(TestIdentities.UNKNOWN_BIRTH_NAME,
                List.of("PIERRE"), Sex.M, new BirthDate(1993, 1, 27), null));

        assertThat(result.cr()).isEqualTo(CodeCr.AUCUNE_IDENTITE);
    }

    @Test
    void homonymsWithoutBirthPlaceAreCr02() {
        InsiResult result = client.searchByTraits(CALLER, traits(TestIdentities.HOMONYME_CLAUDE_PARIS,
                List.of("CLAUDE"), null));

        assertThat(result.cr()).isEqualTo(CodeCr.PLUSIEURS_IDENTITES);
        assertThat(result.identity()).isEmpty();
    }

    @Test
    void homonymsAreToldApartByTheirBirthPlace() {
        InsIdentity identity = found(client.searchByTraits(CALLER, traits(TestIdentities.HOMONYME_CLAUDE_LYON,
                List.of("CLAUDE"), "69123")));

        assertThat(identity.active().matricule()).isEqualTo(TestIdentities.HOMONYME_CLAUDE_LYON.matricule15());
    }

    @Test
    void traitsMismatchGivesTheReferenceTraitsToCompare() {
        InsIdentity identity = found(search(TestIdentities.ECART_ESSAI_CAMILLE));

        assertThat(identity.traits().firstNames()).containsExactly("CAMILLE", "ROSE");
        assertThat(identity.traits().birthPlaceCode()).isEqualTo("13055");
    }

    @Test
    void vitaleSearchWithTheBeneficiarysOwnCard() {
        TestIdentity person = TestIdentities.ADRUN_ZOE;
        var card = person.vitaleCard().orElseThrow();

        InsiResult result = client.searchWithVitale(CALLER, new VitaleQuery(card.individualMatricule(),
                card.openingRightsMatricule(), person.birthName(), BirthDate.parseIso(person.birthDate()).orElseThrow(),
                card.birthRank()));

        assertThat(found(result).active().matricule()).isEqualTo(person.matricule15());
    }

    @Test
    void vitaleSearchForAChildOnAParentsCard() {
        TestIdentity child = TestIdentities.NESSI_MICHELANGELO;
        var card = child.vitaleCard().orElseThrow();

        InsiResult result = client.searchWithVitale(CALLER, new VitaleQuery(null, card.openingRightsMatricule(),
                null, BirthDate.parseIso(child.birthDate()).orElseThrow(), card.birthRank()));

        assertThat(found(result).active().matricule()).isEqualTo(child.matricule15());
    }

    @Test
    void testOidModeIsPassedThrough() {
        simulator.modes().setTestOid(true);

        assertThat(found(search(TestIdentities.ADRUN_ZOE)).active().oid()).isEqualTo("1.2.250.1.213.1.4.10");
    }

    @Test
    void unknownSoftwareAuthorisationIsRefusedWithTheRealCodes() {
        InsiSoapClient unknown = new InsiSoapClient(InsiSettings.forEndpoint(simulator.lpsUrl())
                .withIdam(InsiModes.UNKNOWN_IDAM), Clock.systemUTC());

        SegurException error = catchThrowableOfType(SegurException.class,
                () -> unknown.searchByTraits(CALLER, traits(TestIdentities.ADRUN_ZOE, List.of("ZOE"), null)));

        assertThat(error.code()).isEqualTo("INS-0103");
        assertThat(error.userMessage()).contains("soap:Sender", "siram_100", "desir_550 (erreur)", "message uuid:");
    }

    @Test
    void requestTheServiceRejectsIsARefusalWithItsCodes() {
        IdentityTraits indeterminate = new IdentityTraits("ADRUN", List.of("ZOE"), Sex.I, new BirthDate(1975, 12, 31),
                null);

        SegurException error = catchThrowableOfType(SegurException.class,
                () -> client.searchByTraits(CALLER, indeterminate));

        assertThat(error.code()).isEqualTo("INS-0103");
        assertThat(error.userMessage()).contains("siram_93");
    }

    @Test
    void serviceDownIsUnavailableAndSaysTheCodes() {
        simulator.modes().setMode(InsiMode.PANNE);

        SegurException error = catchThrowableOfType(SegurException.class, () -> search(TestIdentities.ADRUN_ZOE));

        assertThat(error.code()).isEqualTo("INS-0101");
        assertThat(error.userMessage()).contains("HTTP 503", "siram_40", "insi_102", "provisoire");
    }

    @Test
    void slowServiceBeyondTheClientsPatienceIsUnavailable() {
        simulator.modes().setMode(InsiMode.LENT);
        simulator.modes().setDelay(Duration.ofMillis(1_500));
        InsiSoapClient impatient = new InsiSoapClient(InsiSettings.forEndpoint(simulator.lpsUrl())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)), Clock.systemUTC());

        SegurException error = catchThrowableOfType(SegurException.class,
                () -> impatient.searchByTraits(CALLER, traits(TestIdentities.ADRUN_ZOE, List.of("ZOE"), null)));

        assertThat(error.code()).isEqualTo("INS-0101");
        assertThat(error.userMessage()).contains("délai de réponse dépassé");
    }

    @Test
    void slowServiceWithinTheClientsPatienceAnswers() {
        simulator.modes().setMode(InsiMode.LENT);
        simulator.modes().setDelay(Duration.ofMillis(200));

        assertThat(search(TestIdentities.ADRUN_ZOE).cr()).isEqualTo(CodeCr.UNE_IDENTITE);
    }

    @Test
    void stoppedServiceIsUnavailable() {
        URI endpoint = simulator.lpsUrl();
        simulator.stop();
        InsiSoapClient orphan = new InsiSoapClient(InsiSettings.forEndpoint(endpoint), Clock.systemUTC());

        SegurException error = catchThrowableOfType(SegurException.class,
                () -> orphan.searchByTraits(CALLER, traits(TestIdentities.ADRUN_ZOE, List.of("ZOE"), null)));

        assertThat(error.code()).isEqualTo("INS-0101");
        assertThat(error.userMessage()).contains("connexion refusée");
    }

    @Test
    void serviceBackAfterAnOutageAnswersAgain() {
        simulator.modes().setMode(InsiMode.PANNE);
        catchThrowableOfType(SegurException.class, () -> search(TestIdentities.ADRUN_ZOE));
        simulator.modes().reset();

        assertThat(search(TestIdentities.ADRUN_ZOE).cr()).isEqualTo(CodeCr.UNE_IDENTITE);
    }

    private InsiResult search(TestIdentity person) {
        return client.searchByTraits(CALLER, traits(person, List.of(person.firstName()), person.birthPlace()));
    }

    private static IdentityTraits traits(TestIdentity person, List<String> firstNames, String birthPlace) {
        return new IdentityTraits(person.birthName(), firstNames, Sex.fromCode(person.sex()).orElseThrow(),
                BirthDate.parseIso(person.birthDate()).orElseThrow(), birthPlace);
    }

    private static InsIdentity found(InsiResult result) {
        assertThat(result.cr()).isEqualTo(CodeCr.UNE_IDENTITE);
        return result.identity().orElseThrow();
    }
}

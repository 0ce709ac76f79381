package fr.galien.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.ErrorCode;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsiSearchOutcome.InsiCall;
import fr.galien.core.identity.InsiSearchOutcome.Result;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.port.InsiPort.VitaleQuery;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.SqlFunction;
import fr.galien.core.storage.Transactions;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestIdentities;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The INSi call strategy of specs §2.1 over a fake port: order, stops, CR 02, lexical rules, audit of every call. */
class InsiSearchTest {

    private static final Caller SECRETARY = Caller.localAccount("s1", "Inès Exemple", Role.SECRETAIRE, "accueil");

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Transactions noDatabase = new Transactions() {
        @Override
        public <T> T inTransaction(SqlFunction<T> work) {
            try {
                return work.apply(null);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    @Test
    void oneFirstNameOneCallFound() {
        FakeInsi insi = new FakeInsi().found("ADRUN", "ZOE", "63220", TestIdentities.adrun());

        InsiSearchOutcome outcome = search(insi).searchForPatient(SECRETARY, patient("Adrun", "Zoé", "63220"));

        assertThat(outcome.result()).isEqualTo(Result.FOUND);
        assertThat(outcome.identity()).contains(TestIdentities.adrun());
        assertThat(outcome.calls()).extracting(InsiCall::cr).containsExactly(CodeCr.UNE_IDENTITE);
        assertThat(insi.traitsCalls()).singleElement().satisfies(sent -> {
            assertThat(sent.birthName()).as("as INSi reads it").isEqualTo("ADRUN");
            assertThat(sent.firstNames()).containsExactly("ZOE");
        });
        assertThat(outcome.message()).contains("comparez");
    }

    @Test
    void callsEachFirstNameInOrderAndStopsAtTheFirstFound() {
        FakeInsi insi = new FakeInsi().found("TCHITCHI", "CATARINA", null, TestIdentities.tchitchi());

        InsiSearchOutcome outcome = search(insi).searchForPatient(SECRETARY,
                patient("TCHITCHI", List.of("Ola", "Catarina", "Bella"), null));

        assertThat(outcome.found()).isTrue();
        assertThat(insi.traitsCalls()).extracting(IdentityTraits::firstNames)
                .containsExactly(List.of("OLA"), List.of("CATARINA"));
    }

    @Test
    void fullListIsTriedLastAsOnePrenomWithSpaces() {
        FakeInsi insi = new FakeInsi().found("ECETINSI", "PIERRE-ALAIN MURIEL FLORIANT", "63220",
                TestIdentities.adrun());

        InsiSearchOutcome outcome = search(insi).searchForPatient(SECRETARY,
                patient("ECETINSI", List.of("Pierre-Alain", "Muriel", "Floriant"), "63220"));

        assertThat(outcome.found()).isTrue();
        assertThat(insi.traitsCalls()).extracting(IdentityTraits::firstNames).containsExactly(
                List.of("PIERRE-ALAIN"), List.of("MURIEL"), List.of("FLORIANT"),
                List.of("PIERRE-ALAIN MURIEL FLORIANT"));
        assertThat(outcome.calls()).extracting(InsiCall::cr).containsExactly(CodeCr.AUCUNE_IDENTITE,
                CodeCr.AUCUNE_IDENTITE, CodeCr.AUCUNE_IDENTITE, CodeCr.UNE_IDENTITE);
    }

    @Test
    void nobodyFoundIsCr01AndEveryCallWasMade() {
        FakeInsi insi = new FakeInsi();

        InsiSearchOutcome outcome = search(insi).searchForPatient(SECRETARY,
                patient("HOUILLES", List.of("Pierre"), null, Sex.M));

        assertThat(outcome.result()).isEqualTo(Result.NOT_FOUND);
        assertThat(outcome.identity()).isEmpty();
        assertThat(outcome.decisiveCr()).isEqualTo(CodeCr.AUCUNE_IDENTITE);
        assertThat(insi.traitsCalls()).hasSize(1);
        assertThat(outcome.message()).contains("CR 01");
    }

    @Test
    void severalWithoutBirthPlaceAsksForItAndPicksNobody() {
        FakeInsi insi = new FakeInsi().several("HOMONYME", "CLAUDE", null);

        InsiSearchOutcome outcome = search(insi).searchForPatient(SECRETARY, patient("HOMONYME", "Claude", null));

        assertThat(outcome.result()).isEqualTo(Result.SEVERAL_ADD_BIRTH_PLACE);
        assertThat(outcome.identity()).isEmpty();
        assertThat(outcome.message()).contains("lieu de naissance");
    }

    @Test
    void theBirthPlaceTypedAfterACr02FindsTheOne() {
        FakeInsi insi = new FakeInsi().several("HOMONYME", "CLAUDE", null)
                .found("HOMONYME", "CLAUDE", "75056", TestIdentities.adrun());
        Patient homonyme = patient("HOMONYME", "Claude", null);

        InsiSearchOutcome outcome = search(insi).searchByTraits(SECRETARY, homonyme, new IdentityTraits(
                homonyme.birthName(), homonyme.firstNames(), homonyme.sex(), homonyme.birthDate(), "75056"));

        assertThat(outcome.found()).isTrue();
        assertThat(insi.traitsCalls()).singleElement()
                .satisfies(sent -> assertThat(sent.birthPlaceCode()).isEqualTo("75056"));
    }

    @Test
    void severalEvenWithTheBirthPlaceAsksForTheDocument() {
        FakeInsi insi = new FakeInsi().several("HOMONYME", "CLAUDE", "75056");

        InsiSearchOutcome outcome = search(insi).searchForPatient(SECRETARY, patient("HOMONYME", "Claude", "75056"));

        assertThat(outcome.result()).isEqualTo(Result.SEVERAL);
    }

    @Test
    void aLaterFoundWinsOverAnEarlierSeveral() {
        FakeInsi insi = new FakeInsi().several("MARTIN", "MARIE", null)
                .found("MARTIN", "MARIE ANNE", null, TestIdentities.adrun());

        InsiSearchOutcome outcome = search(insi).searchForPatient(SECRETARY,
                patient("MARTIN", List.of("Marie", "Anne"), null));

        assertThat(outcome.found()).isTrue();
        assertThat(outcome.calls()).extracting(InsiCall::cr).containsExactly(CodeCr.PLUSIEURS_IDENTITES,
                CodeCr.AUCUNE_IDENTITE, CodeCr.UNE_IDENTITE);
    }

    @Test
    void aNonVerifyingKeyIsFlaggedNotRefused() {
        FakeInsi insi = new FakeInsi().found("HERMANN", "GATIEN", "63220", TestIdentities.hermann());

        InsiSearchOutcome outcome = search(insi).searchByTraits(SECRETARY,
                TestIdentities.hermann().traits());

        assertThat(outcome.found()).isTrue();
        assertThat(outcome.keyVerifies()).isFalse();
        assertThat(outcome.message()).contains("clé");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DOUTEUSE", "FICTIVE"})
    void douteuseOrFictiveIdentityIsNeverSent(IdentityAttribute attribute) {
        FakeInsi insi = new FakeInsi();
        Patient flagged = withAttributes(patient("ADRUN", "Zoé", "63220"), Set.of(attribute));

        assertThatThrownBy(() -> search(insi).searchForPatient(SECRETARY, flagged))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("INS-0050"));
        assertThat(insi.traitsCalls()).isEmpty();
    }

    @Test
    void homonymeIsSearched() {
        FakeInsi insi = new FakeInsi();
        search(insi).searchForPatient(SECRETARY, withAttributes(patient("ADRUN", "Zoé", "63220"),
                Set.of(IdentityAttribute.HOMONYME)));
        assertThat(insi.traitsCalls()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} → {4}")
    @CsvSource({
            "Dupont2,  Marie,  F, 75056, INS-0051",
            "' ',      Marie,  F, 75056, INS-0051",
            "Dupont,   -Marie, F, 75056, INS-0052",
            "Dupont,   ' ',    F, 75056, INS-0052",
            "Dupont,   Marie,  I, 75056, INS-0053",
            "Dupont,   Marie,  F, 7505,  INS-0054",
            "Dupont,   Marie,  F, 2C004, INS-0054"})
    void traitsInsiWouldRefuseAreStoppedBeforeAnyCall(String name, String firstName, Sex sex, String place,
                                                     String code) {
        FakeInsi insi = new FakeInsi();
        IdentityTraits traits = new IdentityTraits(name, List.of(firstName), sex, new BirthDate(1950, 5, 5), place);

        assertThatThrownBy(() -> search(insi).searchByTraits(SECRETARY, traits))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(insi.traitsCalls()).isEmpty();
    }

    @Test
    void everyWireCallIsAuditedWithItsCrAndNoNames() {
        FakeInsi insi = new FakeInsi().found("ECETINSI", "MURIEL", null, TestIdentities.adrun());
        Patient patient = patient("ECETINSI", List.of("Pierre-Alain", "Muriel", "Floriant"), null, Sex.M);

        search(insi).searchForPatient(SECRETARY, patient);

        assertThat(audit.events()).extracting(AuditEvent::action, AuditEvent::outcome, AuditEvent::detail)
                .containsExactly(
                        tuple(AuditAction.INSI_CALL, AuditOutcome.SUCCESS,
                                "op=traits essai=1/4 lieu=non identite=certificat cr=01"),
                        tuple(AuditAction.INSI_CALL, AuditOutcome.SUCCESS,
                                "op=traits essai=2/4 lieu=non identite=certificat cr=00"));
        assertThat(audit.events()).allSatisfy(event -> {
            assertThat(event.patientId()).isEqualTo(patient.id());
            assertThat(event.caller()).isEqualTo(SECRETARY);
        });
    }

    @Test
    void aFailingInsiIsAuditedWithItsCodeAndReported() {
        SegurException down = new SegurException(TestCode.INS_0101);
        FakeInsi insi = new FakeInsi().failing(down);

        assertThatThrownBy(() -> search(insi).searchForPatient(SECRETARY, patient("ADRUN", "Zoé", "63220")))
                .isSameAs(down);
        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(event.detail()).isEqualTo("op=traits essai=1/1 lieu=oui identite=certificat erreur=INS-0101");
        });
    }

    @Test
    void vetIsRefusedBeforeAnyCallAndTheRefusalIsAudited() {
        FakeInsi insi = new FakeInsi();
        Caller vet = Caller.localAccount("v1", "Lou Démo", Role.VETERINAIRE, "poste-1");

        assertThatThrownBy(() -> search(insi).searchByTraits(vet, TestIdentities.adrun().traits()))
                .hasMessageContaining("SEC-0001");
        assertThat(insi.traitsCalls()).isEmpty();
        assertThat(audit.events()).singleElement()
                .satisfies(event -> assertThat(event.outcome()).isEqualTo(AuditOutcome.REFUSED));
    }

    @Test
    void vitaleSearchIsOneCall() {
        FakeInsi insi = new FakeInsi().vitale(new InsiResult(CodeCr.UNE_IDENTITE, "OK",
                Optional.of(TestIdentities.adrun())));
        VitaleQuery query = new VitaleQuery("275126322074974", null, "ADRUN", new BirthDate(1975, 12, 31), "1");

        InsiSearchOutcome outcome = search(insi).searchWithVitale(SECRETARY, query);

        assertThat(outcome.found()).isTrue();
        assertThat(insi.vitaleCalls()).containsExactly(query);
        assertThat(outcome.calls()).singleElement()
                .satisfies(call -> assertThat(call.operation()).isEqualTo(InsiSearchOutcome.Operation.VITALE));
        assertThat(audit.events()).singleElement()
                .satisfies(event -> assertThat(event.detail()).isEqualTo("op=vitale identite=certificat cr=00"));
    }

    @Test
    void vitaleSeveralPicksNobody() {
        FakeInsi insi = new FakeInsi().vitale(new InsiResult(CodeCr.PLUSIEURS_IDENTITES, "", Optional.empty()));
        VitaleQuery query = new VitaleQuery(null, "180032B02040123", "CORSE", new BirthDate(2015, 1, 1), "2");

        assertThat(search(insi).searchWithVitale(SECRETARY, query).result()).isEqualTo(Result.SEVERAL);
    }

    private InsiSearch search(FakeInsi insi) {
        return new InsiSearch(insi, noDatabase, audit);
    }

    private static Patient patient(String birthName, String firstName, String place) {
        return patient(birthName, List.of(firstName), place, Sex.F);
    }

    private static Patient patient(String birthName, List<String> firstNames, String place) {
        return patient(birthName, firstNames, place, Sex.F);
    }

    private static Patient patient(String birthName, List<String> firstNames, String place, Sex sex) {
        return new Patient(UUID.randomUUID(), birthName, null, firstNames, sex, new BirthDate(1975, 12, 31), place,
                Contact.NONE, IdentityStatus.PROVISOIRE, null, null, Set.of(), false, 1);
    }

    private static Patient withAttributes(Patient p, Set<IdentityAttribute> attributes) {
        return new Patient(p.id(), p.birthName(), p.usedName(), p.firstNames(), p.sex(), p.birthDate(),
                p.birthPlaceCode(), p.contact(), p.identityStatus(), p.matricule(), p.oid(), attributes, p.archived(),
                p.version());
    }

    /** Stands for the ins module's INSi client codes (INS-0100..0149), which core does not see. */
    private enum TestCode implements ErrorCode {
        INS_0101;

        @Override
        public String bundle() {
            return "i18n.identity";
        }

        @Override
        public String code() {
            return "INS-0101";
        }

        @Override
        public String key() {
            return "ins.search.notFound"; // any text: the real one lives in the ins module's bundle
        }
    }
}

package fr.galien.core.cda;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.QualifiedIns;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CdaInsRulesTest {

    @ParameterizedTest(name = "{0} under {1} in a {2} practice → {3}")
    @CsvSource({
            "279035121518989, 1.2.250.1.213.1.4.8, REAL, ok",
            "109076322088835, 1.2.250.1.213.1.4.9, REAL, ok",
            "297022A02077878, 1.2.250.1.213.1.4.8, REAL, ok",
            "279035121518989, 1.2.250.1.213.1.4.10, DEMO, ok",
            "279035121518989, 1.2.250.1.213.1.4.11, TRAINING, ok",
            "279035121518989, 1.2.250.1.213.1.4.10, REAL, CDA-0003",
            "279035121518989, 1.2.250.1.213.1.4.11, REAL, CDA-0003",
            "27903512151898, 1.2.250.1.213.1.4.8, REAL, CDA-0001",
            "2790351215189890, 1.2.250.1.213.1.4.8, REAL, CDA-0001",
            "27903512151898A, 1.2.250.1.213.1.4.8, REAL, CDA-0001",
            "2790351A1518989, 1.2.250.1.213.1.4.8, REAL, CDA-0001",
            "279035121518989, 1.2.250.1.213.1.4.2, REAL, CDA-0002",
            "279035121518989, 1.2.3.4, REAL, CDA-0002",
    })
    void checksTheFormOfMatriculeAndOid(String matricule, String oid, PracticeMode mode, String expected) {
        QualifiedIns ins = CdaFixtures.ins(matricule, oid);
        if ("ok".equals(expected)) {
            assertThatCode(() -> CdaInsRules.check(ins, mode)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CdaInsRules.check(ins, mode)).isInstanceOfSatisfying(SegurException.class,
                    e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(expected));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "no birth name, CDA-0004",
            "no first name, CDA-0004",
            "no birth place, CDA-0004",
            "birth place not COG, CDA-0005",
    })
    void requiresTheFiveStrictTraits(String what, String expected) {
        IdentityTraits traits = switch (what) {
            case "no birth name" -> new IdentityTraits(" ", List.of("A"), Sex.F, new BirthDate(1979, 3, 28), "51215");
            case "no first name" -> new IdentityTraits("B", List.of(), Sex.F, new BirthDate(1979, 3, 28), "51215");
            case "no birth place" -> new IdentityTraits("B", List.of("A"), Sex.F, new BirthDate(1979, 3, 28), null);
            default -> new IdentityTraits("B", List.of("A"), Sex.F, new BirthDate(1979, 3, 28), "PARIS");
        };
        assertThatThrownBy(() -> CdaInsRules.check(CdaFixtures.withTraits(traits), PracticeMode.DEMO))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void anUnqualifiedPatientNeverGetsADocument() {
        Patient validated = new Patient(UUID.randomUUID(), "PAT-TROIS", null, List.of("DOMINIQUE"), Sex.F,
                new BirthDate(1979, 3, 28), "51215", null, IdentityStatus.VALIDEE, "279035121518989",
                "1.2.250.1.213.1.4.8", Set.of(), false, 1);
        Patient recovered = new Patient(UUID.randomUUID(), "PAT-TROIS", null, List.of("DOMINIQUE"), Sex.F,
                new BirthDate(1979, 3, 28), "51215", null, IdentityStatus.RECUPEREE, "279035121518989",
                "1.2.250.1.213.1.4.8", Set.of(), false, 1);

        for (Patient patient : List.of(validated, recovered)) {
            assertThatThrownBy(() -> CdaInsRules.require(patient, PracticeMode.REAL))
                    .isInstanceOfSatisfying(SegurException.class,
                            e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("INS-0040"));
        }
    }

    @Test
    void aQualifiedPatientWithAWellFormedInsGetsOne() {
        Patient qualified = new Patient(UUID.randomUUID(), "PAT-TROIS", null, List.of("DOMINIQUE"), Sex.F,
                new BirthDate(1979, 3, 28), "51215", null, IdentityStatus.QUALIFIEE, "279035121518989",
                "1.2.250.1.213.1.4.8", Set.of(), false, 1);

        assertThatCode(() -> CdaInsRules.require(qualified, PracticeMode.REAL)).doesNotThrowAnyException();
    }
}

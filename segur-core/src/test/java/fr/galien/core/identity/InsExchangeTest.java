package fr.galien.core.identity;

import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.port.QualifiedIns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outbound rule: no matricule leaves with an unqualified identity (issue 4 "Tests and measures"; to be extended
 * by the DMP, MSSanté and e-prescription issues with their own payloads).
 */
class InsExchangeTest {

    @Test
    void qualifiedActiveIdentityGivesItsIns() {
        QualifiedIns ins = InsExchange.requireQualified(patient(IdentityStatus.QUALIFIEE, Set.of(), false));

        assertThat(ins.matricule()).isEqualTo("275126322074974");
        assertThat(ins.oid()).isEqualTo(InsOid.NIR);
        assertThat(ins.traits().birthName()).isEqualTo("ADRUN");
        assertThat(ins.traits().birthPlaceCode()).isEqualTo("63220");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PROVISOIRE, provisoire", "RECUPEREE, récupérée", "VALIDEE, validée"})
    void anyOtherStatusIsRefusedAndNamed(IdentityStatus status, String word) {
        Patient patient = patient(status, Set.of(), false);

        assertThatThrownBy(() -> InsExchange.requireQualified(patient))
                .isInstanceOfSatisfying(SegurException.class, e -> {
                    assertThat(e.code()).isEqualTo("INS-0040");
                    assertThat(e.userMessage()).contains(word).doesNotContain("275126322074974");
                });
        assertThat(InsExchange.ifQualified(patient)).isEmpty();
    }

    @Test
    void archivedPatientIsRefused() {
        assertThatThrownBy(() -> InsExchange.requireQualified(patient(IdentityStatus.QUALIFIEE, Set.of(), true)))
                .hasMessageContaining("INS-0041");
    }

    @Test
    void douteuseOrFictiveIsRefusedEvenIfMarkedQualified() {
        assertThatThrownBy(() -> InsExchange.requireQualified(patient(IdentityStatus.QUALIFIEE,
                Set.of(IdentityAttribute.DOUTEUSE), false))).hasMessageContaining("INS-0042");
    }

    @Test
    void qualifiedWithoutMatriculeIsRefused() {
        Patient broken = new Patient(UUID.randomUUID(), "ADRUN", null, List.of("ZOE"), Sex.F,
                new BirthDate(1975, 12, 31), "63220", Contact.NONE, IdentityStatus.QUALIFIEE, null, null, Set.of(),
                false, 1);

        assertThatThrownBy(() -> InsExchange.requireQualified(broken)).hasMessageContaining("INS-0040");
    }

    @Test
    void homonymeDoesNotStopTheIns() {
        assertThat(InsExchange.ifQualified(patient(IdentityStatus.QUALIFIEE, Set.of(IdentityAttribute.HOMONYME),
                false))).isPresent();
    }

    @Test
    void aTrainingOrDemoPracticeNeverExportsAnInsEvenQualified() {
        Patient qualified = patient(IdentityStatus.QUALIFIEE, Set.of(), false);

        for (PracticeMode mode : List.of(PracticeMode.TRAINING, PracticeMode.DEMO)) {
            Patient exported = InsExchange.forExport(qualified, mode);
            assertThat(exported.matricule()).isNull();
            assertThat(exported.oid()).isNull();
            assertThat(exported.identityStatus()).isEqualTo(IdentityStatus.VALIDEE);
            assertThat(InsExchange.ifQualified(exported)).isEmpty();
        }
        Patient real = InsExchange.forExport(qualified, PracticeMode.REAL);
        assertThat(real).isSameAs(qualified);
    }

    private static Patient patient(IdentityStatus status, Set<IdentityAttribute> attributes, boolean archived) {
        return new Patient(UUID.randomUUID(), "ADRUN", null, List.of("ZOE"), Sex.F, new BirthDate(1975, 12, 31),
                "63220", Contact.NONE, status, "275126322074974", InsOid.NIR, attributes, archived, 1);
    }
}

package fr.galien.core.patient.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.domain.IdentityAttribute;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportedIdentitiesTest {

    @ParameterizedTest(name = "{0} with matricule {1} → {2}")
    @CsvSource({
        "QUALIFIEE, 279035121518989, RECUPEREE",
        "QUALIFIEE, ,                PROVISOIRE",
        "VALIDEE,   ,                PROVISOIRE",
        "RECUPEREE, 279035121518989, RECUPEREE",
        "PROVISOIRE, ,               PROVISOIRE"})
    void importedIdentityIsNeverShareableAndKeepsItsMatricule(IdentityStatus from, String matricule,
                                                              IdentityStatus expected) {
        Patient imported = new Patient(UUID.randomUUID(), "ESSAI", null, List.of("Inventée"), Sex.F,
                new BirthDate(1979, 3, 5), "75056", Contact.NONE, from, matricule,
                matricule == null ? null : "1.2.250.1.213.1.4.10", Set.of(), false, 0);

        Patient requalified = ImportedIdentities.requalify(imported);

        assertThat(requalified.identityStatus()).isEqualTo(expected);
        assertThat(requalified.matricule()).isEqualTo(matricule);
        assertThat(requalified.id()).isEqualTo(imported.id());
    }

    @ParameterizedTest(name = "{0} {1} → provisoire without matricule")
    @CsvSource({"QUALIFIEE, DOUTEUSE", "RECUPEREE, FICTIVE", "PROVISOIRE, DOUTEUSE"})
    void douteuseOrFictiveIdentityArrivesProvisionalWithoutIns(IdentityStatus from, IdentityAttribute attribute) {
        Patient imported = new Patient(UUID.randomUUID(), "ESSAI", null, List.of("Inventée"), Sex.F,
                new BirthDate(1979, 3, 5), "75056", Contact.NONE, from, "279035121518989",
                "1.2.250.1.213.1.4.10", Set.of(attribute), false, 0);

        Patient requalified = ImportedIdentities.requalify(imported);

        assertThat(requalified.identityStatus()).isEqualTo(IdentityStatus.PROVISOIRE);
        assertThat(requalified.matricule()).isNull();
        assertThat(requalified.oid()).isNull();
        assertThat(requalified.attributes()).containsExactly(attribute);
    }
}

package fr.galien.core.ordonnance;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.QualifiedIns;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The patient as printed on an ordonnance. With a qualified identity the INS strict traits are printed as INSi gave
 * them (nom de naissance, prénoms de naissance, sexe, date de naissance) plus the used name when there is one;
 * otherwise the usual name only.
 */
public record OrdonnancePatient(boolean qualified, String birthName, String usedName, List<String> firstNames,
                                Sex sex, BirthDate birthDate) {

    public OrdonnancePatient {
        firstNames = firstNames == null ? List.of() : List.copyOf(firstNames);
    }

    /** From the patient record: the INS traits when the identity is qualified, the record's own names otherwise. */
    public static OrdonnancePatient of(Patient patient) {
        Objects.requireNonNull(patient, "patient");
        Optional<QualifiedIns> ins = InsExchange.ifQualified(patient);
        if (ins.isPresent()) {
            IdentityTraits traits = ins.get().traits();
            return new OrdonnancePatient(true, traits.birthName(), patient.usedName(), traits.firstNames(),
                    traits.sex(), traits.birthDate());
        }
        return new OrdonnancePatient(false, patient.birthName(), patient.usedName(), patient.firstNames(),
                patient.sex(), patient.birthDate());
    }

    /** The usual name: used name (or birth name) in capitals, then the first first name. */
    public String usualName() {
        String last = usedName != null && !usedName.isBlank() ? usedName : birthName;
        String first = firstNames.isEmpty() ? "" : " " + firstNames.get(0);
        return (last == null ? "" : last.toUpperCase(Locale.FRENCH)) + first;
    }
}

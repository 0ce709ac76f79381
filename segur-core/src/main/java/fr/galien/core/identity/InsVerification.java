package fr.galien.core.identity;

import fr.galien.core.domain.Patient;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsiResult;
import java.util.List;
import java.util.Objects;

/**
 * An INSi answer compared with the INS a patient holds (verification, REM 49/51/53; specs §2.1: made as a traits
 * search whose answer is compared with what is stored). Confirmed only when INSi returns exactly one identity with
 * the same matricule, the same OID and the same strict traits (as INSi writes them); anything else is a failed
 * verification and the INS is removed ({@link IdentityService#recordVerification}). Pure.
 *
 * @param differentTraits the traits that differ, when {@code outcome} is {@link Outcome#TRAITS_DIFFER}
 */
public record InsVerification(Outcome outcome, List<TraitsComparison.Trait> differentTraits) {

    public enum Outcome {
        CONFIRMED("INS confirmé par l'INSi"),
        NOT_FOUND("L'INSi ne trouve plus cette identité (CR 01)"),
        SEVERAL("L'INSi trouve plusieurs identités (CR 02)"),
        MATRICULE_CHANGED("L'INSi renvoie un autre matricule"),
        OID_CHANGED("L'INSi renvoie un autre OID"),
        TRAITS_DIFFER("Les traits de l'INSi diffèrent des traits enregistrés");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public InsVerification {
        Objects.requireNonNull(outcome, "outcome");
        differentTraits = List.copyOf(differentTraits);
    }

    public static InsVerification of(Patient patient, InsiResult answer) {
        if (answer.cr() == CodeCr.AUCUNE_IDENTITE) {
            return new InsVerification(Outcome.NOT_FOUND, List.of());
        }
        if (answer.cr() == CodeCr.PLUSIEURS_IDENTITES) {
            return new InsVerification(Outcome.SEVERAL, List.of());
        }
        InsIdentity identity = answer.identity().orElseThrow();
        if (!identity.active().matricule().equals(patient.matricule())) {
            return new InsVerification(Outcome.MATRICULE_CHANGED, List.of());
        }
        if (!identity.active().oid().equals(patient.oid())) {
            return new InsVerification(Outcome.OID_CHANGED, List.of());
        }
        TraitsComparison comparison = TraitsComparison.of(patient, identity.traits());
        if (!comparison.allEqual()) {
            return new InsVerification(Outcome.TRAITS_DIFFER, comparison.different());
        }
        return new InsVerification(Outcome.CONFIRMED, List.of());
    }

    public boolean confirmed() {
        return outcome == Outcome.CONFIRMED;
    }
}

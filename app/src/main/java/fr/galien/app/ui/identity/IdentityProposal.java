package fr.galien.app.ui.identity;

import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.Matricules;
import fr.galien.core.identity.TraitsComparison;
import fr.galien.core.port.InsiPort.InsIdentity;
import java.util.Objects;

/**
 * An identity INSi found, ready for the side-by-side comparison: the local and INSi traits, the matricule with its
 * nature and history (INSHISTO), how it was found. Accepting it is the ViewModel's, through the identity service.
 *
 * @param patientSummary the local patient in one line ("" when there is none yet, at the counter)
 * @param note           one more sentence for this path (e.g. the ApCV qualifies at once); may be empty
 */
public record IdentityProposal(String patientSummary, TraitsComparison comparison, InsIdentity identity,
                               IdentificationMethod method, String note) {

    public IdentityProposal {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(method, "method");
        note = note == null ? "" : note;
    }

    /** "Accepter l'identité INSi" is offered only when nothing differs. */
    public boolean allEqual() {
        return comparison.allEqual();
    }

    /** False for a matricule whose key does not verify: flagged, never refused (specs §2.4). */
    public boolean keyVerifies() {
        return Matricules.keyVerifies(identity.active().matricule());
    }
}

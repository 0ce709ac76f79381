package fr.galien.core.identity;

import fr.galien.core.domain.Patient;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What the identity panel shows besides the patient: how the INS was obtained (the indicators count ApCV, Vitale
 * card and traits identifications), which document validated the identity, whether the matricule's key verifies
 * (a flag, never a refusal) and when INSi last confirmed it.
 */
public record IdentitySummary(Patient patient, Optional<IdentificationMethod> method,
                              Optional<IdentityDocument> validationMode, Optional<OffsetDateTime> insVerifiedAt) {

    /** False only for a stored matricule whose key does not verify (flag it on screen). */
    public boolean keyVerifies() {
        return patient.matricule() == null || Matricules.keyVerifies(patient.matricule());
    }
}

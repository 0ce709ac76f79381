package fr.galien.core.port;

import java.util.Objects;
import java.util.UUID;

/**
 * The INS that may go out with a document or a message (issue 4 §5, specs §2.5): matricule, OID and the five strict
 * traits as stored (INSi's, REM 26), of a patient whose identity is qualified, active, neither douteuse nor fictive.
 *
 * <p>Only {@code fr.galien.core.identity.InsExchange} builds one, after checking the status (a rule of the shared
 * architecture suite fails the build of any other main class calling this constructor). An outbound port that takes
 * a {@code QualifiedIns} therefore cannot be handed an unqualified matricule by mistake: a {@code String} does not
 * compile, and nothing else can make one. It lives here, beside the ports, so that ports need not depend on the
 * identity package (which depends on them).
 */
public final class QualifiedIns {

    private final UUID patientId;
    private final String matricule;
    private final String oid;
    private final IdentityTraits traits;

    public QualifiedIns(UUID patientId, String matricule, String oid, IdentityTraits traits) {
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.matricule = Objects.requireNonNull(matricule, "matricule");
        this.oid = Objects.requireNonNull(oid, "oid");
        this.traits = Objects.requireNonNull(traits, "traits");
    }

    /** The local patient this INS belongs to. */
    public UUID patientId() {
        return patientId;
    }

    /** The 15-character matricule (13 + key). */
    public String matricule() {
        return matricule;
    }

    /** The OID INSi returned: {@code 1.2.250.1.213.1.4.8} (NIR) or {@code .4.9} (NIA), {@code .4.10} in tests. */
    public String oid() {
        return oid;
    }

    public IdentityTraits traits() {
        return traits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QualifiedIns that && patientId.equals(that.patientId)
                && matricule.equals(that.matricule) && oid.equals(that.oid) && traits.equals(that.traits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(patientId, matricule, oid, traits);
    }

    /** No identity in logs: only the OID and the patient's local id. */
    @Override
    public String toString() {
        return "QualifiedIns[patient=" + patientId + ", oid=" + oid + "]";
    }
}

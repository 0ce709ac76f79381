package fr.galien.core.identity;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.Patient;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@link IdentityService} with the permission checks in front, like {@code AuthorizingPatientRegistry}: a refusal is
 * audited ({@code REFUSED}, no patient data) and thrown as {@code SEC-NNNN} before the delegate is touched. The app
 * gives THIS service to the UI and the CLI.
 *
 * <ul>
 *   <li>accepting an INSi answer and recording a verification: {@link Action#INS_LOOKUP} (they follow an INSi call);
 *       an ApCV acceptance qualifies at once, so it also needs {@link Action#IDENTITY_VALIDATE};</li>
 *   <li>a document check: {@link Action#IDENTITY_VALIDATE};</li>
 *   <li>attributes and the strict-trait correction: {@link Action#PATIENT_EDIT_IDENTITY};</li>
 *   <li>history and summary: {@link Action#PATIENT_READ_IDENTITY}.</li>
 * </ul>
 */
public final class AuthorizingIdentityService implements IdentityService {

    private final IdentityService delegate;
    private final AuditedAuthorization authorization;

    public AuthorizingIdentityService(IdentityService delegate, AuditedAuthorization authorization) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
    }

    @Override
    public Patient acceptInsi(Caller caller, UUID patientId, long expectedVersion, InsIdentity insi,
                              IdentificationMethod method, TraitsChoice choice) {
        authorization.require(caller, Action.INS_LOOKUP, AuditAction.IDENTITY_INSI_ACCEPT, patientId);
        if (method == IdentificationMethod.APCV) {
            authorization.require(caller, Action.IDENTITY_VALIDATE, AuditAction.IDENTITY_INSI_ACCEPT, patientId);
        }
        return delegate.acceptInsi(caller, patientId, expectedVersion, insi, method, choice);
    }

    @Override
    public Patient validateDocument(Caller caller, UUID patientId, long expectedVersion, IdentityDocument document) {
        authorization.require(caller, Action.IDENTITY_VALIDATE, AuditAction.IDENTITY_DOCUMENT_VALIDATE, patientId);
        return delegate.validateDocument(caller, patientId, expectedVersion, document);
    }

    @Override
    public Patient setAttributes(Caller caller, UUID patientId, long expectedVersion,
                                 Set<IdentityAttribute> attributes) {
        authorization.require(caller, Action.PATIENT_EDIT_IDENTITY, AuditAction.IDENTITY_ATTRIBUTES, patientId);
        return delegate.setAttributes(caller, patientId, expectedVersion, attributes);
    }

    @Override
    public Patient correctStrictTraits(Caller caller, UUID patientId, long expectedVersion, IdentityTraits corrected) {
        authorization.require(caller, Action.PATIENT_EDIT_IDENTITY, AuditAction.IDENTITY_TRAITS_CORRECT, patientId);
        return delegate.correctStrictTraits(caller, patientId, expectedVersion, corrected);
    }

    @Override
    public VerificationRecord recordVerification(Caller caller, UUID patientId, long expectedVersion,
                                                 InsiResult answer) {
        authorization.require(caller, Action.INS_LOOKUP, AuditAction.IDENTITY_VERIFY, patientId);
        return delegate.recordVerification(caller, patientId, expectedVersion, answer);
    }

    @Override
    public List<IdentityHistoryEntry> history(Caller caller, UUID patientId) {
        authorization.require(caller, Action.PATIENT_READ_IDENTITY, AuditAction.READ, patientId);
        return delegate.history(caller, patientId);
    }

    @Override
    public IdentitySummary summary(Caller caller, UUID patientId) {
        authorization.require(caller, Action.PATIENT_READ_IDENTITY, AuditAction.READ, patientId);
        return delegate.summary(caller, patientId);
    }
}

package fr.galien.core.patient;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.Patient;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The patient registry with the permission checks of {@link fr.galien.core.security.Permissions} in front (deny by
 * default, issue 3 §4): each method requires its {@link Action}; a refusal is audited ({@code REFUSED}, no patient
 * data in the detail) and thrown as {@code SEC-NNNN} before the delegate is touched, so nothing about the patient
 * reaches the caller or the logs. The app gives THIS registry to the UI and the CLI, never the bare JDBC one.
 *
 * <p>Only identities live here; clinical data (a secrétaire's refusal) will be guarded by {@link Action#CLINICAL_READ}
 * in the services that hold it. The veterinary registry is to be wrapped the same way (owners:
 * {@code PATIENT_*}, animal records: {@code CLINICAL_*}).
 */
public final class AuthorizingPatientRegistry implements PatientRegistry {

    private final PatientRegistry delegate;
    private final AuditedAuthorization authorization;

    public AuthorizingPatientRegistry(PatientRegistry delegate, AuditedAuthorization authorization) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
    }

    @Override
    public Patient create(Caller caller, Patient draft) {
        authorization.require(caller, Action.PATIENT_EDIT_IDENTITY, AuditAction.CREATE, null);
        return delegate.create(caller, draft);
    }

    @Override
    public List<Patient> createAll(Caller caller, List<Patient> drafts) {
        authorization.require(caller, Action.PATIENT_IMPORT, AuditAction.IMPORT, null);
        return delegate.createAll(caller, drafts);
    }

    @Override
    public Patient update(Caller caller, Patient edited) {
        authorization.require(caller, Action.PATIENT_EDIT_IDENTITY, AuditAction.UPDATE, edited.id());
        return delegate.update(caller, edited);
    }

    @Override
    public Patient open(Caller caller, UUID id) {
        authorization.require(caller, Action.PATIENT_READ_IDENTITY, AuditAction.READ, id);
        return delegate.open(caller, id);
    }

    @Override
    public Patient archive(Caller caller, UUID id, long expectedVersion) {
        authorization.require(caller, Action.PATIENT_ARCHIVE, AuditAction.ARCHIVE, id);
        return delegate.archive(caller, id, expectedVersion);
    }

    @Override
    public List<Patient> search(Caller caller, String query, int limit) {
        // The query is not audited: it is typed patient data.
        authorization.require(caller, Action.PATIENT_SEARCH, AuditAction.READ, null);
        return delegate.search(caller, query, limit);
    }

    @Override
    public List<Patient> exportAll(Caller caller) {
        authorization.require(caller, Action.PATIENT_EXPORT, AuditAction.EXPORT, null);
        return delegate.exportAll(caller);
    }

    @Override
    public List<Patient> incompleteIdentities(Caller caller, int limit) {
        authorization.require(caller, Action.PATIENT_SEARCH, AuditAction.READ, null);
        return delegate.incompleteIdentities(caller, limit);
    }

    @Override
    public List<Patient> lookalikes(Caller caller, Patient candidate) {
        authorization.require(caller, Action.PATIENT_SEARCH, AuditAction.READ, null);
        return delegate.lookalikes(caller, candidate);
    }
}

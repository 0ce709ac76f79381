package fr.galien.core.patient.duplicates;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The duplicates worklist behind {@link Action#PATIENT_MERGE} (docs/permissions.md): listing, dismissing, merging and
 * unmerging all need it, checked in the core before the delegate is touched; a refusal is audited without patient
 * data and thrown as {@code SEC-NNNN}. The app gives this one to the UI and the CLI, never the bare JDBC one.
 */
public final class AuthorizingPatientDuplicates implements PatientDuplicates {

    private final PatientDuplicates delegate;
    private final AuditedAuthorization authorization;

    public AuthorizingPatientDuplicates(PatientDuplicates delegate, AuditedAuthorization authorization) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
    }

    @Override
    public List<DuplicatePair> find(Caller caller, int minScore) {
        authorization.require(caller, Action.PATIENT_MERGE, AuditAction.READ, null);
        return delegate.find(caller, minScore);
    }

    @Override
    public void dismiss(Caller caller, UUID firstId, long firstVersion, UUID secondId, long secondVersion) {
        authorization.require(caller, Action.PATIENT_MERGE, AuditAction.DUPLICATE_DISMISS, firstId);
        delegate.dismiss(caller, firstId, firstVersion, secondId, secondVersion);
    }

    @Override
    public MergeRecord merge(Caller caller, UUID survivorId, long survivorVersion, UUID retiredId,
                             long retiredVersion) {
        authorization.require(caller, Action.PATIENT_MERGE, AuditAction.MERGE, survivorId);
        return delegate.merge(caller, survivorId, survivorVersion, retiredId, retiredVersion);
    }

    @Override
    public MergeRecord unmerge(Caller caller, UUID mergeId) {
        authorization.require(caller, Action.PATIENT_MERGE, AuditAction.UNMERGE, null);
        return delegate.unmerge(caller, mergeId);
    }

    @Override
    public List<MergeRecord> merges(Caller caller, int limit) {
        authorization.require(caller, Action.PATIENT_MERGE, AuditAction.READ, null);
        return delegate.merges(caller, limit);
    }
}

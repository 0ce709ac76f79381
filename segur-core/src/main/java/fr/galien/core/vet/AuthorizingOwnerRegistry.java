package fr.galien.core.vet;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.Animal;
import fr.galien.core.domain.Owner;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The veterinary registry with the permission checks of {@link fr.galien.core.security.Permissions} in front, as
 * {@link fr.galien.core.patient.AuthorizingPatientRegistry} does for human patients (deny by default, issue 3 §4):
 * each method requires its {@link Action}; a refusal is audited ({@code REFUSED}, ids only in the row, no name in
 * the detail) and thrown as {@code SEC-NNNN} before the delegate is touched. The app gives THIS registry to the UI
 * and the CLI, never the bare JDBC one.
 *
 * <p>This registry holds identities only — the client's contact details and the animal's name, species, tattoo and
 * transponder — so both owners and animals are guarded by the {@code PATIENT_*} actions (an assistant vétérinaire
 * registers a new animal at the reception desk). Consultations and treatments, when they come, will be guarded by
 * {@link Action#CLINICAL_READ}/{@link Action#CLINICAL_WRITE} in the service that holds them.
 */
public final class AuthorizingOwnerRegistry implements OwnerRegistry {

    private final OwnerRegistry delegate;
    private final AuditedAuthorization authorization;

    public AuthorizingOwnerRegistry(OwnerRegistry delegate, AuditedAuthorization authorization) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
    }

    @Override
    public Owner createOwner(Caller caller, Owner draft) {
        authorization.require(caller, Action.PATIENT_EDIT_IDENTITY, AuditAction.CREATE, null);
        return delegate.createOwner(caller, draft);
    }

    @Override
    public List<OwnerFile> createAll(Caller caller, List<OwnerFile> drafts) {
        authorization.require(caller, Action.PATIENT_IMPORT, AuditAction.IMPORT, null);
        return delegate.createAll(caller, drafts);
    }

    @Override
    public Owner updateOwner(Caller caller, Owner edited) {
        authorization.require(caller, Action.PATIENT_EDIT_IDENTITY, AuditAction.UPDATE, edited.id());
        return delegate.updateOwner(caller, edited);
    }

    @Override
    public OwnerFile openOwner(Caller caller, UUID ownerId) {
        authorization.require(caller, Action.PATIENT_READ_IDENTITY, AuditAction.READ, ownerId);
        return delegate.openOwner(caller, ownerId);
    }

    @Override
    public Animal addAnimal(Caller caller, UUID ownerId, Animal draft) {
        // The animal has no id yet: the refusal row names the owner it was meant for.
        authorization.require(caller, Action.PATIENT_EDIT_IDENTITY, AuditAction.CREATE, ownerId);
        return delegate.addAnimal(caller, ownerId, draft);
    }

    @Override
    public Animal updateAnimal(Caller caller, Animal edited) {
        authorization.require(caller, Action.PATIENT_EDIT_IDENTITY, AuditAction.UPDATE, edited.id());
        return delegate.updateAnimal(caller, edited);
    }

    @Override
    public Animal archiveAnimal(Caller caller, UUID animalId, long expectedVersion) {
        authorization.require(caller, Action.PATIENT_ARCHIVE, AuditAction.ARCHIVE, animalId);
        return delegate.archiveAnimal(caller, animalId, expectedVersion);
    }

    @Override
    public Owner archiveOwner(Caller caller, UUID ownerId, long expectedVersion) {
        authorization.require(caller, Action.PATIENT_ARCHIVE, AuditAction.ARCHIVE, ownerId);
        return delegate.archiveOwner(caller, ownerId, expectedVersion);
    }

    @Override
    public List<OwnerFile> search(Caller caller, String query, int limit) {
        // The query is not audited: it is typed client data.
        authorization.require(caller, Action.PATIENT_SEARCH, AuditAction.READ, null);
        return delegate.search(caller, query, limit);
    }
}

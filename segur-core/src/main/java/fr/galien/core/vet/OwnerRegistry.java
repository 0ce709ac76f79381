package fr.galien.core.vet;

import fr.galien.core.domain.Animal;
import fr.galien.core.domain.Owner;
import fr.galien.core.security.Caller;
import java.util.List;
import java.util.UUID;

/**
 * A vet practice's clients (owners) and their animals. Every method takes the caller; creations, updates, archivals
 * and file openings are written to the audit trail in the same transaction as the change (searches are not:
 * decisions.md).
 *
 * <p>Audit rows name the record in the {@code patient_id} column: for a vet practice the "patient" is the
 * <b>animal</b>, so animal operations carry the animal id; owner operations (the client's file, contact details)
 * carry the owner id. Both are UUIDs from the same space, so a row is never ambiguous.
 *
 * <p>Drafts may carry a null id (one is generated); versions and archival flags of drafts are ignored.
 */
public interface OwnerRegistry {

    /**
     * Saves a new owner after validation (audit {@code CREATE}, owner id).
     *
     * @throws fr.galien.core.error.ValidationException one field error per bad field; nothing is saved
     */
    Owner createOwner(Caller caller, Owner draft);

    /**
     * Saves many households (owners with their animals) in one transaction, all or nothing, one {@code CREATE} row
     * per owner and per animal: the demo practice, imports. Animals' {@code ownerId} is set from their owner.
     *
     * @throws fr.galien.core.error.ValidationException field errors named {@code owners[i].lastName},
     *                                                  {@code owners[i].animals[j].name}; nothing is saved
     */
    List<OwnerFile> createAll(Caller caller, List<OwnerFile> drafts);

    /**
     * Saves an edited owner whose {@link Owner#version()} is the one read (audit {@code UPDATE}).
     *
     * @throws fr.galien.core.error.SegurException {@code CORE-0006} when another workstation saved it meanwhile
     */
    Owner updateOwner(Caller caller, Owner edited);

    /** Opens a client's file: the owner and its active animals (audit {@code READ} of each). {@code CORE-0007} if unknown. */
    OwnerFile openOwner(Caller caller, UUID ownerId);

    /**
     * Adds an animal to an owner (audit {@code CREATE}, animal id); {@code draft.ownerId()} is ignored.
     *
     * @throws fr.galien.core.error.SegurException {@code CORE-0007} unknown owner, {@code VET-0001} archived owner
     */
    Animal addAnimal(Caller caller, UUID ownerId, Animal draft);

    /**
     * Saves an edited animal whose {@link Animal#version()} is the one read (audit {@code UPDATE}); it stays with
     * its owner ({@code edited.ownerId()} is ignored).
     *
     * @throws fr.galien.core.error.SegurException {@code CORE-0006} on a concurrent change
     */
    Animal updateAnimal(Caller caller, Animal edited);

    /** Archives an animal (deceased, given away): hidden from files and searches, kept in the database. */
    Animal archiveAnimal(Caller caller, UUID animalId, long expectedVersion);

    /** Archives an owner and all its animals (one {@code ARCHIVE} row each): hidden, kept in the database. */
    Owner archiveOwner(Caller caller, UUID ownerId, long expectedVersion);

    /**
     * Search as you type: every word of {@code query} must start a word of the owner's last or first name or of the
     * name of one of its active animals (case, accents, hyphens and apostrophes ignored, as for human patients), or
     * start an animal's tattoo; a 15-digit word finds the animal with exactly that transponder. Archived owners and
     * animals are left out. Not audited.
     */
    List<OwnerFile> search(Caller caller, String query, int limit);
}

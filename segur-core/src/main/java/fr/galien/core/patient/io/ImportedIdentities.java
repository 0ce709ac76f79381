package fr.galien.core.patient.io;

import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;

/**
 * What an imported identity is worth here. An identity coming from another identity domain (another software, a
 * file) must be re-qualified by this practice (RNIV; Ségur INS requirement REM 30, specs.md §2.5): the checks made
 * elsewhere do not count. Nothing is thrown away — a matricule returned by INSi elsewhere is kept — but no imported
 * identity stays shareable.
 *
 * <ul>
 *   <li>{@code qualifiee} → {@code recuperee} (matricule kept, to re-check with INSi and an ID document), or
 *       {@code provisoire} when the file carries no matricule;</li>
 *   <li>{@code validee} → {@code provisoire} (the ID document was seen by someone else);</li>
 *   <li>{@code recuperee} and {@code provisoire} stay as they are.</li>
 * </ul>
 */
public final class ImportedIdentities {

    private ImportedIdentities() {
    }

    public static Patient requalify(Patient imported) {
        IdentityStatus status = switch (imported.identityStatus()) {
            case QUALIFIEE -> imported.matricule() != null ? IdentityStatus.RECUPEREE : IdentityStatus.PROVISOIRE;
            case VALIDEE -> IdentityStatus.PROVISOIRE;
            case RECUPEREE, PROVISOIRE -> imported.identityStatus();
        };
        if (status == imported.identityStatus()) {
            return imported;
        }
        return new Patient(imported.id(), imported.birthName(), imported.usedName(), imported.firstNames(),
                imported.sex(), imported.birthDate(), imported.birthPlaceCode(), imported.contact(), status,
                imported.matricule(), imported.oid(), imported.attributes(), imported.archived(), imported.version());
    }
}

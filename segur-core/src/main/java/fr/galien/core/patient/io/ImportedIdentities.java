package fr.galien.core.patient.io;

import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.identity.IdentityRules;

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
 *   <li>{@code recuperee} and {@code provisoire} stay as they are;</li>
 *   <li>a {@code douteuse} or {@code fictive} identity is {@code provisoire} without matricule, whatever the file
 *       says (RNIV: such identities carry no INS).</li>
 * </ul>
 */
public final class ImportedIdentities {

    private ImportedIdentities() {
    }

    public static Patient requalify(Patient imported) {
        if (IdentityRules.blocking(imported.attributes()).isPresent()) {
            if (imported.identityStatus() == IdentityStatus.PROVISOIRE && imported.matricule() == null
                    && imported.oid() == null) {
                return imported;
            }
            return new Patient(imported.id(), imported.birthName(), imported.usedName(), imported.firstNames(),
                    imported.sex(), imported.birthDate(), imported.birthPlaceCode(), imported.contact(),
                    IdentityStatus.PROVISOIRE, null, null, imported.attributes(), imported.archived(),
                    imported.version());
        }
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

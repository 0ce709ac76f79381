package fr.galien.core.security;

import static fr.galien.core.security.Action.ACCOUNTS_MANAGE;
import static fr.galien.core.security.Action.AUDIT_READ;
import static fr.galien.core.security.Action.BACKUP_CREATE;
import static fr.galien.core.security.Action.BACKUP_RESTORE;
import static fr.galien.core.security.Action.CLINICAL_READ;
import static fr.galien.core.security.Action.CLINICAL_WRITE;
import static fr.galien.core.security.Action.DISPENSATION_PREPARE;
import static fr.galien.core.security.Action.DISPENSATION_VALIDATE;
import static fr.galien.core.security.Action.IDENTITY_VALIDATE;
import static fr.galien.core.security.Action.INS_LOOKUP;
import static fr.galien.core.security.Action.NATIONAL_CALL;
import static fr.galien.core.security.Action.PATIENT_ARCHIVE;
import static fr.galien.core.security.Action.PATIENT_EDIT_IDENTITY;
import static fr.galien.core.security.Action.PATIENT_EXPORT;
import static fr.galien.core.security.Action.PATIENT_IMPORT;
import static fr.galien.core.security.Action.PATIENT_MERGE;
import static fr.galien.core.security.Action.PATIENT_READ_IDENTITY;
import static fr.galien.core.security.Action.PATIENT_SEARCH;
import static fr.galien.core.security.Action.SETTINGS_MANAGE;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * THE declaration of who may do what: a role × action matrix, deny by default — a cell not granted here is
 * refused, so a new {@link Action} or {@link Role} is granted to nobody until it is added below. The rules (issue 3,
 * docs/permissions.md):
 * <ul>
 *   <li>the practice holders (pharmacien titulaire, médecin, vétérinaire) may do everything their profession allows,
 *       including accounts, settings, audit and backups;</li>
 *   <li>care professionals (pharmacien adjoint, sage-femme, infirmier) work on patients and clinical data and make
 *       national calls, without managing the practice;</li>
 *   <li>a préparateur prepares dispensations and handles identities at the counter; the national calls of a
 *       dispensation go out under the pharmacist's Pro Santé Connect session (ADR 0009), so no NATIONAL_CALL here;</li>
 *   <li>a secrétaire / assistant handles identities (reception) and never clinical data;</li>
 *   <li>the administrateur technique manages accounts, settings, the audit chain (ids only, no names) and backups
 *       (opaque files), and reads no patient identity and no clinical data: managing accounts needs none;</li>
 *   <li>vets use local accounts, not PSC: no national call;</li>
 *   <li>the technical account of scheduled backups may make a backup and nothing else (SSI/GEN.17);</li>
 *   <li>everyone who creates human identities may query INSi ({@code INS_LOOKUP}, under the practice's organisation
 *       certificate, ADR 0012) and check an identity document ({@code IDENTITY_VALIDATE}): identitovigilance happens
 *       at the reception desk and the counter. Vets (animals and owners have no INS) and the administrateur technique
 *       (no patient identity) get neither.</li>
 * </ul>
 * NATIONAL_CALL also requires a PSC-authenticated caller ({@link Action#requiresProSanteConnect()}), checked by
 * {@link Authorization}.
 */
public final class Permissions {

    /** The matrix Galien runs with. */
    public static final Permissions STANDARD = new Permissions(declaration());

    private final Map<Role, Set<Action>> grants;

    /** A matrix from explicit grants; any role or action missing from {@code grants} is denied. */
    public Permissions(Map<Role, Set<Action>> grants) {
        Map<Role, Set<Action>> copy = new EnumMap<>(Role.class);
        grants.forEach((role, actions) -> copy.put(Objects.requireNonNull(role),
                actions.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Action.class))
                        : Collections.unmodifiableSet(EnumSet.copyOf(actions))));
        this.grants = Collections.unmodifiableMap(copy);
    }

    private static Map<Role, Set<Action>> declaration() {
        Map<Role, Set<Action>> grants = new EnumMap<>(Role.class);
        grants.put(Role.PHARMACIEN_TITULAIRE, EnumSet.of(
                PATIENT_SEARCH, PATIENT_READ_IDENTITY, PATIENT_EDIT_IDENTITY, PATIENT_ARCHIVE, PATIENT_EXPORT,
                PATIENT_IMPORT, CLINICAL_READ, CLINICAL_WRITE, DISPENSATION_PREPARE, DISPENSATION_VALIDATE,
                NATIONAL_CALL, ACCOUNTS_MANAGE, SETTINGS_MANAGE, AUDIT_READ, BACKUP_RESTORE,
                INS_LOOKUP, IDENTITY_VALIDATE));
        grants.put(Role.PHARMACIEN_ADJOINT, EnumSet.of(
                PATIENT_SEARCH, PATIENT_READ_IDENTITY, PATIENT_EDIT_IDENTITY, PATIENT_ARCHIVE,
                CLINICAL_READ, CLINICAL_WRITE, DISPENSATION_PREPARE, DISPENSATION_VALIDATE, NATIONAL_CALL,
                INS_LOOKUP, IDENTITY_VALIDATE));
        grants.put(Role.PREPARATEUR, EnumSet.of(
                PATIENT_SEARCH, PATIENT_READ_IDENTITY, PATIENT_EDIT_IDENTITY, DISPENSATION_PREPARE,
                INS_LOOKUP, IDENTITY_VALIDATE));
        grants.put(Role.MEDECIN, EnumSet.of(
                PATIENT_SEARCH, PATIENT_READ_IDENTITY, PATIENT_EDIT_IDENTITY, PATIENT_ARCHIVE, PATIENT_EXPORT,
                PATIENT_IMPORT, CLINICAL_READ, CLINICAL_WRITE, NATIONAL_CALL,
                ACCOUNTS_MANAGE, SETTINGS_MANAGE, AUDIT_READ, BACKUP_RESTORE, INS_LOOKUP, IDENTITY_VALIDATE));
        grants.put(Role.SAGE_FEMME, EnumSet.of(
                PATIENT_SEARCH, PATIENT_READ_IDENTITY, PATIENT_EDIT_IDENTITY, PATIENT_ARCHIVE,
                CLINICAL_READ, CLINICAL_WRITE, NATIONAL_CALL, INS_LOOKUP, IDENTITY_VALIDATE));
        grants.put(Role.INFIRMIER, EnumSet.of(
                PATIENT_SEARCH, PATIENT_READ_IDENTITY, PATIENT_EDIT_IDENTITY, PATIENT_ARCHIVE,
                CLINICAL_READ, CLINICAL_WRITE, NATIONAL_CALL, INS_LOOKUP, IDENTITY_VALIDATE));
        grants.put(Role.VETERINAIRE, EnumSet.of(
                PATIENT_SEARCH, PATIENT_READ_IDENTITY, PATIENT_EDIT_IDENTITY, PATIENT_ARCHIVE, PATIENT_EXPORT,
                PATIENT_IMPORT, CLINICAL_READ, CLINICAL_WRITE,
                ACCOUNTS_MANAGE, SETTINGS_MANAGE, AUDIT_READ, BACKUP_RESTORE));
        grants.put(Role.SECRETAIRE, EnumSet.of(
                PATIENT_SEARCH, PATIENT_READ_IDENTITY, PATIENT_EDIT_IDENTITY, INS_LOOKUP, IDENTITY_VALIDATE));
        grants.put(Role.ADMINISTRATEUR_TECHNIQUE, EnumSet.of(
                ACCOUNTS_MANAGE, SETTINGS_MANAGE, AUDIT_READ, BACKUP_RESTORE));
        // Merging duplicates (issue 4 §7): the professionals and the reception who handle identities; not the
        // préparateur (identities at the counter, the pharmacist decides), not vets (no human patients), not the
        // administrateur technique (no patient identity).
        for (Role role : new Role[] {Role.PHARMACIEN_TITULAIRE, Role.PHARMACIEN_ADJOINT, Role.MEDECIN,
                Role.SAGE_FEMME, Role.INFIRMIER, Role.SECRETAIRE}) {
            grants.get(role).add(PATIENT_MERGE);
        }
        // Backups (issue 14): whoever may back up and restore, and the technical account of scheduled backups,
        // which may do nothing else (SSI/GEN.17).
        for (Role role : new Role[] {Role.PHARMACIEN_TITULAIRE, Role.MEDECIN, Role.VETERINAIRE,
                Role.ADMINISTRATEUR_TECHNIQUE}) {
            grants.get(role).add(BACKUP_CREATE);
        }
        grants.put(Role.SAUVEGARDE_TECHNIQUE, EnumSet.of(BACKUP_CREATE));
        // Role.NON_AUTHENTIFIE: nothing.
        return grants;
    }

    /** True only when the cell is granted. */
    public boolean allows(Role role, Action action) {
        Objects.requireNonNull(action, "action");
        return grants.getOrDefault(role, Set.of()).contains(action);
    }

    /** What {@code role} may do (empty when nothing). */
    public Set<Action> actionsOf(Role role) {
        return grants.getOrDefault(role, Set.of());
    }

    /** Who may do {@code action}, in declaration order. */
    public Set<Role> rolesAllowed(Action action) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (allows(role, action)) {
                roles.add(role);
            }
        }
        return Collections.unmodifiableSet(roles);
    }

    /** The matrix as a Markdown table (French labels), the form docs/permissions.md carries. */
    public String toMarkdown() {
        StringBuilder table = new StringBuilder("| Action |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Role role : Role.assignable()) {
            table.append(' ').append(role.label()).append(" |");
            rule.append(":-:|");
        }
        table.append('\n').append(rule).append('\n');
        for (Action action : Action.values()) {
            table.append("| ").append(action.label()).append(" (`").append(action.name()).append("`) |");
            for (Role role : Role.assignable()) {
                table.append(allows(role, action) ? " ✔ |" : " — |");
            }
            table.append('\n');
        }
        return table.toString();
    }
}

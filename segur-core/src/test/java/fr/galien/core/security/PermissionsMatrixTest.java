package fr.galien.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role × action cell of {@link Permissions#STANDARD}, generated from the enums, against an independent table
 * written out below: changing the declaration without changing this table fails. A row or column missing from the
 * table means "denied everywhere", so an action or role added without grants is checked as denied by default.
 */
class PermissionsMatrixTest {

    /** X granted, . denied. One line per action; columns in the order of {@link #COLUMNS}. */
    private static final String EXPECTED = """
                                    TIT ADJ PRE MED SF  INF VET SEC ADM NA SAV
            PATIENT_SEARCH           X   X   X   X   X   X   X   X   .   .   .
            PATIENT_READ_IDENTITY    X   X   X   X   X   X   X   X   .   .   .
            PATIENT_EDIT_IDENTITY    X   X   X   X   X   X   X   X   .   .   .
            PATIENT_ARCHIVE          X   X   .   X   X   X   X   .   .   .   .
            PATIENT_EXPORT           X   .   .   X   .   .   X   .   .   .   .
            PATIENT_IMPORT           X   .   .   X   .   .   X   .   .   .   .
            CLINICAL_READ            X   X   .   X   X   X   X   .   .   .   .
            CLINICAL_WRITE           X   X   .   X   X   X   X   .   .   .   .
            DISPENSATION_PREPARE     X   X   X   .   .   .   .   .   .   .   .
            DISPENSATION_VALIDATE    X   X   .   .   .   .   .   .   .   .   .
            NATIONAL_CALL            X   X   .   X   X   X   .   .   .   .   .
            ACCOUNTS_MANAGE          X   .   .   X   .   .   X   .   X   .   .
            SETTINGS_MANAGE          X   .   .   X   .   .   X   .   X   .   .
            AUDIT_READ               X   .   .   X   .   .   X   .   X   .   .
            BACKUP_RESTORE           X   .   .   X   .   .   X   .   X   .   .
            INS_LOOKUP               X   X   X   X   X   X   .   X   .   .   .
            IDENTITY_VALIDATE        X   X   X   X   X   X   .   X   .   .   .
            PATIENT_MERGE            X   X   .   X   X   X   .   X   .   .   .
            BACKUP_CREATE            X   .   .   X   .   .   X   .   X   .   X
            """;

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("TIT", "PHARMACIEN_TITULAIRE"),
            Map.entry("ADJ", "PHARMACIEN_ADJOINT"),
            Map.entry("PRE", "PREPARATEUR"),
            Map.entry("MED", "MEDECIN"),
            Map.entry("SF", "SAGE_FEMME"),
            Map.entry("INF", "INFIRMIER"),
            Map.entry("VET", "VETERINAIRE"),
            Map.entry("SEC", "SECRETAIRE"),
            Map.entry("ADM", "ADMINISTRATEUR_TECHNIQUE"),
            Map.entry("NA", "NON_AUTHENTIFIE"),
            Map.entry("SAV", "SAUVEGARDE_TECHNIQUE"));

    /** Parsed by name, so the table stays independent of the enums' declaration order. */
    private static Map<String, Set<String>> expectedGrants() {
        List<String> lines = EXPECTED.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> header = List.of(lines.get(0).split("\\s+"));
        Map<String, Set<String>> grants = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\s+");
            assertThat(cells).as("row %s", cells[0]).hasSize(header.size() + 1);
            Set<String> roles = new java.util.HashSet<>();
            for (int i = 0; i < header.size(); i++) {
                if (cells[i + 1].equals("X")) {
                    roles.add(COLUMNS.get(header.get(i)));
                }
            }
            grants.put(cells[0], roles);
        }
        return grants;
    }

    static Stream<Arguments> everyCell() {
        Map<String, Set<String>> expected = expectedGrants();
        List<Arguments> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Action action : Action.values()) {
                boolean granted = expected.getOrDefault(action.name(), Set.of()).contains(role.name());
                cells.add(Arguments.of(role, action, granted));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @MethodSource("everyCell")
    void standardMatrixMatchesTheWrittenTable(Role role, Action action, boolean granted) {
        assertThat(Permissions.STANDARD.allows(role, action)).isEqualTo(granted);
    }

    @Test
    void theTableNamesOnlyExistingActionsAndRoles() {
        Set<String> actions = EnumSet.allOf(Action.class).stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        Set<String> roles = EnumSet.allOf(Role.class).stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(actions).containsAll(expectedGrants().keySet());
        assertThat(roles).containsAll(COLUMNS.values());
    }

    @Test
    void anActionOrRoleWithoutGrantsIsDeniedToEveryone() {
        Map<Role, Set<Action>> grants = new EnumMap<>(Role.class);
        grants.put(Role.SECRETAIRE, EnumSet.of(Action.PATIENT_SEARCH));
        Permissions permissions = new Permissions(grants);

        for (Role role : Role.values()) {
            for (Action action : Action.values()) {
                boolean onlyGrant = role == Role.SECRETAIRE && action == Action.PATIENT_SEARCH;
                assertThat(permissions.allows(role, action)).as("%s × %s", role, action).isEqualTo(onlyGrant);
            }
        }
    }

    @Test
    void theBackupTechnicalAccountMayOnlyMakeBackups() {
        assertThat(Permissions.STANDARD.actionsOf(Role.SAUVEGARDE_TECHNIQUE)).containsExactly(Action.BACKUP_CREATE);
    }

    @Test
    void nobodyUnauthenticatedMayDoAnything() {
        assertThat(Permissions.STANDARD.actionsOf(Role.NON_AUTHENTIFIE)).isEmpty();
    }

    @Test
    void secretaryCannotOpenClinicalData() {
        assertThat(Permissions.STANDARD.allows(Role.SECRETAIRE, Action.CLINICAL_READ)).isFalse();
    }

    @Test
    void technicalAdministratorReadsNoPatientAndNoClinicalData() {
        assertThat(Permissions.STANDARD.actionsOf(Role.ADMINISTRATEUR_TECHNIQUE))
                .noneMatch(action -> action.name().startsWith("PATIENT_") || action.name().startsWith("CLINICAL_"));
    }

    @Test
    void insLookupNeedsNoProSanteConnectBecauseInsiTrustsTheOrganisationCertificate() {
        assertThat(Action.INS_LOOKUP.requiresProSanteConnect()).isFalse();
        assertThat(Authorization.allows(new Caller("local:1", "Accueil", Role.SECRETAIRE, "poste-1",
                AuthenticationMethod.LOCAL_PASSWORD), Action.INS_LOOKUP)).isTrue();
    }

    @Test
    void identityValidationFollowsHumanIdentityEditingExceptVets() {
        for (Role role : Role.values()) {
            boolean humanEditor = Permissions.STANDARD.allows(role, Action.PATIENT_EDIT_IDENTITY)
                    && role != Role.VETERINAIRE;
            assertThat(Permissions.STANDARD.allows(role, Action.IDENTITY_VALIDATE)).as(role.name()).isEqualTo(humanEditor);
            assertThat(Permissions.STANDARD.allows(role, Action.INS_LOOKUP)).as(role.name()).isEqualTo(humanEditor);
        }
    }

    @Test
    void everyActionHasAFrenchLabel() {
        for (Action action : Action.values()) {
            assertThat(action.label()).as(action.name()).isNotBlank().doesNotContain("_");
        }
    }

    @Test
    void docsCarryTheMatrixAsDeclared() throws Exception {
        java.nio.file.Path doc = java.nio.file.Path.of("..", "docs", "permissions.md");
        assertThat(java.nio.file.Files.readString(doc)).contains(Permissions.STANDARD.toMarkdown());
    }
}

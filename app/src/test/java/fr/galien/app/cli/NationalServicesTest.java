package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.app.DemoPractice;
import fr.galien.app.GalienRuntime;
import fr.galien.app.InProcessSandbox;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditQueries;
import fr.galien.core.audit.AuditRecord;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.security.AuthenticationMethod;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.apcv.ApCvSimulator;
import fr.galien.sandbox.insi.InsiSimulator;
import fr.galien.sandbox.psc.PscSettings;
import fr.galien.sandbox.psc.PscSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The helper behind {@code --national-id} of the commands making national calls: CIBA login for the command's
 * duration against the in-process PSC simulator (instant phone approval), the command acting as the professional,
 * logout at the end, and no token on disk.
 */
class NationalServicesTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path state;

    private final PscSimulator psc = new PscSimulator(PscSettings.defaults().withApprovalDelay(Duration.ZERO));
    private final StringWriter err = new StringWriter();

    private InProcessSandbox sandbox() {
        return InProcessSandbox.start(SandboxOptions.defaults().withStateDirectory(state),
                List.of(psc, new InsiSimulator(), new ApCvSimulator()));
    }

    private GalienRuntime demo() {
        GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
        DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
        return runtime;
    }

    @Test
    void withANationalIdTheCommandActsAsTheProfessionalAndLogsOutAtTheEnd() throws IOException {
        try (GalienRuntime runtime = demo()) {
            try (NationalServices services = NationalServices.start(runtime, new PrintWriter(err),
                    Optional.of("899900000001"), null, this::sandbox)) {
                assertThat(services.caller().userId()).isEqualTo("psc:899900000001");
                assertThat(services.caller().authentication()).isEqualTo(AuthenticationMethod.PSC);
                assertThat(services.pscSession()).isPresent();
                assertThat(runtime.pscPort().orElseThrow().currentAccessToken()).isPresent();

                runtime.insiSearch().orElseThrow().searchByTraits(services.caller(), new IdentityTraits("ADRUN",
                        List.of("ZOE"), Sex.F, BirthDate.parseIso("1975-12-31").orElseThrow(), null));
            }

            assertThat(runtime.pscPort().orElseThrow().currentSession()).as("logged out").isEmpty();
            List<AuditAction> actions = actions(runtime, "psc:899900000001");
            assertThat(actions).as("login, the INSi call(s) as the professional, logout").first()
                    .isEqualTo(AuditAction.LOGIN);
            assertThat(actions).last().isEqualTo(AuditAction.LOGOUT);
            assertThat(actions).contains(AuditAction.INSI_CALL)
                    .containsOnly(AuditAction.LOGIN, AuditAction.INSI_CALL, AuditAction.LOGOUT);
        }
        assertThat(err.toString()).as("CIBA progress and the sandbox on stderr").contains("Bac à sable")
                .contains(state.toString());
        List<String> tokens = psc.issuedSecrets().all();
        assertThat(tokens).as("the simulator handed out tokens").isNotEmpty();
        assertNoFileHolds(dataDir, tokens);
        assertNoFileHolds(state, tokens);
    }

    @Test
    void withoutANationalIdTheCommandActsAsTheOsUserAsBefore() {
        try (GalienRuntime runtime = demo();
             NationalServices services = NationalServices.start(runtime, new PrintWriter(err), Optional.empty(),
                     null, this::sandbox)) {
            assertThat(services.caller()).isEqualTo(runtime.caller());
            assertThat(services.professional()).isEmpty();
            assertThat(services.pscSession()).isEmpty();
        }
        assertThat(psc.issuedSecrets().all()).as("no login was made").isEmpty();
    }

    @Test
    void severalExercisesWithoutAChoiceAreRefusedAndLeaveNoSession() {
        try (GalienRuntime runtime = demo()) {
            assertThatThrownBy(() -> NationalServices.start(runtime, new PrintWriter(err),
                    Optional.of("899900000007"), null, this::sandbox))
                    .isInstanceOf(SegurException.class).hasMessageContaining("PCL-0001").hasMessageContaining("2. ");

            assertThat(runtime.pscPort().orElseThrow().currentSession()).isEmpty();
            assertThat(actions(runtime, "psc:899900000007")).doesNotContain(AuditAction.LOGIN);
        }
    }

    @Test
    void theChosenExerciseIsTheSessionsOne() {
        try (GalienRuntime runtime = demo();
             NationalServices services = NationalServices.start(runtime, new PrintWriter(err),
                     Optional.of("899900000007"), 2, this::sandbox)) {
            assertThat(services.pscSession().orElseThrow().exercise()).isPresent();
            assertThat(services.caller().userId()).isEqualTo("psc:899900000007");
        }
    }

    @Test
    void aRefusalOnThePhoneFailsTheCommandWithAPscCode() {
        try (GalienRuntime runtime = demo()) {
            assertThatThrownBy(() -> NationalServices.start(runtime, new PrintWriter(err),
                    Optional.of("899900000009"), null, this::sandbox))
                    .isInstanceOf(SegurException.class).hasMessageContaining("PSC-");
            assertThat(actions(runtime, "psc:899900000009")).containsExactly(AuditAction.LOGIN_FAILED);
        }
    }

    private static List<AuditAction> actions(GalienRuntime runtime, String userId) {
        List<AuditRecord> latest = runtime.database().read(connection -> AuditQueries.latest(connection, 200));
        List<AuditAction> actions = new ArrayList<>(latest.stream()
                .filter(record -> userId.equals(record.userId())).map(AuditRecord::action).toList());
        Collections.reverse(actions);
        return actions;
    }

    /** Tokens never touch the disk: no file of the folder holds any of them (nor a JWT's signature). */
    private static void assertNoFileHolds(Path folder, List<String> tokens) throws IOException {
        List<String> needles = new ArrayList<>();
        for (String token : tokens) {
            needles.add(token);
            String[] parts = token.split("\\.");
            if (parts.length == 3) {
                needles.add(parts[2]);
            }
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String needle : needles) {
                    assertThat(content).as(file.toString()).doesNotContain(needle);
                }
            }
        }
    }
}

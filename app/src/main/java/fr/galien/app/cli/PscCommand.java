package fr.galien.app.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.galien.app.GalienRuntime;
import fr.galien.app.InProcessSandbox;
import fr.galien.app.ui.session.UserSession;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.port.ProSanteConnectPort.PscSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code galien psc login|whoami} (docs/cli.md). Tokens live in memory only (never on disk), so the PSC session
 * of {@code login} ends with the command (logged out at the provider); what stays is a summary of who logged in,
 * without any token, for {@code whoami}.
 */
@Command(name = "psc", description = "Pro Santé Connect (e-CPS) : connexion d'un professionnel de santé.")
final class PscCommand {

    /** Setting holding the last PSC login of a workstation (professional summary and time; never a token). */
    static final String LAST_LOGIN_SETTING = "cli.pscLastLogin.";

    private static final ObjectMapper READER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Command(name = "login", description = {"Connexion par CIBA : validez la demande dans l'application e-CPS.",
        "Options : --national-id ID (obligatoire), --exercise N quand le professionnel a plusieurs exercices."})
    int login(@Option(names = "--json", description = "Sortie JSON (la sortie est toujours du JSON).") boolean json) {
        // --national-id and --exercise are the global options (they also authenticate any other command).
        GalienCommand root = GalienCommand.root(spec);
        String nationalId = root.nationalId().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Option requise : --national-id ID"));
        Integer exercise = root.exercise();
        PrintWriter err = spec.commandLine().getErr();
        try (GalienRuntime runtime = root.openRuntime();
             NationalServices services = NationalServices.start(runtime, err, Optional.of(nationalId.strip()),
                     exercise, InProcessSandbox::start)) {
            // The one login path of the command line (CIBA, exercise choice, audited LOGIN); LOGOUT at close.
            PscSession session = services.pscSession().orElseThrow();
            Map<String, Object> who = describe(session, services.professional().orElseThrow());
            runtime.practices().putSetting(LAST_LOGIN_SETTING + runtime.workstationId(),
                    Json.write(lastLogin(who, runtime)));
            spec.commandLine().getOut().println(Json.write(who));
            return Cli.OK;
        }
    }

    @Command(name = "whoami", description = "Dernière connexion Pro Santé Connect enregistrée sur ce poste.")
    int whoami(@Option(names = "--json", description = "Sortie JSON (la sortie est toujours du JSON).") boolean json) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            runtime.requirePractice();
            String stored = runtime.practices().setting(LAST_LOGIN_SETTING + runtime.workstationId())
                    .orElseThrow(() -> new SegurException(PscCliError.PCL_0002));
            Map<String, Object> last = read(stored);
            spec.commandLine().getOut().println(Json.write(last));
            spec.commandLine().getErr().println("Aucune session Pro Santé Connect n'est ouverte : les jetons ne sont "
                    + "jamais écrits sur le disque. Pour un appel national, reconnectez-vous avec "
                    + "« galien psc login --national-id " + last.get("nationalId") + " ».");
            return Cli.OK;
        }
    }

    static String numbered(List<Exercise> exercises) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < exercises.size(); i++) {
            Exercise exercise = exercises.get(i);
            list.append(i == 0 ? "" : "\n").append("  ").append(i + 1).append(". ").append(exercise.professionLabel())
                    .append(" — ").append(exercise.structureName());
        }
        return list.toString();
    }

    /** {@code {"nationalId","lastName","firstName","role","exercise":{…},"acr"}} (docs/cli.md). */
    static Map<String, Object> describe(PscSession session, UserSession user) {
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("nationalId", session.professional().nationalId());
        who.put("lastName", session.professional().lastName());
        who.put("firstName", session.professional().firstName());
        who.put("role", user.caller().role().name());
        List<Exercise> all = session.professional().exercises();
        Optional<Exercise> chosen = session.exercise().or(() -> all.size() == 1 ? Optional.of(all.get(0))
                : Optional.empty());
        who.put("exercise", chosen.map(PscCommand::exercise).orElse(null));
        who.put("acr", session.acr());
        return who;
    }

    private static Map<String, Object> exercise(Exercise exercise) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("professionCode", exercise.professionCode());
        json.put("professionLabel", exercise.professionLabel());
        json.put("structureName", exercise.structureName());
        json.put("finess", exercise.finess() == null || exercise.finess().isBlank() ? null : exercise.finess());
        return json;
    }

    private static Map<String, Object> lastLogin(Map<String, Object> who, GalienRuntime runtime) {
        Map<String, Object> last = new LinkedHashMap<>(who);
        last.put("loggedInAt", runtime.clock().instant().toString());
        last.put("workstation", runtime.workstationId());
        last.put("sessionActive", false);
        return last;
    }

    private static Map<String, Object> read(String stored) {
        try {
            return READER.readValue(stored, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.app.GalienRuntime;
import fr.galien.core.dmp.DmpBand;
import fr.galien.core.security.Caller;
import java.io.PrintWriter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galien dmp status --patient ID}: what the DMP band of the patient file shows (TD0.2, REM DMP/UX.07–UX.16).
 * Exit 0 when the DMP answered (whatever the status), 1 when nothing could be asked (identity not qualified, no PSC
 * session, service unavailable).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "État du DMP d'un patient : existence, accès autorisé, opposition, consentement requis, "
                + "nouveaux documents depuis votre dernière consultation.")
final class DmpStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--patient", required = true, paramLabel = "ID", description = "Identifiant du patient.")
    String patient;

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    @JsonPropertyOrder({"patientId", "state", "exists", "access", "closedOn", "newDocuments", "newByType", "message"})
    record StatusJson(String patientId, String state, boolean exists, String access, String closedOn,
                      int newDocuments, Map<String, Integer> newByType, String message) {
    }

    @Override
    public Integer call() {
        UUID id = PatientsCommand.parseId(patient);
        PrintWriter out = spec.commandLine().getOut();
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime();
             NationalServices services = NationalServices.start(runtime, spec.commandLine().getErr())) {
            Caller caller = CliIdentity.of(spec, runtime);
            DmpBand band = runtime.dmpConsultation().band(caller, id);
            boolean asked = band.status().isPresent();
            if (json) {
                out.println(Json.write(new StatusJson(id.toString(), band.state().name(),
                        band.status().map(s -> s.exists()).orElse(false),
                        band.status().map(s -> s.access().name()).orElse(null),
                        band.status().flatMap(s -> s.closedOn()).map(Object::toString).orElse(null),
                        band.newDocuments(), band.newByType(), band.message())));
            } else {
                out.println(DmpCliText.band(band));
            }
            return asked ? Cli.OK : Cli.REFUSED;
        }
    }
}

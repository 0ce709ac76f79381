package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.IdentityService.VerificationRecord;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.identity.InsiSearchOutcome;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.security.Caller;
import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galien ins verify --patient ID}: asks INSi again for a patient holding an INS and records the verification
 * (REM 49): confirmed keeps everything, anything else removes the INS and downgrades the status. Exit 0 confirmed,
 * 1 not confirmed (the INS was removed) or the verification could not be made.
 */
@Command(name = "verify", description = "Vérifie auprès de l'INSi l'INS enregistrée d'un patient (tracé).")
final class InsVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--patient", required = true, paramLabel = "ID", description = "Identifiant du patient.")
    String patient;

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    @JsonPropertyOrder({"patientId", "confirmed", "outcome", "differentTraits", "identityStatus", "insi"})
    record VerifyJson(String patientId, boolean confirmed, String outcome, List<String> differentTraits,
                      String identityStatus, InsiJson insi) {
    }

    @Override
    public Integer call() {
        UUID id = PatientsCommand.parseId(patient);
        PrintWriter out = spec.commandLine().getOut();
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime();
             NationalServices services = NationalServices.start(runtime, spec.commandLine().getErr())) {
            InsiSearch search = runtime.insiSearch().orElseThrow(() -> new SegurException(AppError.APP_0010, "ins"));
            Caller caller = CliIdentity.of(spec, runtime);
            Patient current = runtime.patients().open(caller, id);
            InsiSearchOutcome outcome = search.searchForPatient(caller, current);
            VerificationRecord record = runtime.identities().recordVerification(caller, id, current.version(),
                    answer(outcome));
            boolean confirmed = record.verification().confirmed();
            if (json) {
                out.println(Json.write(new VerifyJson(id.toString(), confirmed,
                        record.verification().outcome().name(),
                        record.verification().differentTraits().stream().map(Enum::name).toList(),
                        record.patient().identityStatus().code(), InsiJson.of(outcome))));
            } else {
                out.println(record.verification().outcome().label() + ".");
                if (!confirmed) {
                    out.println("L'INS a été retirée ; statut désormais : " + record.patient().identityStatus().label()
                            + ". Recherchez à nouveau l'INS depuis le dossier du patient.");
                }
            }
            return confirmed ? Cli.OK : Cli.REFUSED;
        }
    }

    /** The INSi answer that decided the search, as the verification rule reads it. */
    private static InsiResult answer(InsiSearchOutcome outcome) {
        String libelle = outcome.calls().isEmpty() ? "" : outcome.calls().get(outcome.calls().size() - 1).libelle();
        return new InsiResult(outcome.decisiveCr(), libelle, outcome.identity());
    }
}

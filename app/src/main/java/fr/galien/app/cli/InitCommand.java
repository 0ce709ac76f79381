package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.domain.PracticeNumbers;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galien init}: creates the practice without the window (ADR 0023). A real practice by default — it never
 * uses a simulator; its national services are configured with {@code galien settings set} — or, with
 * {@code --sandbox}, a training practice on the simulators whose identities never pass for real ones. Refuses when
 * a practice exists. The first administrator then comes from {@code galien users add}.
 */
@Command(name = "init", description = "Crée le cabinet (sans fenêtre). Ensuite : galien users add pour le premier "
        + "administrateur, galien settings set pour les services nationaux.")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "PROFIL",
            description = "OFFICINE, CABINET_MEDICAL ou CABINET_VETERINAIRE.")
    PracticeProfile profile;

    @Option(names = "--name", required = true, paramLabel = "NOM", description = "Nom du cabinet.")
    String name;

    @Option(names = "--finess", paramLabel = "N", description = "Numéro FINESS (9 chiffres).")
    String finess;

    @Option(names = "--siret", paramLabel = "N", description = "Numéro SIRET (14 chiffres).")
    String siret;

    @Option(names = "--sandbox", description = "Cabinet de formation : services nationaux simulés, identités "
            + "marquées comme issues de la formation (jamais exportées comme réelles).")
    boolean sandbox;

    @Override
    public Integer call() {
        String practiceName = name == null ? "" : name.strip();
        if (practiceName.isEmpty()) {
            throw new SegurException(SetupCliError.CFG_0009);
        }
        String finessNumber = blankToNull(finess);
        if (finessNumber != null && !PracticeNumbers.validFiness(finessNumber)) {
            throw new SegurException(SetupCliError.CFG_0006, finessNumber);
        }
        String siretNumber = blankToNull(siret);
        if (siretNumber != null && !PracticeNumbers.validSiret(siretNumber)) {
            throw new SegurException(SetupCliError.CFG_0007, siretNumber);
        }
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Optional<Practice> existing = runtime.practice();
            if (existing.isPresent()) {
                throw new SegurException(SetupCliError.CFG_0005, runtime.where(), existing.get().name());
            }
            PracticeMode mode = sandbox ? PracticeMode.TRAINING : PracticeMode.REAL;
            Practice practice = new Practice(practiceName, profile, finessNumber, siretNumber, mode);
            runtime.practices().save(practice);
            runtime.database().inTransaction(connection -> {
                runtime.auditTrail().append(connection, new AuditEvent(runtime.caller(), null, AuditAction.CREATE,
                        AuditOutcome.SUCCESS, "practice " + profile.name() + " mode " + mode.name()));
                return null;
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println("Cabinet créé : « " + practiceName + " » (" + profile.label() + ", cabinet " + mode.label()
                    + ").");
            if (sandbox) {
                out.println("Mode bac à sable : les services nationaux sont simulés sur ce poste.");
            } else {
                out.println("Aucun service national n'est simulé : configurez-les, par exemple "
                        + "galien settings set ins.endpoint https://…");
            }
            out.println("Premier administrateur : galien users add --login IDENTIFIANT --name NOM --role RÔLE "
                    + "(mot de passe sur l'entrée standard)");
            return Cli.OK;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galien patients add|search|show|incomplete|import|export|duplicates|merge|unmerge|merges}. */
@Command(name = "patients", description = "Registre des patients.",
        subcommands = {PatientTransferCommands.Import.class, PatientTransferCommands.Export.class,
            PatientDuplicateCommands.Duplicates.class, PatientDuplicateCommands.Merge.class,
            PatientDuplicateCommands.Unmerge.class, PatientDuplicateCommands.Merges.class})
final class PatientsCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "add", description = "Crée un patient (identité provisoire).")
    int add(@Option(names = "--birth-name", required = true, paramLabel = "NOM", description = "Nom de naissance.")
            String birthName,
            @Option(names = "--used-name", paramLabel = "NOM", description = "Nom utilisé.") String usedName,
            @Option(names = "--first-name", required = true, paramLabel = "PRÉNOM",
                    description = "Prénom de naissance ; répétez l'option dans l'ordre de l'état civil.")
            List<String> firstNames,
            @Option(names = "--sex", required = true, paramLabel = "M|F|I", description = "Sexe : M, F ou I.")
            String sex,
            @Option(names = "--birth-date", required = true, paramLabel = "DATE",
                    description = "Date de naissance jj/mm/aaaa ou aaaa-mm-jj (00 si jour ou mois inconnu).")
            String birthDate,
            @Option(names = "--birth-place", paramLabel = "COG", description = "Code COG (INSEE) du lieu de naissance, "
                    + "99 + code pays pour une naissance à l'étranger, 99999 si inconnu. Obligatoire (règle 5 du "
                    + "guide INS).") String birthPlace,
            @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Patient draft = Patient.draft(birthName, usedName, firstNames,
                    Sex.fromCode(sex).orElse(null), parseBirthDate(birthDate), blankToNull(birthPlace),
                    Contact.NONE);
            List<Patient> lookalikes = runtime.patients().lookalikes(CliIdentity.of(spec, runtime), draft);
            Patient saved = runtime.patients().create(CliIdentity.of(spec, runtime), draft);
            PrintWriter err = spec.commandLine().getErr();
            for (Patient similar : lookalikes) {
                err.println("Attention : ressemble au patient " + similar.id() + " (" + similar.displayName().strip()
                        + ", " + (similar.sex() == Sex.F ? "née" : "né") + " le " + similar.birthDate().toFrench() + ")");
            }
            print(saved, json);
            return Cli.OK;
        }
    }

    @Command(name = "search", description = "Recherche des patients (nom, prénom, jj/mm/aaaa, matricule).")
    int search(@Parameters(arity = "1..*", paramLabel = "TEXTE") List<String> words,
               @Option(names = "--limit", defaultValue = "50", description = "Nombre maximum de résultats.") int limit,
               @Option(names = "--json", description = "Sortie JSON (tableau).") boolean json) {
        if (limit < 1 || limit > 10_000) {
            throw new SegurException(AppError.APP_0007, "--limit", limit);
        }
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            List<Patient> found = runtime.patients().search(CliIdentity.of(spec, runtime), String.join(" ", words), limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(PatientJson.of(found)));
            } else {
                found.forEach(patient -> out.println(line(patient)));
                out.println(found.size() + " patient(s)");
            }
            return Cli.OK;
        }
    }

    @Command(name = "show", description = "Affiche le dossier d'un patient (lecture tracée).")
    int show(@Parameters(paramLabel = "ID") String id,
             @Option(names = "--json", description = "Sortie JSON.") boolean json) {
        UUID patientId = parseId(id);
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            print(runtime.patients().open(CliIdentity.of(spec, runtime), patientId), json);
            return Cli.OK;
        }
    }

    @Command(name = "incomplete", description = {"Liste les identités à compléter : traits stricts manquants "
            + "(lieu de naissance), dossiers créés avant la règle 5 du guide INS ou importés.",
        "Comme une recherche : non tracé dans le journal d'audit."})
    int incomplete(@Option(names = "--limit", defaultValue = "500", description = "Nombre maximum de dossiers.")
                   int limit,
                   @Option(names = "--json", description = "Sortie JSON (tableau).") boolean json) {
        if (limit < 1 || limit > 100_000) {
            throw new SegurException(AppError.APP_0007, "--limit", limit);
        }
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            List<Patient> found = runtime.patients().incompleteIdentities(CliIdentity.of(spec, runtime), limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(PatientJson.of(found)));
            } else {
                found.forEach(patient -> out.println(line(patient) + "  lieu de naissance à compléter"));
                out.println(found.size() + " identité(s) à compléter");
            }
            return Cli.OK;
        }
    }

    private void print(Patient patient, boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(PatientJson.of(patient)));
        } else {
            out.println(line(patient));
        }
    }

    static String line(Patient patient) {
        return patient.id() + "  " + patient.displayName().strip() + "  " + patient.sex() + "  "
                + (patient.birthDate() == null ? "" : patient.birthDate().toFrench()) + "  "
                + patient.identityStatus().label();
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new SegurException(AppError.APP_0005, id);
        }
    }

    private static BirthDate parseBirthDate(String text) {
        Optional<BirthDate> parsed = BirthDate.parseFrench(text).or(() -> BirthDate.parseIso(text));
        return parsed.orElseThrow(() -> new SegurException(AppError.APP_0007, "--birth-date",
                "« " + text + " » n'est pas une date jj/mm/aaaa"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

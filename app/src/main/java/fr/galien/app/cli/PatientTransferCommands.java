package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.app.fhir.PatientFhirBundle;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.io.CsvImport;
import fr.galien.core.patient.io.ImportedIdentities;
import fr.galien.core.patient.io.PatientCsv;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galien patients import|export FILE}: CSV ({@code .csv}) or FHIR R4 Bundle of Patient ({@code .json}). */
final class PatientTransferCommands {

    private PatientTransferCommands() {
    }

    enum Format { CSV, FHIR }

    static Format formatOf(Path file, Format explicit) {
        if (explicit != null) {
            return explicit;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".json")) {
            return Format.FHIR;
        }
        throw new SegurException(AppError.APP_0004, file);
    }

    @Command(name = "import", description = {"Importe des patients (tout ou rien : une ligne fausse et rien n'est importé).",
        "Les identités importées doivent être requalifiées : qualifiée devient récupérée, validée devient provisoire."})
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FICHIER")
        Path file;

        @Option(names = "--format", description = "csv ou fhir (par défaut : selon l'extension).")
        Format format;

        @Override
        public Integer call() {
            // Identities from elsewhere must be re-qualified here (ImportedIdentities, REM 30).
            List<Patient> patients = read(file, formatOf(file, format)).stream()
                    .map(ImportedIdentities::requalify).toList();
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
                List<Patient> created = runtime.patients().createAll(CliIdentity.of(spec, runtime), patients);
                spec.commandLine().getOut().println(created.size() + " patient(s) importé(s).");
                return Cli.OK;
            }
        }

        private List<Patient> read(Path source, Format chosen) {
            try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                if (chosen == Format.FHIR) {
                    return PatientFhirBundle.parse(Files.readString(source, StandardCharsets.UTF_8));
                }
                CsvImport parsed = PatientCsv.read(reader);
                if (!parsed.errors().isEmpty()) {
                    parsed.errors().forEach(error -> spec.commandLine().getErr().println(error.describe()));
                    throw new SegurException(AppError.APP_0009, parsed.errors().size(), source);
                }
                return parsed.patients();
            } catch (IOException e) {
                throw new SegurException(AppError.APP_0002, e, source);
            }
        }
    }

    @Command(name = "export", description = "Exporte les patients non archivés (export tracé dans le journal d'audit).")
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FICHIER")
        Path file;

        @Option(names = "--format", description = "csv ou fhir (par défaut : selon l'extension).")
        Format format;

        @Override
        public Integer call() {
            Format chosen = formatOf(file, format);
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
                List<Patient> patients = runtime.patients().exportAll(CliIdentity.of(spec, runtime));
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    if (chosen == Format.FHIR) {
                        writer.write(PatientFhirBundle.export(patients));
                    } else {
                        PatientCsv.write(patients, writer);
                    }
                } catch (IOException e) {
                    throw new SegurException(AppError.APP_0003, e, file);
                }
                spec.commandLine().getOut().println(patients.size() + " patient(s) exporté(s) dans " + file + ".");
                return Cli.OK;
            }
        }
    }
}

package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.app.fhir.PatientFhirBundle;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Caller;
import fr.galien.core.patient.io.CsvImport;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.ValidationException;
import fr.galien.core.identity.IdentityRules;
import fr.galien.core.patient.io.ExistingPatients;
import fr.galien.core.patient.io.ImportText;
import fr.galien.core.patient.io.ImportedIdentities;
import fr.galien.core.patient.io.IoError;
import fr.galien.core.patient.io.PatientCsv;
import fr.galien.core.storage.Sizes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** What to do with patients whose id already exists here. */
    enum Existing { SKIP, UPDATE }

    /** The patients of a file, each with where it is in the file (for messages: "ligne 12", "patient n° 3"). */
    record ReadPatients(List<Patient> patients, List<String> places) {
    }

    @Command(name = "import", description = {"Importe des patients (tout ou rien : une ligne fausse et rien n'est importé).",
        "Les identités importées doivent être requalifiées : qualifiée devient récupérée, validée devient provisoire."})
    static final class Import implements Callable<Integer> {

        /** Heap bytes a FHIR import may need per byte of file (JSON tree plus HAPI model). */
        private static final long FHIR_HEAP_RATIO = 16;
        /** Places quoted in a message before "…". */
        private static final int PLACES_SHOWN = 10;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FICHIER")
        Path file;

        @Option(names = "--format", description = "csv ou fhir (par défaut : selon l'extension).")
        Format format;

        @Option(names = "--encoding", paramLabel = "ENCODAGE", description = "utf8 (par défaut) ou latin1 "
                + "(Windows-1252, fichiers CSV d'Excel sous Windows).", converter = EncodingConverter.class)
        ImportText.Encoding encoding = ImportText.Encoding.UTF8;

        @Option(names = "--existing", paramLabel = "CHOIX", description = "Patients déjà présents (même "
                + "identifiant) : skip pour les ignorer, update pour mettre à jour leurs coordonnées et leur identité "
                + "quand elle ne vient pas de l'INSi. Sans cette option, l'import est refusé s'il y en a.")
        Existing existing;

        @Override
        public Integer call() {
            ReadPatients read = read(file, formatOf(file, format));
            // Identities from elsewhere must be re-qualified here (ImportedIdentities, REM 30).
            List<Patient> patients = read.patients().stream().map(ImportedIdentities::requalify).toList();
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
                Caller caller = CliIdentity.of(spec, runtime);
                Set<UUID> present = ExistingPatients.among(runtime.database(),
                        patients.stream().map(Patient::id).toList());
                List<Patient> fresh = new ArrayList<>();
                List<String> freshPlaces = new ArrayList<>();
                List<Patient> toUpdate = new ArrayList<>();
                List<String> presentPlaces = new ArrayList<>();
                for (int i = 0; i < patients.size(); i++) {
                    if (present.contains(patients.get(i).id())) {
                        toUpdate.add(patients.get(i));
                        presentPlaces.add(read.places().get(i));
                    } else {
                        fresh.add(patients.get(i));
                        freshPlaces.add(read.places().get(i));
                    }
                }
                if (!toUpdate.isEmpty() && existing == null) {
                    throw new SegurException(IoError.IO_0011, String.valueOf(toUpdate.size()), places(presentPlaces));
                }
                List<Patient> created = createAll(runtime, caller, fresh, freshPlaces);
                int updated = 0;
                if (existing == Existing.UPDATE) {
                    for (Patient incoming : toUpdate) {
                        runtime.patients().update(caller, merged(runtime.patients().open(caller,
                                incoming.id()), incoming));
                        updated++;
                    }
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(created.size() + " patient(s) importé(s).");
                if (!toUpdate.isEmpty()) {
                    out.println(existing == Existing.UPDATE ? updated + " patient(s) déjà présent(s) mis à jour."
                            : toUpdate.size() + " patient(s) déjà présent(s) ignoré(s) (" + places(presentPlaces)
                                    + ").");
                }
                return Cli.OK;
            }
        }

        /** All or nothing; a validation error names the line (or patient number) and the column of the file. */
        private List<Patient> createAll(GalienRuntime runtime, Caller caller, List<Patient> patients,
                                        List<String> places) {
            if (patients.isEmpty()) {
                return List.of();
            }
            try {
                return runtime.patients().createAll(caller, patients);
            } catch (ValidationException e) {
                PrintWriter err = spec.commandLine().getErr();
                Set<String> wrongPlaces = new java.util.LinkedHashSet<>();
                for (FieldError error : e.fieldErrors()) {
                    Matcher matcher = INDEXED_FIELD.matcher(error.field());
                    if (matcher.matches()) {
                        String place = places.get(Integer.parseInt(matcher.group(1)));
                        wrongPlaces.add(place);
                        String column = matcher.group(2).replaceFirst("^contact\\.", "");
                        err.println(place + ", " + columnLabel() + " " + column + " : " + error.text());
                    } else {
                        err.println(error.field() + " : " + error.text());
                    }
                }
                throw new SegurException(AppError.APP_0009, String.valueOf(Math.max(wrongPlaces.size(), 1)), file);
            }
        }

        private String columnLabel() {
            return formatOf(file, format) == Format.CSV ? "colonne" : "champ";
        }

        private ReadPatients read(Path source, Format chosen) {
            if (chosen == Format.FHIR) {
                refuseFhirLargerThanTheHeapAllows(source);
            }
            String text = ImportText.read(source, encoding);
            try {
                if (chosen == Format.FHIR) {
                    List<Patient> patients = PatientFhirBundle.parse(text);
                    List<String> places = new ArrayList<>(patients.size());
                    for (int i = 1; i <= patients.size(); i++) {
                        places.add("patient n° " + i);
                    }
                    return new ReadPatients(patients, places);
                }
                CsvImport parsed = PatientCsv.read(new StringReader(text));
                if (!parsed.errors().isEmpty()) {
                    parsed.errors().forEach(error -> spec.commandLine().getErr().println(error.describe()));
                    throw new SegurException(AppError.APP_0009, String.valueOf(parsed.errors().size()), source);
                }
                return new ReadPatients(parsed.patients(),
                        parsed.lines().stream().map(line -> "ligne " + line).toList());
            } catch (OutOfMemoryError e) {
                // Bounded by the size caps; should memory run out anyway, say so instead of a stack trace.
                throw new SegurException(IoError.IO_0012, source, "trop grand pour la mémoire disponible",
                        Sizes.describe(fhirMaxBytes()));
            }
        }

        /**
         * HAPI builds a JSON tree and then the FHIR model: measured, a 60 MB Bundle exhausts a 512 MB heap (46 s,
         * then OutOfMemoryError) while 30 MB imports in it. So a FHIR import may be at most a sixteenth of the heap.
         */
        static long fhirMaxBytes() {
            return Math.min(ImportText.maxBytes(), Runtime.getRuntime().maxMemory() / FHIR_HEAP_RATIO);
        }

        private static void refuseFhirLargerThanTheHeapAllows(Path source) {
            try {
                long size = Files.size(source);
                if (size > fhirMaxBytes()) {
                    throw new SegurException(IoError.IO_0012, source, Sizes.describe(size)
                            + " en FHIR avec la mémoire de Galien", Sizes.describe(fhirMaxBytes()));
                }
            } catch (IOException e) {
                throw new SegurException(IoError.IO_0005, e, e.getClass().getSimpleName());
            }
        }

        private static String places(List<String> places) {
            String shown = String.join(", ", places.subList(0, Math.min(places.size(), PLACES_SHOWN)));
            return places.size() > PLACES_SHOWN ? shown + "…" : shown;
        }

        /**
         * The stored patient with what the file says of contact, used name and — unless they come from INSi
         * (récupérée, qualifiée: REM 26) — strict traits. Identity status, matricule, OID and attributes stay: they
         * change only through the identity service.
         */
        static Patient merged(Patient stored, Patient incoming) {
            boolean strictFromInsi = IdentityRules.strictTraitsComeFromInsi(stored.identityStatus());
            return new Patient(stored.id(),
                    strictFromInsi ? stored.birthName() : incoming.birthName(), incoming.usedName(),
                    strictFromInsi ? stored.firstNames() : incoming.firstNames(),
                    strictFromInsi ? stored.sex() : incoming.sex(),
                    strictFromInsi ? stored.birthDate() : incoming.birthDate(),
                    strictFromInsi ? stored.birthPlaceCode() : incoming.birthPlaceCode(),
                    incoming.contact(), stored.identityStatus(), stored.matricule(), stored.oid(),
                    stored.attributes(), stored.archived(), stored.version());
        }
    }

    private static final Pattern INDEXED_FIELD = Pattern.compile("patients\\[(\\d+)\\]\\.(.+)");

    /** {@code --encoding utf8|latin1} (also accepts utf-8, iso-8859-1, windows-1252, cp1252). */
    static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<ImportText.Encoding> {
        @Override
        public ImportText.Encoding convert(String value) {
            String v = value.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            return switch (v) {
                case "utf8" -> ImportText.Encoding.UTF8;
                case "latin1", "iso88591", "windows1252", "cp1252" -> ImportText.Encoding.LATIN1;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "encodage « " + value + " » inconnu : utf8 ou latin1 attendu");
            };
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
                PracticeMode mode = runtime.requirePractice().mode();
                // Demo and training practices: their INS came from simulators and never leave (ADR 0023).
                List<Patient> patients = runtime.patients().exportAll(CliIdentity.of(spec, runtime)).stream()
                        .map(patient -> InsExchange.forExport(patient, mode)).toList();
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
                if (mode.simulated()) {
                    spec.commandLine().getOut().println("Cabinet de " + mode.label() + " : aucun INS exporté "
                            + "(identités obtenues auprès de simulateurs, jamais qualifiées pour de vrai).");
                }
                return Cli.OK;
            }
        }
    }
}

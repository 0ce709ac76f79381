package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.app.GalienRuntime;
import fr.galien.core.eprescription.CatalogueSubstitutions;
import fr.galien.core.eprescription.CounterPrescription;
import fr.galien.core.eprescription.DispenseLine;
import fr.galien.core.eprescription.DraftLine;
import fr.galien.core.eprescription.EPrescriptions;
import fr.galien.core.eprescription.LocalDispensation;
import fr.galien.core.eprescription.LocalPrescription;
import fr.galien.core.eprescription.PaperReason;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.EPrescriptionPort.CodeSystem;
import fr.galien.core.port.EPrescriptionPort.NotDispensedReason;
import fr.galien.core.port.EPrescriptionPort.Posology;
import fr.galien.core.port.EPrescriptionPort.Product;
import fr.galien.core.security.Caller;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galien erx create|show|dispense|cancel|export|pending} (docs/cli.md): the ordonnance numérique against the
 * service the practice uses — the in-process simulator for the demo. National calls need a professional logged in
 * with Pro Santé Connect ({@code --national-id}); the rules are the core's ({@link EPrescriptions}).
 */
@Command(name = "erx", mixinStandardHelpOptions = true,
        description = "Ordonnance numérique : prescrire, lire, délivrer, annuler, exporter, voir les envois en attente.",
        subcommands = {ErxCommand.Create.class, ErxCommand.Show.class, ErxCommand.Dispense.class,
                ErxCommand.Cancel.class, ErxCommand.Export.class, ErxCommand.Pending.class})
final class ErxCommand {

    private static final Pattern CIP13 = Pattern.compile("\\d{13}");

    private ErxCommand() {
    }

    /** Opens the runtime, starts the national services (sandbox for the demo) and resolves the caller. */
    private abstract static class ErxSubcommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Sortie JSON (docs/cli.md).")
        boolean json;

        abstract int run(GalienRuntime runtime, Caller caller, EPrescriptions erx, PrintWriter out);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime();
                 NationalServices services = NationalServices.start(runtime, spec.commandLine().getErr())) {
                Caller caller = CliIdentity.of(spec, runtime);
                if (runtime.port(fr.galien.core.port.EPrescriptionPort.class).isEmpty()) {
                    throw new SegurException(AppError.APP_0010, "eprescription");
                }
                return run(runtime, caller, runtime.ePrescriptions(), out);
            }
        }

        /** One pass of the outbox: what was saved is sent now when the service answers (else later). */
        static void dispatch(GalienRuntime runtime) {
            runtime.startModules(new CurrentThreadTaskExecutor()).dispatcher().dispatchDue();
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Prescrit : enregistre l'ordonnance numérique (patient à l'identité qualifiée) et affiche "
                    + "son identifiant ; --paper pour une ordonnance papier seule.")
    static final class Create extends ErxSubcommand {
        @Option(names = "--patient", required = true, paramLabel = "ID", description = "Identifiant local du patient.")
        String patient;

        @Option(names = "--line", required = true, paramLabel = "\"CIP13;posologie;quantité[;libellé]\"",
                description = "Une ligne (répéter l'option) : CIP13 de la présentation, posologie en clair, "
                        + "nombre de boîtes, libellé facultatif.")
        List<String> lines;

        @Option(names = "--renewals", defaultValue = "0", paramLabel = "N",
                description = "Renouvellements, pour chaque ligne (0 à 12).")
        int renewals;

        @Option(names = {"--non-substituable", "--non-substitutable"},
                description = "Mention « non substituable » sur chaque ligne.")
        boolean nonSubstitutable;

        @Option(names = "--ald", description = "Lignes en rapport avec l'affection de longue durée.")
        boolean ald;

        @Option(names = "--paper", description = "Ordonnance papier seule (rien n'est envoyé ; comptée comme telle).")
        boolean paper;

        @Override
        int run(GalienRuntime runtime, Caller caller, EPrescriptions erx, PrintWriter out) {
            UUID patientId = uuid("--patient", patient);
            List<DraftLine> draft = new ArrayList<>();
            List<String> labelSources = new ArrayList<>();
            CatalogueSubstitutions catalogue = new CatalogueSubstitutions(runtime.drugs());
            for (String line : lines) {
                String[] parts = line.split(";", -1);
                if (parts.length < 3 || parts.length > 4 || !CIP13.matcher(parts[0].strip()).matches()) {
                    throw new SegurException(AppError.APP_0007, "--line",
                            "« CIP13;posologie;quantité[;libellé] » attendu, CIP13 de 13 chiffres");
                }
                String cip13 = parts[0].strip();
                String typed = parts.length == 4 && !parts[3].isBlank() ? parts[3].strip() : null;
                java.util.Optional<String> known = typed == null ? catalogue.labelOf(cip13) : java.util.Optional.empty();
                String label = typed != null ? typed : known.orElse("CIP " + cip13);
                labelSources.add(typed != null ? "ligne" : known.isPresent() ? "catalogue" : "inconnu");
                draft.add(new DraftLine(new Product(CodeSystem.CIP13, cip13, label), Posology.free(parts[1].strip()),
                        decimal("--line", parts[2]), "boîte", null, renewals, nonSubstitutable, ald));
            }
            LocalPrescription rx = paper
                    ? erx.prescribeOnPaper(caller, patientId, draft, PaperReason.CHOIX_PRESCRIPTEUR)
                    : erx.prescribe(caller, patientId, draft);
            if (json) {
                out.println(Json.write(ErxJson.created(rx, labelSources)));
            } else {
                out.println(rx.nationalId().map(id -> "Ordonnance numérique enregistrée : " + id)
                        .orElse(rx.paper() ? "Ordonnance papier enregistrée (non envoyée) : " + rx.id()
                                : "Service indisponible : ordonnance en attente d'envoi (" + rx.id() + ")."));
            }
            return Cli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Lit une ordonnance numérique au service (identifiant ou texte du QR code) : lignes, "
                    + "délivrances déjà faites ici et ailleurs, reste à délivrer.")
    static final class Show extends ErxSubcommand {
        @Parameters(paramLabel = "ID", description = "Identifiant (18 caractères) ou texte du QR code.")
        String id;

        @Option(names = "--patient", paramLabel = "ID",
                description = "Patient au comptoir : vérifie que l'ordonnance est bien la sienne.")
        String patient;

        @Override
        int run(GalienRuntime runtime, Caller caller, EPrescriptions erx, PrintWriter out) {
            CounterPrescription fetched = erx.fetch(caller, id, patient == null ? null : uuid("--patient", patient));
            if (json) {
                out.println(Json.write(ErxJson.shown(fetched, erx.dispensationsHere(
                        fetched.prescription().prescriptionId()))));
            } else {
                ErxJson.print(out, fetched);
            }
            return Cli.OK;
        }
    }

    @Command(name = "dispense", mixinStandardHelpOptions = true,
            description = "Délivre : enregistre l'exécution ligne par ligne (enregistrée aussitôt, envoyée dès que "
                    + "le service répond, une seule fois).")
    static final class Dispense extends ErxSubcommand {
        @Parameters(paramLabel = "ID", description = "Identifiant (18 caractères) ou texte du QR code.")
        String id;

        @Option(names = "--patient", required = true, paramLabel = "ID", description = "Patient au comptoir.")
        String patient;

        @Option(names = "--line", required = true, paramLabel = "\"N;quantité[;CIP13 substitué][;motif]\"",
                description = "Ligne N de l'ordonnance : quantité délivrée, CIP13 du générique substitué, motif de "
                        + "non-délivrance quand la quantité est 0 (RUPTURE, REFUS_PATIENT, CONTRE_INDICATION, "
                        + "AVIS_PRESCRIPTEUR, OTHER).")
        List<String> lines;

        @Override
        int run(GalienRuntime runtime, Caller caller, EPrescriptions erx, PrintWriter out) {
            CounterPrescription fetched = erx.fetch(caller, id, uuid("--patient", patient));
            List<DispenseLine> given = new ArrayList<>();
            for (String line : lines) {
                String[] parts = line.split(";", -1);
                if (parts.length < 2 || parts.length > 4) {
                    throw new SegurException(AppError.APP_0007, "--line",
                            "« N;quantité[;CIP13 substitué][;motif] » attendu");
                }
                int number;
                try {
                    number = Integer.parseInt(parts[0].strip());
                } catch (NumberFormatException e) {
                    throw new SegurException(AppError.APP_0007, "--line", "numéro de ligne attendu");
                }
                String substitute = parts.length >= 3 && !parts[2].isBlank() ? parts[2].strip() : null;
                NotDispensedReason reason = null;
                if (parts.length == 4 && !parts[3].isBlank()) {
                    try {
                        reason = NotDispensedReason.valueOf(parts[3].strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new SegurException(AppError.APP_0007, "--line", "motif inconnu : " + parts[3].strip());
                    }
                }
                given.add(new DispenseLine(number, decimal("--line", parts[1]), substitute, null, reason));
            }
            LocalDispensation saved = erx.dispense(caller, fetched, given);
            dispatch(runtime);
            LocalDispensation now = erx.dispensation(saved.id()).orElse(saved);
            if (json) {
                out.println(Json.write(ErxJson.dispensed(now)));
            } else {
                out.println("Délivrance enregistrée (" + now.id() + ") : " + now.state().label()
                        + (now.detail() == null ? "" : " — " + now.detail()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Annule une ordonnance numérique faite ici, tant que rien n'a été délivré.")
    static final class Cancel extends ErxSubcommand {
        @Parameters(paramLabel = "ID", description = "Identifiant (18 caractères) ou identifiant local.")
        String id;

        @Override
        int run(GalienRuntime runtime, Caller caller, EPrescriptions erx, PrintWriter out) {
            LocalPrescription cancelled = erx.cancel(caller, id);
            if (json) {
                out.println(Json.write(ErxJson.created(cancelled, List.of())));
            } else {
                out.println("Ordonnance annulée : " + cancelled.nationalId().orElse(cancelled.id().toString()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Écrit le Bundle FHIR exact envoyé au service pour une ordonnance faite ici.")
    static final class Export extends ErxSubcommand {
        @Parameters(paramLabel = "ID", description = "Identifiant (18 caractères) ou identifiant local.")
        String id;

        @Option(names = "--out", required = true, paramLabel = "FICHIER.json", description = "Fichier à écrire.")
        Path file;

        @Override
        int run(GalienRuntime runtime, Caller caller, EPrescriptions erx, PrintWriter out) {
            String bundle = erx.exportedDocument(caller, id);
            try {
                Files.writeString(file, bundle, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SegurException(AppError.APP_0007, "--out", "écriture impossible (" + e.getClass()
                        .getSimpleName() + ")");
            }
            out.println(json ? Json.write(java.util.Map.of("file", file.toAbsolutePath().toString(), "bytes",
                    bundle.getBytes(StandardCharsets.UTF_8).length)) : "Bundle écrit dans " + file.toAbsolutePath());
            return Cli.OK;
        }
    }

    @Command(name = "pending", mixinStandardHelpOptions = true,
            description = "Ordonnances et délivrances en attente d'envoi au service.")
    static final class Pending extends ErxSubcommand {
        @Override
        int run(GalienRuntime runtime, Caller caller, EPrescriptions erx, PrintWriter out) {
            EPrescriptions.Pending pending = erx.pending(caller);
            if (json) {
                out.println(Json.write(ErxJson.pending(pending)));
            } else {
                out.println(pending.prescriptions().size() + " ordonnance(s) et " + pending.dispensations().size()
                        + " délivrance(s) en attente d'envoi.");
                pending.prescriptions().forEach(rx -> out.println("  ordonnance " + rx.id() + " (" + rx.lines().size()
                        + " ligne(s))"));
                pending.dispensations().forEach(d -> out.println("  délivrance " + d.id() + " de "
                        + d.prescriptionId()));
            }
            return Cli.OK;
        }
    }

    static UUID uuid(String option, String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new SegurException(AppError.APP_0007, option, "identifiant de patient (uuid) attendu");
        }
    }

    static BigDecimal decimal(String option, String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new SegurException(AppError.APP_0007, option, "quantité numérique attendue");
        }
    }
}

package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.app.GalienRuntime;
import fr.galien.app.scan.ScanImageDecoder;
import fr.galien.core.drug.Medicine;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.DatamatrixIdentity;
import fr.galien.core.scan.ScanField;
import fr.galien.core.scan.ScanResult;
import fr.galien.core.scan.ScanResult.ApCvQr;
import fr.galien.core.scan.ScanResult.ErxIdentifier;
import fr.galien.core.scan.ScanResult.InsDatamatrixScan;
import fr.galien.core.scan.ScanResult.MedicineBox;
import fr.galien.core.scan.ScanResult.Unknown;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galien scan TEXT|--image FILE}: what the counter's scan field would do with that text (docs/cli.md). A
 * medicine box is looked up in the drug catalogue and checked against the date ({@code --date}, today by default):
 * an expired lot is refused ({@code SCN-0005}). Exit code 1 for anything the field refuses.
 */
@Command(name = "scan", description = {"Montre ce que ferait le champ de scan du comptoir avec ce texte : QR code "
        + "d'ordonnance numérique, datamatrix INS, datamatrix ou code-barres d'une boîte, QR code de l'appli carte "
        + "Vitale.", "Un GS (séparateur GS1) s'écrit <GS>. Code retour 1 si le code est refusé."})
final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Input {
        @Parameters(paramLabel = "TEXTE", description = "Le texte scanné.")
        String text;

        @Option(names = "--image", paramLabel = "FICHIER", description = "Une image PNG ou JPEG du code à lire.")
        Path image;
    }

    @ArgGroup(multiplicity = "1")
    Input input;

    @Option(names = "--date", paramLabel = "AAAA-MM-JJ", description = "Date du contrôle de péremption (par défaut : "
            + "aujourd'hui).")
    String date;

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    /** What the field would do, for scripts. */
    @JsonPropertyOrder({"kind", "label", "action", "read", "identifier", "cip13", "expiry", "lot", "serial", "guessed",
            "expired", "medicine", "identity", "apcv", "code", "message"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScanJson(String kind, String label, String action, String read, String identifier, String cip13,
                    String expiry, String lot, String serial, Boolean guessed, Boolean expired, MedicineRef medicine,
                    IdentityJson identity, String apcv, String code, String message) {
    }

    record MedicineRef(String cis, String name, boolean commercialised) {
    }

    @JsonPropertyOrder({"matricule", "oid", "birthName", "firstNames", "sex", "birthDate", "birthPlace"})
    record IdentityJson(String matricule, String oid, String birthName, List<String> firstNames, String sex,
                        String birthDate, String birthPlace) {
    }

    @Override
    public Integer call() {
        LocalDate today = today();
        String text = input.image != null ? new ScanImageDecoder().decode(input.image) : input.text;
        ScanResult result = ScanField.classify(text);
        ScanJson answer = describe(result, today);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(answer));
        } else {
            out.println(answer.label() + " — lu : « " + answer.read() + " »");
            if (answer.identifier() != null) {
                out.println("  identifiant : " + answer.identifier() + " → récupération de l'ordonnance");
            }
            if (answer.cip13() != null) {
                out.println("  CIP13 : " + answer.cip13() + (answer.medicine() == null ? " (absent du catalogue)"
                        : " — " + answer.medicine().name()));
                out.println("  péremption : " + (answer.expiry() == null ? "—" : answer.expiry()) + " ; lot : "
                        + (answer.lot() == null ? "—" : answer.lot()) + " ; série : "
                        + (answer.serial() == null ? "—" : answer.serial())
                        + (Boolean.TRUE.equals(answer.guessed()) ? " (séparateur GS absent : lot et série à vérifier)"
                        : ""));
            }
            if (answer.identity() != null) {
                out.println("  matricule INS : " + answer.identity().matricule() + " → vérification de l'identité");
            }
            if (answer.apcv() != null) {
                out.println("  → lecture de l'appli carte Vitale");
            }
            if (answer.message() != null) {
                spec.commandLine().getErr().println(answer.message());
            }
        }
        return answer.code() == null ? Cli.OK : Cli.REFUSED;
    }

    private LocalDate today() {
        if (date == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--date : date AAAA-MM-JJ attendue, reçu « " + date + " ».");
        }
    }

    private ScanJson describe(ScanResult result, LocalDate today) {
        String label = ScanField.kind(result);
        if (result instanceof ErxIdentifier erx) {
            return new ScanJson("erx", label, "fetch-prescription", erx.read(), erx.identifier(), null, null, null,
                    null, null, null, null, null, null, null, null);
        }
        if (result instanceof InsDatamatrixScan ins) {
            DatamatrixIdentity id = ins.identity();
            return new ScanJson("ins", label, "identity", ins.read(), null, null, null, null, null, null, null, null,
                    new IdentityJson(id.matricule(), id.oid(), id.birthName(), id.firstNames(),
                            id.sex() == null ? null : id.sex().name(),
                            id.birthDate() == null ? null : id.birthDate().toIso(), id.birthPlaceCode()),
                    null, null, null);
        }
        if (result instanceof ApCvQr apcv) {
            return new ScanJson("apcv", label, "apcv-reading", apcv.read(), null, null, null, null, null, null, null,
                    null, null, apcv.content(), null, null);
        }
        if (result instanceof MedicineBox box) {
            MedicineRef medicine = lookUp(box.cip13()).map(m -> new MedicineRef(m.cis(), m.name(), m.commercialised()))
                    .orElse(null);
            String code = null;
            String message = null;
            try {
                ScanField.requireNotExpired(box, today);
            } catch (SegurException expired) {
                code = expired.code();
                message = expired.getMessage();
            }
            return new ScanJson("box", label, code == null ? "dispensation-line" : "none", box.read(), null,
                    box.cip13(), box.expiry() == null ? null : box.expiry().toString(), box.lot(), box.serial(),
                    box.guessed(), box.expiredOn(today), medicine, null, null, code, message);
        }
        Unknown unknown = (Unknown) result;
        return new ScanJson("unknown", label, "none", unknown.read(), null, null, null, null, null, null, null, null,
                null, null, unknown.code().code(), unknown.message());
    }

    /** The box's medicine in the practice's catalogue (loaded if needed); empty without a database. */
    private Optional<Medicine> lookUp(String cip13) {
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            runtime.drugs().ensureLoaded();
            return runtime.drugs().byCip13(cip13);
        }
    }
}

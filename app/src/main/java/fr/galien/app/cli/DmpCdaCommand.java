package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.galien.app.GalienRuntime;
import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.cda.CdaCode;
import fr.galien.core.cda.CdaCodes;
import fr.galien.core.cda.CdaDocument;
import fr.galien.core.cda.CdaError;
import fr.galien.core.cda.CdaHeader;
import fr.galien.core.cda.CdaHeaders;
import fr.galien.core.cda.CdaProfessional;
import fr.galien.core.cda.CdaVersion;
import fr.galien.core.cda.ClinicalDocuments;
import fr.galien.core.cda.DispensationContent;
import fr.galien.core.cda.MedicationReviewContent;
import fr.galien.core.cda.VaccinationContent;
import fr.galien.core.cda.VsmContent;
import fr.galien.core.demo.DemoClinicalContent;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Practice;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.security.Action;
import fr.galien.core.security.Caller;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code galien dmp cda --patient ID --kind vsm|disp|vac|bpm|n1 [--file FILE.pdf] --out FILE.xml}: writes a patient's
 * clinical document exactly as it would be sent to the DMP (CDA R2, CI-SIS; ADR 0028). Only for a qualified INS: the
 * core refuses the others with its code ({@code INS-0040}…). The author is the professional of the PSC session
 * ({@code --national-id}); in a demo or training practice, the sandbox's demo professional. The content comes from
 * {@code --content FILE.json} (the core record of the kind), or, in a demo or training practice, invented demo content.
 */
@Command(name = "cda", description = "Écrit le document CDA d'un patient exactement comme il serait envoyé au DMP "
        + "(VSM, dispensation, note de vaccination, bilan partagé de médication, PDF).")
final class DmpCdaCommand implements Callable<Integer> {

    /** The largest --content file read. */
    private static final long MAX_CONTENT_BYTES = 1024 * 1024;

    /** Level-1 type codes (JDV_J07) offered for {@code --kind n1}. */
    private static final Map<String, CdaCode> N1_TYPES = new LinkedHashMap<>();

    static {
        for (CdaCode code : new CdaCode[]{CdaCodes.TYPE_CONSULTATION_REPORT, CdaCodes.TYPE_PRESCRIPTION,
                CdaCodes.TYPE_PHARMACEUTICAL_INTERVIEW, CdaCodes.TYPE_MEDICATION_REVIEW,
                new CdaCode("96349-6", CdaCodes.LOINC, "Lettre d'adressage"),
                new CdaCode("89601-9", CdaCodes.LOINC, "Certificat médical"),
                new CdaCode("93024-8", CdaCodes.LOINC, "CR de consultation pharmaceutique")}) {
            N1_TYPES.put(code.code(), code);
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--patient", required = true, paramLabel = "ID", description = "Identifiant du patient.")
    String patient;

    @Option(names = "--kind", required = true, paramLabel = "TYPE",
            description = "vsm (synthèse médicale), disp (dispensation), vac (note de vaccination), bpm (bilan partagé "
                    + "de médication, PDF), n1 (un PDF quelconque, avec --file).")
    String kind;

    @Option(names = "--file", paramLabel = "FICHIER.pdf", description = "Le PDF à transmettre (--kind n1).")
    Path file;

    @Option(names = "--type", paramLabel = "CODE", defaultValue = "11488-4",
            description = "Type LOINC du PDF (--kind n1) : 11488-4 compte rendu (défaut), 57833-6 ordonnance, "
                    + "78601-2 entretien pharmaceutique, 96349-6 lettre d'adressage, 89601-9 certificat…")
    String type;

    @Option(names = "--title", paramLabel = "TITRE", description = "Titre du document (--kind n1).")
    String title;

    @Option(names = "--content", paramLabel = "FICHIER.json",
            description = "Contenu clinique (JSON, voir docs/cli.md) ; par défaut, en démonstration : un contenu "
                    + "inventé.")
    Path content;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.xml", description = "Où écrire le CDA.")
    Path out;

    @Option(names = "--pdf", paramLabel = "FICHIER.pdf", description = "Écrit aussi le rendu PDF du document.")
    Path pdfOut;

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    @JsonPropertyOrder({"file", "kind", "uniqueId", "setId", "version", "typeCode", "classCode", "formatCode",
            "title", "size"})
    record CdaJson(String file, String kind, String uniqueId, String setId, int version, String typeCode,
                   String classCode, String formatCode, String title, int size) {
    }

    @Override
    public Integer call() throws IOException {
        String k = kind.strip().toLowerCase(Locale.ROOT);
        if (!k.matches("vsm|disp|vac|bpm|n1")) {
            throw new ParameterException(spec.commandLine(), "--kind : vsm, disp, vac, bpm ou n1.");
        }
        if ("n1".equals(k) && file == null) {
            throw new ParameterException(spec.commandLine(), "--kind n1 demande --file FICHIER.pdf.");
        }
        UUID id = PatientsCommand.parseId(patient);
        try (GalienRuntime runtime = GalienCommand.root(spec).openRuntime()) {
            Caller caller = CliIdentity.of(spec, runtime);
            Practice practice = runtime.requirePractice();
            new AuditedAuthorization(runtime.database(), runtime.auditTrail())
                    .require(caller, Action.CLINICAL_WRITE, AuditAction.EXPORT, id);
            Patient current = runtime.patients().open(caller, id);
            CdaHeader header = CdaHeaders.forPatient(current, practice, author(runtime, practice),
                    runtime.clock().instant(), CdaVersion.first());
            CdaDocument document = produce(k, header, practice);
            Files.write(out, document.xml());
            if (pdfOut != null) {
                Files.write(pdfOut, document.pdf());
            }
            // What left, by codes only: never a name nor the content.
            runtime.database().inTransaction(connection -> {
                runtime.auditTrail().append(connection, new AuditEvent(caller, id, AuditAction.EXPORT,
                        AuditOutcome.SUCCESS, "cda kind=" + document.kind() + " type=" + document.type().code()
                        + " uniqueId=" + document.uniqueId()));
                return null;
            });
            print(document);
            return Cli.OK;
        }
    }

    private CdaDocument produce(String k, CdaHeader header, Practice practice) throws IOException {
        boolean demo = practice.simulated();
        return switch (k) {
            case "vsm" -> ClinicalDocuments.vsm(header, content(VsmContent.class, demo, DemoClinicalContent::vsm));
            case "disp" -> ClinicalDocuments.dispensation(header,
                    content(DispensationContent.class, demo, DemoClinicalContent::dispensation));
            case "vac" -> ClinicalDocuments.vaccinationNote(header, content(VaccinationContent.class, demo,
                    () -> DemoClinicalContent.vaccination(LocalDate.ofInstant(header.effectiveTime(),
                            java.time.ZoneId.of("Europe/Paris")))));
            case "bpm" -> ClinicalDocuments.medicationReview(header,
                    content(MedicationReviewContent.class, demo, DemoClinicalContent::medicationReview));
            default -> {
                CdaCode code = N1_TYPES.get(type.strip());
                if (code == null) {
                    throw new ParameterException(spec.commandLine(), "--type : " + String.join(", ",
                            N1_TYPES.keySet()) + ".");
                }
                if (Files.size(file) > ClinicalDocuments.MAX_PDF_BYTES) {
                    throw new SegurException(CdaError.CDA_0010, Math.round(Files.size(file) / 1048576.0),
                            ClinicalDocuments.MAX_PDF_BYTES / 1048576);
                }
                yield ClinicalDocuments.pdf(header, code, title == null || title.isBlank() ? code.display()
                        : title.strip(), Files.readAllBytes(file));
            }
        };
    }

    /** The professional of the PSC session; the demo professional in a demo or training practice. */
    private static CdaProfessional author(GalienRuntime runtime, Practice practice) {
        Optional<ProSanteConnectPort.PscSession> session = runtime.pscPort()
                .flatMap(ProSanteConnectPort::currentSession);
        if (session.isPresent()) {
            return CdaHeaders.professionalOf(session.get().professional(), session.get().exercise());
        }
        if (practice.simulated()) {
            return DemoClinicalContent.author(practice.profile());
        }
        throw new SegurException(CdaError.CDA_0012);
    }

    private <T> T content(Class<T> type, boolean demo, java.util.function.Supplier<T> demoContent)
            throws IOException {
        if (content == null) {
            if (demo) {
                return demoContent.get();
            }
            throw new SegurException(CdaError.CDA_0011, "contenu clinique (--content FICHIER.json)");
        }
        if (Files.size(content) > MAX_CONTENT_BYTES) {
            throw new ParameterException(spec.commandLine(), "--content : fichier de plus de 1 Mo.");
        }
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            return mapper.readValue(content.toFile(), type);
        } catch (IOException | RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "--content : JSON illisible pour ce type de document ("
                    + e.getClass().getSimpleName() + ").");
        }
    }

    private void print(CdaDocument document) {
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            writer.println(Json.write(new CdaJson(out.toString(), document.kind().name(), document.uniqueId(),
                    document.version().setId(), document.version().version(), document.type().code(),
                    document.classCode(), document.formatCode(), document.title(), document.xml().length)));
        } else {
            writer.println("Document CDA écrit : " + out + " (" + document.title() + ", "
                    + document.xml().length / 1024 + " Ko, identifiant " + document.uniqueId() + ").");
        }
    }
}

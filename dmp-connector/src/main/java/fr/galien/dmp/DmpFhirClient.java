package fr.galien.dmp;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.DmpException;
import fr.galien.core.port.DmpPort;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.security.Caller;
import fr.galien.kit.http.BearerToken;
import fr.galien.kit.http.BoundedHttp;
import fr.galien.kit.http.CallStats;
import fr.galien.kit.http.NationalHttp;
import fr.galien.kit.http.SoftwareIdentification;
import fr.galien.kit.http.TransportFailure;
import fr.galien.kit.module.MeasuredClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.UUID;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DmpPort} over the PDSm4DMP FHIR API (specs §1.2): TD0.2 {@code GET Patient?identifier=}, ITI-65
 * {@code POST [base]} transaction ({@link Iti65Bundle}), ITI-67 {@code GET DocumentReference?patient.identifier=…
 * &status=current}, ITI-68 {@code GET <attachment.url>}, TD3.3c {@code PATCH DocumentReference/<id>} (status).
 *
 * <p>Every call goes through the kit's {@link NationalHttp}: trace id, timing, the professional's PSC token
 * ({@link BearerToken}, taken from the {@link CallIdentity} of the call, never chosen here), software identification
 * ({@link SoftwareIdentification}), connect and response timeouts, and a body cap enforced while the answer
 * arrives. Answers are parsed by HAPI only once bounded, and only when their content type is the one expected;
 * search answers have a tighter cap than documents. A document address outside the configured DMP server is never
 * followed ({@code DMP-0112}: the token would leave). Logs operation and status only, never identities or bodies.
 */
public final class DmpFhirClient implements DmpPort, MeasuredClient {

    private static final Logger LOG = LoggerFactory.getLogger(DmpFhirClient.class);
    private static final String FHIR_JSON = "application/fhir+json";
    private static final int MAX_PAGES = 20;
    private static final int MAX_OUTCOME_TEXT = 600;
    private static final String SOFTWARE_VERSION = readSoftwareVersion();

    private final DmpSettings settings;
    private final NationalHttp http;
    private final String sourceOid;
    private final ThreadLocal<AccessToken> callToken = new ThreadLocal<>();

    public DmpFhirClient(DmpSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sourceOid = sourceOid(settings.instance());
        if (settings.endpoint() == null) {
            this.http = null;
        } else {
            int cap = Math.max(settings.maxAnswerBytes(), settings.maxDocumentBytes());
            BoundedHttp transport = new BoundedHttp(settings.connectTimeout(), settings.timeout(), cap,
                    Optional.empty());
            this.http = NationalHttp.forService("DMP", transport).clock(clock)
                    .with(new BearerToken(() -> Optional.ofNullable(callToken.get()), clock))
                    .with(new SoftwareIdentification("Galien", SOFTWARE_VERSION, settings.instance()))
                    .build();
        }
    }

    /**
     * The ITI-65 transaction exactly as {@link #submit} sends it (FHIR JSON), for the outbound-payload checks
     * ({@code NoMatriculeLeavesUnqualifiedTest}) and conformance tests.
     */
    public static String transactionJson(DmpDocument document, String sourceOid) {
        return DmpFhir.json(Iti65Bundle.of(document, sourceOid));
    }

    public DmpSettings settings() {
        return settings;
    }

    boolean configured() {
        return http != null;
    }

    @Override
    public Optional<CallStats.Snapshot> callStats() {
        return http == null ? Optional.empty() : Optional.of(http.stats().snapshot());
    }

    // ---------------------------------------------------------------- TD0.2

    @Override
    public DmpStatus status(Caller caller, CallIdentity identity, QualifiedIns ins) {
        Objects.requireNonNull(ins, "ins");
        URI uri = endpoint("Patient?identifier=" + encode("urn:oid:" + ins.oid() + "|" + ins.matricule()));
        Bundle bundle = fhirGet(identity, "TD0.2", uri, Bundle.class, NotFound.PATIENT);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Patient patient) {
                return statusOf(patient);
            }
        }
        return new DmpStatus(DmpAccess.NO_DMP, Optional.empty(), false);
    }

    private static DmpStatus statusOf(Patient patient) {
        Optional<LocalDate> closedOn = Optional.ofNullable(patient.getExtensionByUrl(Pdsm.EXT_DMP_CLOSURE))
                .map(closure -> closure.getExtensionByUrl("dateFermeture"))
                .filter(date -> date.getValue() instanceof DateType)
                .map(date -> ((DateType) date.getValue()).getValue().toInstant().atZone(ZoneId.of("UTC")).toLocalDate());
        boolean mes = Optional.ofNullable(patient.getExtensionByUrl(Pdsm.EXT_DMP_MES))
                .filter(ext -> ext.getValue() instanceof BooleanType)
                .map(ext -> ((BooleanType) ext.getValue()).booleanValue()).orElse(false);
        if ((patient.hasActive() && !patient.getActive()) || closedOn.isPresent()) {
            return new DmpStatus(DmpAccess.NO_DMP, closedOn, mes);
        }
        String access = Optional.ofNullable(patient.getExtensionByUrl(Pdsm.EXT_SANDBOX_ACCESS))
                .map(Extension::getValue).filter(CodeType.class::isInstance).map(v -> ((CodeType) v).getValue())
                .orElse("autorise");
        DmpAccess value = switch (access) {
            case "opposition" -> DmpAccess.PATIENT_OPPOSED;
            case "consentement-requis" -> DmpAccess.CONSENT_REQUIRED;
            default -> DmpAccess.AUTHORISED;
        };
        return new DmpStatus(value, Optional.empty(), mes);
    }

    // ---------------------------------------------------------------- ITI-65

    @Override
    public SubmissionReceipt submit(Caller caller, CallIdentity identity, DmpDocument document) {
        Objects.requireNonNull(document, "document");
        Bundle transaction = Iti65Bundle.of(document, sourceOid);
        byte[] body = DmpFhir.json(transaction).getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(""))
                .header("Content-Type", FHIR_JSON + "; charset=UTF-8")
                .header("Accept", FHIR_JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        BoundedHttp.Reply reply = send(identity, "ITI-65", request);
        check(reply, NotFound.PATIENT);
        Bundle response = fhirBody(reply, Bundle.class);
        if (response.getType() != Bundle.BundleType.TRANSACTIONRESPONSE || response.getEntry().isEmpty()) {
            throw DmpClientFailures.unreadable("pas une réponse de transaction", null);
        }
        boolean alreadyPresent = response.getEntry().stream()
                .map(entry -> entry.getResponse().getStatus())
                .anyMatch(status -> status != null && status.startsWith("200"));
        LOG.info("DMP ITI-65 submission {} accepted{}", document.submissionId(),
                alreadyPresent ? " (already present)" : "");
        return new SubmissionReceipt(document.submissionId(), document.uniqueId(), alreadyPresent);
    }

    // ---------------------------------------------------------------- ITI-67

    @Override
    public List<DmpEntry> find(Caller caller, CallIdentity identity, QualifiedIns ins, DmpQuery query) {
        Objects.requireNonNull(ins, "ins");
        Objects.requireNonNull(query, "query");
        StringJoiner params = new StringJoiner("&");
        params.add("patient.identifier=" + encode("urn:oid:" + ins.oid() + "|" + ins.matricule()));
        params.add("status=current");
        if (!query.typeCodes().isEmpty()) {
            params.add("type=" + encode(String.join(",", query.typeCodes().stream().sorted().toList())));
        }
        if (query.from() != null) {
            params.add("date=" + encode("ge" + query.from()));
        }
        if (query.to() != null) {
            params.add("date=" + encode("le" + query.to()));
        }
        if (query.authorId() != null && !query.authorId().isBlank()) {
            params.add("author.identifier=" + encode("urn:oid:" + Pdsm.OID_PS + "|" + query.authorId().strip()));
        }
        params.add("_count=100");
        List<DmpEntry> entries = new ArrayList<>();
        URI next = endpoint("DocumentReference?" + params);
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            Bundle bundle = fhirGet(identity, "ITI-67", next, Bundle.class, NotFound.PATIENT);
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.getResource() instanceof DocumentReference reference) {
                    entries.add(entryOf(reference));
                }
            }
            next = Optional.ofNullable(bundle.getLink("next")).map(link -> sameServer(URI.create(link.getUrl())))
                    .orElse(null);
        }
        entries.sort(Comparator.comparing(DmpEntry::creation, Comparator.nullsLast(Comparator.reverseOrder())));
        return List.copyOf(entries);
    }

    private static DmpEntry entryOf(DocumentReference reference) {
        if (!reference.hasMasterIdentifier() || !reference.getMasterIdentifier().hasValue()) {
            throw DmpClientFailures.unreadable("DocumentReference sans masterIdentifier", null);
        }
        Coding type = reference.getType().getCodingFirstRep();
        Coding category = reference.getCategoryFirstRep().getCodingFirstRep();
        DocumentReference.DocumentReferenceContentComponent content = reference.getContentFirstRep();
        Practitioner author = contained(reference, Practitioner.class);
        Organization organisation = contained(reference, Organization.class);
        String authorName = author == null ? null : author.getNameFirstRep().getNameAsSingleString();
        String authorId = author == null ? null : author.getIdentifierFirstRep().getValue();
        Instant creation = content.getAttachment().hasCreation()
                ? content.getAttachment().getCreation().toInstant()
                : reference.hasDate() ? reference.getDate().toInstant() : null;
        String title = reference.hasDescription() ? reference.getDescription() : content.getAttachment().getTitle();
        return new DmpEntry(reference.getIdElement().getIdPart(), Pdsm.bare(reference.getMasterIdentifier().getValue()),
                type.getCode(), type.getDisplay(), category.getCode(), title, creation, authorId, authorName,
                organisation == null ? null : organisation.getIdentifierFirstRep().getValue(),
                organisation == null ? null : organisation.getName(), content.getFormat().getCode(),
                content.getAttachment().getContentType(), content.getAttachment().getSize(),
                content.getAttachment().getUrl(),
                reference.getMeta().hasLastUpdated() ? reference.getMeta().getLastUpdated().toInstant() : creation);
    }

    private static <T extends Resource> T contained(DocumentReference reference, Class<T> type) {
        for (Resource resource : reference.getContained()) {
            if (type.isInstance(resource)) {
                return type.cast(resource);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- ITI-68

    @Override
    public RetrievedDocument retrieve(Caller caller, CallIdentity identity, QualifiedIns ins, DmpEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.contentUrl() == null || entry.contentUrl().isBlank()) {
            throw DmpException.refused(DmpError.DMP_0112);
        }
        URI uri;
        try {
            uri = sameServer(endpoint("").resolve(entry.contentUrl()));
        } catch (IllegalArgumentException e) {
            throw DmpException.refused(DmpError.DMP_0112);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "*/*").GET();
        BoundedHttp.Reply reply = send(identity, "ITI-68", request);
        check(reply, NotFound.DOCUMENT);
        String contentType = mediaType(reply);
        byte[] body = reply.body();
        if (body.length > settings.maxDocumentBytes()) {
            throw DmpException.transientFailure(DmpError.DMP_0102, null, body.length + " octets");
        }
        if (contentType.equals(FHIR_JSON) || contentType.equals("application/json")) {
            Binary binary = DmpFhir.read(body, Binary.class);
            String binaryType = binary.getContentType() == null ? "" : binary.getContentType().toLowerCase(Locale.ROOT);
            return new RetrievedDocument(entry.uniqueId(), documentType(binaryType), binary.getData() == null
                    ? new byte[0] : binary.getData());
        }
        return new RetrievedDocument(entry.uniqueId(), documentType(contentType), body);
    }

    /** CDA ({@code text/xml}) or PDF only: anything else is refused, never opened. */
    private static String documentType(String contentType) {
        return switch (contentType) {
            case "text/xml", "application/xml", "application/hl7-v3+xml" -> "text/xml";
            case "application/pdf" -> "application/pdf";
            default -> throw DmpException.refused(DmpError.DMP_0104, contentType.isEmpty() ? "aucun" : contentType);
        };
    }

    // ---------------------------------------------------------------- TD3.3c

    @Override
    public void withdraw(Caller caller, CallIdentity identity, QualifiedIns ins, String uniqueId) {
        Objects.requireNonNull(uniqueId, "uniqueId");
        URI search = endpoint("DocumentReference?identifier=" + encode(Pdsm.RFC3986 + "|" + Pdsm.uri(uniqueId))
                + "&patient.identifier=" + encode("urn:oid:" + ins.oid() + "|" + ins.matricule()));
        Bundle found = fhirGet(identity, "TD3.1b", search, Bundle.class, NotFound.DOCUMENT);
        String id = found.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(DocumentReference.class::isInstance).map(r -> r.getIdElement().getIdPart())
                .findFirst().orElseThrow(() -> DmpException.refused(DmpError.DMP_0115, uniqueId));
        String patch = "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"entered-in-error\"}]";
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint("DocumentReference/" + encode(id)))
                .header("Content-Type", "application/json-patch+json")
                .header("Accept", FHIR_JSON)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(patch, StandardCharsets.UTF_8));
        check(send(identity, "TD3.3c", request), NotFound.DOCUMENT);
    }

    // ---------------------------------------------------------------- plumbing

    private enum NotFound { PATIENT, DOCUMENT }

    private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T fhirGet(CallIdentity identity,
            String operation, URI uri, Class<T> type, NotFound notFound) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", FHIR_JSON).GET();
        BoundedHttp.Reply reply = send(identity, operation, request);
        check(reply, notFound);
        return fhirBody(reply, type);
    }

    private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T fhirBody(BoundedHttp.Reply reply,
                                                                                 Class<T> type) {
        String contentType = mediaType(reply);
        if (!contentType.equals(FHIR_JSON) && !contentType.equals("application/json")) {
            throw DmpException.transientFailure(DmpError.DMP_0104, null, contentType.isEmpty() ? "aucun" : contentType);
        }
        byte[] body = reply.body();
        if (body.length > settings.maxAnswerBytes()) {
            throw DmpException.transientFailure(DmpError.DMP_0102, null, body.length + " octets");
        }
        return DmpFhir.read(body, type);
    }

    /** The call under the identity chosen by the core (ADR 0022): the professional's token, or refused. */
    private BoundedHttp.Reply send(CallIdentity identity, String operation, HttpRequest.Builder request) {
        Objects.requireNonNull(identity, "identity");
        if (http == null) {
            throw DmpException.transientFailure(DmpError.DMP_0100, null);
        }
        if (!(identity instanceof CallIdentity.ProfessionalSession session)) {
            // No IGC-Santé certificate is configured for the DMP: never send such a call under nobody's name.
            throw DmpException.transientFailure(DmpError.DMP_0110, null);
        }
        callToken.set(session.token());
        try {
            return http.send(operation, request);
        } catch (TransportFailure failure) {
            throw DmpClientFailures.transport(failure);
        } catch (DmpException e) {
            throw e;
        } catch (SegurException refusedBeforeSending) {
            // KIT-0009 no token / KIT-0010 expired: the professional must log in again; the send waits.
            throw new DmpException(false, refusedBeforeSending.errorCode(), refusedBeforeSending,
                    refusedBeforeSending.args());
        } finally {
            callToken.remove();
        }
    }

    private static void check(BoundedHttp.Reply reply, NotFound notFound) {
        int status = reply.status();
        if (status == 200 || status == 201) {
            return;
        }
        String outcome = outcomeText(reply);
        if (status == 401) {
            throw DmpException.transientFailure(DmpError.DMP_0106, null);
        }
        if (status == 403) {
            throw DmpException.refused(DmpError.DMP_0107, outcome);
        }
        if (status == 404 || status == 410) {
            throw DmpException.refused(notFound == NotFound.PATIENT ? DmpError.DMP_0109 : DmpError.DMP_0115, outcome);
        }
        if (status == 409) {
            throw DmpException.refused(DmpError.DMP_0108, outcome);
        }
        if (status == 400 || status == 422) {
            throw DmpException.refused(DmpError.DMP_0105, outcome);
        }
        if (status == 429 || status >= 500) {
            throw DmpException.transientFailure(DmpError.DMP_0101, null, "HTTP " + status);
        }
        throw DmpException.transientFailure(DmpError.DMP_0114, null, status);
    }

    /** The OperationOutcome's diagnostics, bounded; the status line when there is none readable. */
    private static String outcomeText(BoundedHttp.Reply reply) {
        String type = mediaType(reply);
        if ((type.equals(FHIR_JSON) || type.equals("application/json")) && reply.body().length <= 1024 * 1024) {
            try {
                OperationOutcome outcome = DmpFhir.read(reply.body(), OperationOutcome.class);
                StringJoiner text = new StringJoiner(" ; ");
                for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
                    String line = issue.hasDiagnostics() ? issue.getDiagnostics() : issue.getDetails().getText();
                    if (line != null && !line.isBlank()) {
                        text.add(line.strip());
                    }
                }
                String joined = text.toString();
                if (!joined.isEmpty()) {
                    return joined.length() > MAX_OUTCOME_TEXT ? joined.substring(0, MAX_OUTCOME_TEXT) + "…" : joined;
                }
            } catch (DmpException unreadable) {
                // Fall through to the status line.
            }
        }
        return "HTTP " + reply.status();
    }

    private static String mediaType(BoundedHttp.Reply reply) {
        String value = reply.contentType().orElse("");
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private URI endpoint(String relative) {
        if (settings.endpoint() == null) {
            throw DmpException.transientFailure(DmpError.DMP_0100, null);
        }
        String base = settings.endpoint().toString();
        return URI.create(base.endsWith("/") ? base + relative : base + "/" + relative);
    }

    /** Only the configured DMP server: a link or document address elsewhere would carry the PSC token away. */
    private URI sameServer(URI uri) {
        URI base = settings.endpoint();
        boolean same = uri.isAbsolute() && Objects.equals(uri.getScheme(), base.getScheme())
                && Objects.equals(uri.getHost(), base.getHost()) && uri.getPort() == base.getPort()
                && uri.getRawPath() != null && uri.getRawPath().startsWith(base.getRawPath() == null ? "/"
                        : stripSlash(base.getRawPath()));
        if (!same || uri.getRawUserInfo() != null) {
            throw DmpException.refused(DmpError.DMP_0112);
        }
        return uri;
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The submission sets' source id: an OID under 2.25 from this installation's uuid. */
    private static String sourceOid(String instance) {
        UUID id;
        try {
            id = UUID.fromString(instance);
        } catch (IllegalArgumentException notUuid) {
            id = UUID.nameUUIDFromBytes(instance.getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
        return "2.25." + new BigInteger(1, bytes);
    }

    static String softwareVersion() {
        return SOFTWARE_VERSION;
    }

    private static String readSoftwareVersion() {
        Properties properties = new Properties();
        try (InputStream in = DmpFhirClient.class.getResourceAsStream("software.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "");
        return version.isBlank() || version.startsWith("${") ? "dev" : version;
    }
}

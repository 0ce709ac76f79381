package fr.galien.eprescription;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.Caller;
import fr.galien.kit.http.BearerToken;
import fr.galien.kit.http.BoundedHttp;
import fr.galien.kit.http.CallStats;
import fr.galien.kit.http.NationalHttp;
import fr.galien.kit.http.SoftwareIdentification;
import fr.galien.kit.http.TransportFailure;
import fr.galien.kit.module.MeasuredClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.RequestGroup;

/**
 * {@link EPrescriptionPort} over the sandbox contract (docs/eprescription.md): FHIR R4 JSON built and read with the
 * HAPI model and parser (one {@code FhirContext} per JVM), sent through the connector kit's {@link NationalHttp} —
 * trace id and timing, the professional's Pro Santé Connect token ({@link BearerToken}), the software's name and
 * installation ({@link SoftwareIdentification}), connect and answer timeouts, the answer capped while it arrives
 * (ADR 0026). Thread-safe.
 *
 * <ul>
 *   <li>{@code POST [base]/Bundle} registers (idempotent on {@code Bundle.identifier});</li>
 *   <li>{@code GET [base]/Bundle/[id]} reads, with the dispensations;</li>
 *   <li>{@code PUT [base]/Bundle/[id]} modifies, {@code POST [base]/Bundle/[id]/$cancel} cancels;</li>
 *   <li>{@code POST [base]/Bundle/[id]/$dispense} records a dispensation (idempotent on its id).</li>
 * </ul>
 */
final class FhirEPrescriptionClient implements EPrescriptionPort, MeasuredClient {

    private static final String SOFTWARE = "Galien";

    /** The token of the call in progress on this thread: {@link BearerToken} reads it. */
    private final ThreadLocal<AccessToken> callToken = new ThreadLocal<>();
    private final ErxSettings settings;
    private final NationalHttp http;

    FhirEPrescriptionClient(ErxSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        BoundedHttp transport = new BoundedHttp(settings.connectTimeout(), settings.timeout(),
                settings.maxAnswerBytes(), Optional.empty());
        this.http = NationalHttp.forService("e-prescription", transport).clock(clock)
                .with(new BearerToken(() -> Optional.ofNullable(callToken.get()), clock))
                .with(new SoftwareIdentification(SOFTWARE, version(), settings.instance()))
                .build();
    }

    boolean configured() {
        return settings.endpoint() != null;
    }

    @Override
    public Optional<CallStats.Snapshot> callStats() {
        return Optional.of(http.stats().snapshot());
    }

    // ---- port -----------------------------------------------------------------------------------------------

    @Override
    public Submission prepare(NewPrescription prescription) {
        String body = FhirWire.parser().encodeResourceToString(FhirPrescriptions.toBundle(prescription));
        return new Submission(prescription.requestId().toString(), "register", FhirWire.MEDIA_TYPE, body);
    }

    @Override
    public Submission prepare(Dispensation dispensation) {
        String body = FhirWire.parser().encodeResourceToString(FhirDispensations.toParameters(dispensation));
        return new Submission(dispensation.dispensationId().toString(), "dispense:" + dispensation.prescriptionId(),
                FhirWire.MEDIA_TYPE, body);
    }

    @Override
    public Registered register(Caller caller, CallIdentity identity, NewPrescription prescription) {
        return register(caller, identity, prepare(prescription));
    }

    @Override
    public Registered register(Caller caller, CallIdentity identity, Submission prepared) {
        Bundle answer = exchange("register", identity, post(uri("Bundle"), prepared.body()), Bundle.class);
        EPrescription read = FhirPrescriptions.read(answer);
        UUID requestId = requestIdOf(answer);
        return new Registered(read.prescriptionId(), requestId);
    }

    @Override
    public Registered modify(Caller caller, CallIdentity identity, String prescriptionId,
                             NewPrescription replacement) {
        org.hl7.fhir.r4.model.Bundle bundle = FhirPrescriptions.toBundle(replacement);
        bundle.setId(checked(prescriptionId));
        String body = FhirWire.parser().encodeResourceToString(bundle);
        HttpRequest.Builder put = HttpRequest.newBuilder(uri("Bundle/" + checked(prescriptionId)))
                .header("Content-Type", FhirWire.MEDIA_TYPE + ";charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        Bundle answer = exchange("modify", identity, put, Bundle.class);
        EPrescription read = FhirPrescriptions.read(answer);
        return new Registered(read.prescriptionId(), replacement.requestId());
    }

    @Override
    public EPrescription cancel(Caller caller, CallIdentity identity, String prescriptionId) {
        String empty = FhirWire.parser().encodeResourceToString(new Parameters());
        Bundle answer = exchange("cancel", identity,
                post(uri("Bundle/" + checked(prescriptionId) + "/" + FhirWire.OP_CANCEL), empty), Bundle.class);
        return FhirPrescriptions.read(answer);
    }

    @Override
    public EPrescription fetch(Caller caller, CallIdentity identity, String prescriptionId) {
        HttpRequest.Builder get = HttpRequest.newBuilder(uri("Bundle/" + checked(prescriptionId))).GET();
        Bundle answer = exchange("fetch", identity, get, Bundle.class);
        EPrescription read = FhirPrescriptions.read(answer);
        if (!read.prescriptionId().equals(prescriptionId)) {
            throw FhirPrescriptions.incomplete("la réponse porte sur une autre ordonnance");
        }
        return read;
    }

    @Override
    public DispensationReceipt record(Caller caller, CallIdentity identity, Dispensation dispensation) {
        return record(caller, identity, prepare(dispensation));
    }

    @Override
    public DispensationReceipt record(Caller caller, CallIdentity identity, Submission prepared) {
        String prescriptionId = prepared.operation().startsWith("dispense:")
                ? prepared.operation().substring("dispense:".length()) : prescriptionOf(prepared.body());
        Bundle answer = exchange("dispense", identity,
                post(uri("Bundle/" + checked(prescriptionId) + "/" + FhirWire.OP_DISPENSE), prepared.body()),
                Bundle.class);
        EPrescription after = FhirPrescriptions.read(answer);
        return new DispensationReceipt(UUID.fromString(prepared.key()), after.prescriptionId(), after.status());
    }

    /** The prescription a dispensation payload refers to (its first line's {@code <identifier>-<n>}). */
    static String prescriptionOf(String parametersJson) {
        Parameters parameters = FhirAnswers.read(parametersJson.getBytes(StandardCharsets.UTF_8), Parameters.class);
        Bundle bundle = (Bundle) parameters.getParameter(FhirWire.PARAM_DISPENSATION).getResource();
        String line = ((org.hl7.fhir.r4.model.MedicationDispense) bundle.getEntryFirstRep().getResource())
                .getAuthorizingPrescriptionFirstRep().getIdentifier().getValue();
        return line.substring(0, line.lastIndexOf('-'));
    }

    /** The dispensation id of a dispensation payload (the outbox path). */
    static UUID dispensationOf(String parametersJson) {
        Parameters parameters = FhirAnswers.read(parametersJson.getBytes(StandardCharsets.UTF_8), Parameters.class);
        Bundle bundle = (Bundle) parameters.getParameter(FhirWire.PARAM_DISPENSATION).getResource();
        return UUID.fromString(bundle.getIdentifier().getValue().substring("urn:uuid:".length()));
    }

    // ---- wire -----------------------------------------------------------------------------------------------

    private <R extends org.hl7.fhir.instance.model.api.IBaseResource> R exchange(String operation,
            CallIdentity identity, HttpRequest.Builder request, Class<R> expected) {
        if (!(identity instanceof CallIdentity.ProfessionalSession session)) {
            throw new SegurException(ErxClientError.ERX_0112);
        }
        if (settings.endpoint() == null) {
            throw new SegurException(ErxClientError.ERX_0100);
        }
        request.header("Accept", FhirWire.MEDIA_TYPE);
        request.header("Prefer", "return=representation");
        BoundedHttp.Reply reply;
        callToken.set(session.token());
        try {
            reply = http.send(operation, request);
        } catch (TransportFailure failure) {
            throw switch (failure.kind()) {
                case UNAVAILABLE -> new Unavailable(ErxClientError.ERX_0101, failure, failure.reason());
                case TOO_LARGE -> new SegurException(ErxClientError.ERX_0106, failure, failure.reason());
                case INTERRUPTED -> new SegurException(ErxClientError.ERX_0111, failure);
            };
        } finally {
            callToken.remove();
        }
        int status = reply.status();
        if (status >= 200 && status < 300) {
            return FhirAnswers.read(reply.body(), expected);
        }
        throw refusal(status, reply.body());
    }

    /** A non-2xx answer as our code: the simulator's refusal code first, then the HTTP status. */
    private static SegurException refusal(int status, byte[] body) {
        if (status == 502 || status == 503 || status == 504) {
            return new Unavailable(ErxClientError.ERX_0101, "HTTP " + status);
        }
        Optional<OperationOutcome> outcome = FhirAnswers.outcome(body);
        if (status >= 500) {
            return new Unavailable(ErxClientError.ERX_0116, status);
        }
        if (outcome.isEmpty()) {
            return status == 404 ? new SegurException(ErxClientError.ERX_0108, "identifiant inconnu")
                    : new SegurException(ErxClientError.ERX_0102, status);
        }
        String diagnostics = FhirAnswers.diagnostics(outcome.get());
        String code = FhirAnswers.refusalCode(outcome.get()).orElse(status == 404 ? "INCONNUE"
                : status == 401 ? "JETON_PSC" : "");
        return switch (code) {
            case "INCONNUE" -> new SegurException(ErxClientError.ERX_0108, diagnostics);
            case "QUANTITE_DEPASSEE" -> new SegurException(ErxClientError.ERX_0109, diagnostics);
            case "ANNULEE" -> new SegurException(ErxClientError.ERX_0113);
            case "DEJA_DELIVREE" -> new SegurException(ErxClientError.ERX_0114);
            case "EPUISEE" -> new SegurException(ErxClientError.ERX_0117);
            case "JETON_PSC" -> new SegurException(ErxClientError.ERX_0115, diagnostics);
            default -> new SegurException(ErxClientError.ERX_0103, diagnostics);
        };
    }

    private static HttpRequest.Builder post(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", FhirWire.MEDIA_TYPE + ";charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        if (settings.endpoint() == null) {
            throw new SegurException(ErxClientError.ERX_0100);
        }
        String base = settings.endpoint().toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    /** Never put anything but an identifier in a path. */
    private static String checked(String prescriptionId) {
        if (!EPrescriptionPort.isIdentifier(prescriptionId)) {
            throw new IllegalArgumentException("not an e-prescription identifier");
        }
        return prescriptionId;
    }

    private static UUID requestIdOf(Bundle answer) {
        for (RequestGroup group : FhirPrescriptions.all(answer, RequestGroup.class)) {
            for (var identifier : group.getIdentifier()) {
                if (FhirWire.URN_IETF.equals(identifier.getSystem()) && identifier.hasValue()
                        && identifier.getValue().startsWith("urn:uuid:")) {
                    try {
                        return UUID.fromString(identifier.getValue().substring("urn:uuid:".length()));
                    } catch (IllegalArgumentException e) {
                        break;
                    }
                }
            }
        }
        throw FhirPrescriptions.incomplete("identifiant de la demande absent de la réponse");
    }

    private static String version() {
        String version = FhirEPrescriptionClient.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version.replace('/', '-').replace(' ', '-');
    }
}

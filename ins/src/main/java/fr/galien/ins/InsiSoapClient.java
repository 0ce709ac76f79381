package fr.galien.ins;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort;
import fr.galien.core.security.Caller;
import fr.galien.ins.InsiWire.Operation;
import fr.galien.kit.http.BoundedHttp;
import fr.galien.kit.http.CallStats;
import fr.galien.kit.module.MeasuredClient;
import fr.galien.kit.http.EndpointRules;
import fr.galien.kit.http.NationalHttp;
import fr.galien.kit.http.TransportFailure;
import fr.galien.kit.tls.TlsMaterial;
import fr.galien.kit.xml.XmlLimits;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link InsiPort} over SOAP 1.2, exactly one HTTP exchange per method (specs §2.1, WSDL
 * {@code DESIR_ICIR_EXP_1.5.0}). Requests are written by {@link InsiRequestWriter}, answers read by
 * {@link InsiResponseParser}; HTTP by the kit's {@link NationalHttp} (trace id and timing per call) over
 * {@link BoundedHttp} with the configured timeouts and, for https endpoints, the organisation certificate of
 * {@code ins.tls.keystore} (mutual TLS, INSI-AUTO / INSI-MANU).
 *
 * <p>A call under the professional's PSC session ({@link CallIdentity.ProfessionalSession}, REM INS/PSC.01, ADR
 * 0022) goes to the CPS/e-CPS endpoint {@code ins.psc.endpoint} without the organisation certificate, the access
 * token in the SOAP {@code wsse:Security} header (sandbox contract, see {@link InsiRequestWriter}); {@code INS-0115}
 * when that endpoint is not configured. The token is never logged.
 *
 * <p>Every failure is a {@link SegurException}: {@code INS-0100} not configured, {@code INS-0101} unavailable (refused
 * connection, timeout, HTTP 502/503/504, the {@code siram_40} fault: retry later, the patient stays provisional),
 * {@code INS-0102} HTTP error, {@code INS-0103} request refused / {@code INS-0104} service-side fault, with its codes, {@code INS-0105..0110} unusable answer, {@code INS-0113} interrupted, {@code INS-0114} request not buildable.
 * Logs operation, status, CodeCR and fault codes only — never traits, matricules or bodies. Thread-safe.
 */
public final class InsiSoapClient implements InsiPort, MeasuredClient {

    private static final Logger LOG = LoggerFactory.getLogger(InsiSoapClient.class);

    private final InsiSettings settings;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final NationalHttp http;
    private final NationalHttp pscHttp;
    private final InsiRequestWriter writer = new InsiRequestWriter();
    private final InsiResponseParser parser;
    private final CallStatus status;
    private final RequestHeader.LpsIdentity lps;

    public InsiSoapClient(InsiSettings settings, Clock clock) {
        this(settings, clock, UUID::randomUUID, InsiResponseParser.LIMITS);
    }

    InsiSoapClient(InsiSettings settings, Clock clock, Supplier<UUID> ids, XmlLimits limits) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = ids;
        this.parser = new InsiResponseParser(limits);
        this.status = new CallStatus(clock);
        this.lps = new RequestHeader.LpsIdentity(settings.idam(), settings.idamR(), InsiSettings.softwareVersion(),
                settings.instance());
        this.http = settings.endpoint() == null ? null
                : NationalHttp.forService("INSi", transport(settings, limits)).clock(clock).build();
        this.pscHttp = settings.pscEndpoint() == null ? null
                : NationalHttp.forService("INSi", pscTransport(settings, limits)).clock(clock).build();
    }

    /** The CPS/e-CPS endpoint: server authentication only, the professional is in the token. */
    private static BoundedHttp pscTransport(InsiSettings settings, XmlLimits limits) {
        Optional<SSLContext> tls = EndpointRules.isHttps(settings.pscEndpoint())
                ? TlsMaterial.context(null, new char[0], settings.truststore(),
                        chars(settings.truststorePassword()), InsiError.INS_0112)
                : Optional.empty();
        return new BoundedHttp(settings.connectTimeout(), settings.timeout(), limits.maxBytes(), tls);
    }

    /** Answers are capped at the parser's size limit; https endpoints present the organisation certificate. */
    private static BoundedHttp transport(InsiSettings settings, XmlLimits limits) {
        Optional<SSLContext> tls = EndpointRules.isHttps(settings.endpoint())
                ? TlsMaterial.context(settings.keystore(), chars(settings.keystorePassword()), settings.truststore(),
                        chars(settings.truststorePassword()), InsiError.INS_0112)
                : Optional.empty();
        return new BoundedHttp(settings.connectTimeout(), settings.timeout(), limits.maxBytes(), tls);
    }

    @Override
    public InsiResult searchByTraits(Caller caller, IdentityTraits traits) {
        return searchByTraits(caller, CallIdentity.organisationCertificate(), traits);
    }

    @Override
    public InsiResult searchWithVitale(Caller caller, VitaleQuery query) {
        return searchWithVitale(caller, CallIdentity.organisationCertificate(), query);
    }

    @Override
    public boolean acceptsProfessionalSession() {
        return pscHttp != null;
    }

    @Override
    public InsiResult searchByTraits(Caller caller, CallIdentity identity, IdentityTraits traits) {
        Objects.requireNonNull(traits, "traits");
        RequestHeader header = header(caller, identity);
        return call(Operation.TRAITS, identity, writer.traitsRequest(header, traits));
    }

    @Override
    public InsiResult searchWithVitale(Caller caller, CallIdentity identity, VitaleQuery query) {
        Objects.requireNonNull(query, "query");
        RequestHeader header = header(caller, identity);
        return call(Operation.VITALE, identity, writer.vitaleRequest(header, query));
    }

    public InsiSettings settings() {
        return settings;
    }

    boolean configured() {
        return http != null;
    }

    CallStatus.Snapshot lastCall() {
        return status.last();
    }

    /** Count, failures and timing of the HTTP exchanges since start (Services view); empty when not configured. */
    @Override
    public Optional<CallStats.Snapshot> callStats() {
        return http == null ? Optional.empty() : Optional.of(http.stats().snapshot());
    }

    private RequestHeader header(Caller caller, CallIdentity identity) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(identity, "identity");
        String emetteur = settings.emetteur() != null ? settings.emetteur() : caller.userId();
        Optional<RequestHeader.PscToken> token = identity instanceof CallIdentity.ProfessionalSession session
                ? Optional.of(new RequestHeader.PscToken(session.token().value(), settings.pscTokenType()))
                : Optional.empty();
        return new RequestHeader(ids.get(), clock.instant(), emetteur, lps, token);
    }

    private InsiResult call(Operation operation, CallIdentity identity, byte[] request) {
        boolean underPsc = identity instanceof CallIdentity.ProfessionalSession;
        if (underPsc && pscHttp == null) {
            throw new SegurException(InsiError.INS_0115);
        }
        if (!underPsc && http == null) {
            throw new SegurException(InsiError.INS_0100);
        }
        NationalHttp http = underPsc ? pscHttp : this.http;
        HttpRequest.Builder builder = HttpRequest.newBuilder(underPsc ? settings.pscEndpoint() : settings.endpoint())
                // SOAP 1.2 over HTTP: the action travels as a media-type parameter, there is no SOAPAction header.
                .header("Content-Type", "application/soap+xml; charset=utf-8; action=\"" + operation.action() + "\"")
                .header("Accept", "application/soap+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request));
        BoundedHttp.Reply reply;
        try {
            reply = http.send(operation.operationName(), builder);
        } catch (TransportFailure failure) {
            throw transportFailure(operation, failure);
        }
        return interpret(operation, reply);
    }

    private InsiResult interpret(Operation operation, BoundedHttp.Reply reply) {
        if (reply.status() == 200) {
            InsiAnswer answer;
            try {
                answer = parser.parse(reply.body());
            } catch (SegurException e) {
                status.record(CallStatus.Outcome.UNREADABLE, e.code());
                LOG.warn("INSi {}: unusable answer {}", operation.operationName(), e.code());
                throw e;
            }
            if (answer instanceof InsiAnswer.Fault fault) {
                throw fault(operation, fault.fault(), reply.status());
            }
            InsiResult result = ((InsiAnswer.Result) answer).result();
            status.record(CallStatus.Outcome.OK, "CodeCR " + result.cr().code());
            LOG.debug("INSi {}: CodeCR {}", operation.operationName(), result.cr().code());
            return result;
        }
        // SOAP 1.2 HTTP binding: faults come with 400 (Sender) or 500 (Receiver); read them when they are there.
        Optional<SoapFault> fault = parser.faultOf(reply.body());
        if (fault.isPresent()) {
            throw fault(operation, fault.get(), reply.status());
        }
        LOG.warn("INSi {}: HTTP {}", operation.operationName(), reply.status());
        if (reply.status() == 502 || reply.status() == 503 || reply.status() == 504) {
            String reason = "HTTP " + reply.status();
            status.record(CallStatus.Outcome.UNAVAILABLE, reason);
            throw new SegurException(InsiError.INS_0101, reason);
        }
        status.record(reply.status() >= 500 ? CallStatus.Outcome.UNAVAILABLE : CallStatus.Outcome.REFUSED,
                "HTTP " + reply.status());
        throw new SegurException(InsiError.INS_0102, String.valueOf(reply.status()));
    }

    private SegurException fault(Operation operation, SoapFault fault, int httpStatus) {
        status.record(fault.serviceSide() ? CallStatus.Outcome.UNAVAILABLE : CallStatus.Outcome.REFUSED,
                fault.codes());
        LOG.warn("INSi {}: HTTP {} SOAP fault {}", operation.operationName(), httpStatus, fault.codes());
        return fault.toException(httpStatus);
    }

    private SegurException transportFailure(Operation operation, TransportFailure failure) {
        LOG.warn("INSi {}: {}", operation.operationName(), failure.kind());
        return switch (failure.kind()) {
            case UNAVAILABLE -> {
                status.record(CallStatus.Outcome.UNAVAILABLE, failure.reason());
                yield new SegurException(InsiError.INS_0101, failure, failure.reason());
            }
            case TOO_LARGE -> {
                status.record(CallStatus.Outcome.UNREADABLE, failure.reason());
                yield new SegurException(InsiError.INS_0108, failure, failure.reason());
            }
            case INTERRUPTED -> new SegurException(InsiError.INS_0113, failure);
        };
    }

    private static char[] chars(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }
}

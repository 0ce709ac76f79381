package fr.galien.ins;

import com.fasterxml.jackson.databind.JsonNode;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ApCvPort;
import fr.galien.core.security.Caller;
import fr.galien.kit.http.BoundedHttp;
import fr.galien.kit.http.CallStats;
import fr.galien.kit.module.MeasuredClient;
import fr.galien.kit.http.NationalHttp;
import fr.galien.kit.http.TransportFailure;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ApCvPort} over the sandbox's ApCV HTTP JSON contract (docs/sandbox.md, our own design: the real appli carte
 * Vitale goes through the SESAM-Vitale stack, addendum 8, not public — specs §6). One HTTP exchange per method.
 * Errors: {@code INS-0150} not configured, {@code INS-0151} unavailable, {@code INS-0152} not an ApCV code,
 * {@code INS-0153} expired code, {@code INS-0154} unknown session, {@code INS-0155} no card, {@code INS-0156}
 * unreadable answer, {@code INS-0157} other HTTP status, {@code INS-0159} interrupted. Logs statuses only.
 */
public final class ApCvHttpClient implements ApCvPort, MeasuredClient {

    private static final Logger LOG = LoggerFactory.getLogger(ApCvHttpClient.class);
    private static final int MAX_BODY_BYTES = 64 * 1024;
    /** Bounds on the service's "poll again in" hint: never hammer it, never leave the counter waiting long. */
    private static final Duration MIN_POLL = Duration.ofMillis(100);
    private static final Duration MAX_POLL = Duration.ofSeconds(10);
    private static final Duration DEFAULT_POLL = Duration.ofSeconds(1);

    private final ApCvSettings settings;
    private final NationalHttp http;
    private final CallStatus status;

    public ApCvHttpClient(ApCvSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.status = new CallStatus(clock);
        this.http = settings.endpoint() == null ? null
                : NationalHttp.forService("ApCV", new BoundedHttp(settings.connectTimeout(), settings.timeout(),
                        MAX_BODY_BYTES, Optional.empty())).clock(clock).build();
    }

    @Override
    public ApCvSession startApCv(Caller caller, String qrContent) {
        Objects.requireNonNull(caller, "caller");
        if (qrContent == null || qrContent.isBlank()) {
            throw new SegurException(ApCvError.INS_0152);
        }
        HttpRequest.Builder request = request("/v1/lectures")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ApCvJson.startRequest(qrContent.strip())));
        BoundedHttp.Reply reply = send("start", request);
        if (reply.status() != 201 && reply.status() != 200) {
            throw failure("start", reply, null);
        }
        JsonNode body = readOk(reply);
        String id = ApCvJson.requiredText(body, "id");
        return new ApCvSession(id, pollEvery(body));
    }

    @Override
    public ApCvPoll poll(Caller caller, ApCvSession session) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(session, "session");
        BoundedHttp.Reply reply = send("poll",
                request("/v1/lectures/" + URLEncoder.encode(session.id(), StandardCharsets.UTF_8)).GET());
        if (reply.status() != 200) {
            throw failure("poll", reply, ApCvError.INS_0154);
        }
        JsonNode body = readOk(reply);
        ApCvStatus state;
        try {
            state = ApCvStatus.valueOf(ApCvJson.requiredText(body, "statut"));
        } catch (IllegalArgumentException e) {
            throw unreadable(ApCvJson.invalid("statut"));
        }
        if (state != ApCvStatus.APPROUVEE) {
            return new ApCvPoll(state, null);
        }
        try {
            return new ApCvPoll(state, ApCvJson.beneficiary(body.get("beneficiaire")));
        } catch (SegurException e) {
            throw unreadable(e);
        }
    }

    @Override
    public VitaleReading readCard(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        BoundedHttp.Reply reply = send("card", request("/v1/lecteur/carte").GET());
        if (reply.status() != 200) {
            throw failure("card", reply, ApCvError.INS_0155);
        }
        JsonNode body = readOk(reply);
        try {
            return ApCvJson.beneficiary(body);
        } catch (SegurException e) {
            throw unreadable(e);
        }
    }

    public ApCvSettings settings() {
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

    private HttpRequest.Builder request(String path) {
        if (http == null) {
            throw new SegurException(ApCvError.INS_0150);
        }
        return HttpRequest.newBuilder(URI.create(settings.endpoint() + path)).header("Accept", "application/json");
    }

    private BoundedHttp.Reply send(String what, HttpRequest.Builder request) {
        try {
            BoundedHttp.Reply reply = http.send(what, request);
            LOG.debug("ApCV {} → HTTP {}", what, reply.status());
            return reply;
        } catch (TransportFailure failure) {
            LOG.warn("ApCV {}: {}", what, failure.kind());
            switch (failure.kind()) {
                case UNAVAILABLE -> {
                    status.record(CallStatus.Outcome.UNAVAILABLE, failure.reason());
                    throw new SegurException(ApCvError.INS_0151, failure, failure.reason());
                }
                case TOO_LARGE -> {
                    status.record(CallStatus.Outcome.UNREADABLE, failure.reason());
                    throw new SegurException(ApCvError.INS_0156, failure, failure.reason());
                }
                default -> throw new SegurException(ApCvError.INS_0159, failure);
            }
        }
    }

    private JsonNode readOk(BoundedHttp.Reply reply) {
        try {
            JsonNode body = ApCvJson.read(reply.body());
            status.record(CallStatus.Outcome.OK, "HTTP " + reply.status());
            return body;
        } catch (SegurException e) {
            throw unreadable(e);
        }
    }

    private SegurException unreadable(SegurException e) {
        status.record(CallStatus.Outcome.UNREADABLE, e.code());
        return e;
    }

    /**
     * The contract's error answers; {@code notFound} is what a 404 means for this call (unknown session, no card).
     * A 4xx means the service works and said no: the module stays available. {@code notFound} may be null.
     */
    private SegurException failure(String what, BoundedHttp.Reply reply, ApCvError notFound) {
        int code = reply.status();
        Optional<String> error = ApCvJson.errorCode(reply.body());
        LOG.warn("ApCV {}: HTTP {} {}", what, code, error.orElse(""));
        if (code == 502 || code == 503 || code == 504) {
            String reason = "HTTP " + code;
            status.record(CallStatus.Outcome.UNAVAILABLE, reason);
            return new SegurException(ApCvError.INS_0151, reason);
        }
        if (code >= 500) {
            status.record(CallStatus.Outcome.UNAVAILABLE, "HTTP " + code);
            return new SegurException(ApCvError.INS_0157, String.valueOf(code));
        }
        status.record(CallStatus.Outcome.OK, "HTTP " + code + error.map(e -> " " + e).orElse(""));
        if (code == 400 && error.filter("QR_INVALIDE"::equals).isPresent()) {
            return new SegurException(ApCvError.INS_0152);
        }
        if (code == 410) {
            return new SegurException(ApCvError.INS_0153);
        }
        if (code == 404 && notFound != null) {
            return new SegurException(notFound);
        }
        return new SegurException(ApCvError.INS_0157, String.valueOf(code));
    }

    private static Duration pollEvery(JsonNode body) {
        Optional<String> hint = ApCvJson.optionalText(body, "interrogerDansMs");
        if (hint.isEmpty()) {
            return DEFAULT_POLL;
        }
        try {
            Duration given = Duration.ofMillis(Long.parseLong(hint.get()));
            return given.compareTo(MIN_POLL) < 0 ? MIN_POLL : given.compareTo(MAX_POLL) > 0 ? MAX_POLL : given;
        } catch (NumberFormatException e) {
            throw ApCvJson.invalid("interrogerDansMs");
        }
    }
}

package fr.galien.sandbox.mssante;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import fr.galien.sandbox.LoopbackServer;
import fr.galien.sandbox.Simulator;
import fr.galien.sandbox.SimulatorState;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MSSanté operator simulator (specs §3, checklist §3.8): SMTP submission and IMAP on 127.0.0.1, both with STARTTLS
 * (TLS 1.2+, the allowed suites, a certificate made at start and trusted by the client through its settings) and
 * SASL XOAUTH2 checked against the PSC simulator's tokens; the trusted-space rule; DSN for unknown mailboxes;
 * receipts; the scripted correspondent; and the Annuaire Santé FHIR search with the same invented professionals.
 * GreenMail holds the mailboxes behind the TLS/XOAUTH2 fronts (ADR 0030).
 *
 * <p>HTTP (the base URL): {@code annuaire/fhir/<type>?…} and {@code mss/_control}: {@code GET} the state,
 * {@code POST mss/_control/mode?mode=down|slow|normal}, {@code POST mss/_control/correspondant?to=<bal>&scenario=
 * qualifie|ambigu} (docs/sandbox.md).
 */
public final class MssSimulator implements Simulator {

    public static final String ID = "mssante";
    static final String CONTROL = "/mss/_control";

    private static final Logger LOG = LoggerFactory.getLogger(MssSimulator.class);

    private final MssModes modes = new MssModes();
    private final Clock clock;
    private final Mailboxes mailboxes = new Mailboxes();
    private Path stateDirectory;
    private GreenMail greenMail;
    private Operator operator;
    private SmtpFront smtp;
    private ImapFront imap;
    private LoopbackServer http;
    private Path trustStore;
    private String trustPassword;
    private boolean temporaryTrustStore;

    /** Used by {@link java.util.ServiceLoader}. */
    public MssSimulator() {
        this(Clock.systemUTC());
    }

    public MssSimulator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Opérateur MSSanté et Annuaire Santé";
    }

    @Override
    public synchronized void useStateDirectory(Path directory) {
        if (http != null) {
            throw new IllegalStateException("the state directory is chosen before start");
        }
        stateDirectory = directory;
    }

    @Override
    public synchronized void start(InetSocketAddress bindAddress) throws Exception {
        if (http != null) {
            throw new IllegalStateException("already started");
        }
        LoopbackServer bound = LoopbackServer.bind(bindAddress, "MSSante");
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
        greenMail.start();
        operator = new Operator(greenMail, mailboxes, secret);
        if (stateDirectory != null) {
            operator.use(SimulatorState.in(stateDirectory));
        }
        operator.restore();
        LoopbackCertificate certificate = LoopbackCertificate.generate(clock.instant());
        SSLContext tls = certificate.serverContext();
        XoauthCheck xoauth = new XoauthCheck(mailboxes, clock);
        smtp = new SmtpFront(operator, xoauth, tls, modes);
        smtp.start(0);
        imap = new ImapFront(xoauth, tls, modes, greenMail.getImap().getPort(), secret);
        imap.start(0);
        temporaryTrustStore = stateDirectory == null;
        trustStore = temporaryTrustStore ? Files.createTempFile("galien-mssante-trust", ".p12")
                : stateDirectory.resolve("trust.p12");
        trustPassword = certificate.writeTrustStore(trustStore);
        AnnuaireEndpoint annuaire = new AnnuaireEndpoint(mailboxes);
        http = bound.serve(exchange -> route(exchange, annuaire));
    }

    private void route(HttpExchange exchange, AnnuaireEndpoint annuaire) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            try {
                if (path.startsWith(AnnuaireEndpoint.PATH + "/") && exchange.getRequestMethod().equals("GET")) {
                    if (modes.mode() == MssModes.Mode.DOWN) {
                        answer(exchange, 503, "application/fhir+json", outcome("Annuaire Santé indisponible"));
                        return;
                    }
                    modes.pause();
                    String type = path.substring(AnnuaireEndpoint.PATH.length() + 1);
                    String json = annuaire.search(baseUrl(), type, query);
                    if (json == null) {
                        answer(exchange, 404, "application/fhir+json", outcome("Type de ressource inconnu : " + type));
                    } else {
                        answer(exchange, 200, "application/fhir+json", json);
                    }
                } else if (path.equals(CONTROL + "/mode") && exchange.getRequestMethod().equals("POST")) {
                    modes.setMode(MssModes.Mode.valueOf(query.getOrDefault("mode", "normal").toUpperCase()));
                    answer(exchange, 200, "application/json", "{\"mode\":\"" + modes.mode().name().toLowerCase()
                            + "\"}");
                } else if (path.equals(CONTROL + "/correspondant") && exchange.getRequestMethod().equals("POST")) {
                    String to = query.get("to");
                    if (to == null || mailboxes.find(to).isEmpty()) {
                        answer(exchange, 400, "application/json", "{\"erreur\":\"boîte inconnue\"}");
                        return;
                    }
                    Correspondent.Scenario scenario = "ambigu".equals(query.get("scenario"))
                            ? Correspondent.Scenario.AMBIGUOUS : Correspondent.Scenario.QUALIFIED;
                    String uniqueId = operator.correspondent().sendDocument(to.toLowerCase(), scenario);
                    answer(exchange, 200, "application/json", "{\"uniqueId\":\"" + uniqueId + "\"}");
                } else if (path.equals(CONTROL)) {
                    answer(exchange, 200, "application/json", new com.fasterxml.jackson.databind.ObjectMapper()
                            .writeValueAsString(describe()));
                } else {
                    answer(exchange, 404, "text/plain; charset=UTF-8", "Adresse inconnue du simulateur MSSanté.");
                }
            } catch (IllegalArgumentException e) {
                answer(exchange, 400, "text/plain; charset=UTF-8", "Requête invalide.");
            } catch (RuntimeException e) {
                LOG.error("MSSanté simulator failed on {}", path, e);
                answer(exchange, 500, "text/plain; charset=UTF-8", "Erreur interne du simulateur MSSanté.");
            }
        }
    }

    private static String outcome(String text) {
        return "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"transient\","
                + "\"diagnostics\":\"" + text.replace("\"", "'") + "\"}]}";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public synchronized URI baseUrl() {
        if (http == null) {
            throw new IllegalStateException("the MSSanté simulator is not started");
        }
        return http.baseUrl();
    }

    public int smtpPort() {
        return smtp.port();
    }

    public int imapPort() {
        return imap.port();
    }

    public URI annuaireUrl() {
        return baseUrl().resolve(AnnuaireEndpoint.PATH);
    }

    public MssModes modes() {
        return modes;
    }

    /** Sends the scripted correspondent's document to {@code to}; returns the CDA unique id. */
    public String sendDocument(String to, Correspondent.Scenario scenario) {
        return operator.correspondent().sendDocument(to, scenario);
    }

    /** The personal mailbox of a PSC simulator professional. */
    public Optional<String> mailboxOf(String nationalId) {
        return mailboxes.ofProfessional(nationalId).map(Mailboxes.Mailbox::address);
    }

    /** What was accepted by SMTP (sender, recipients, Message-ID, X-MSS headers, whether it was a resend). */
    public List<Map<String, Object>> journal() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Operator.Journal entry : operator.journal()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sender", entry.sender());
            row.put("recipients", entry.recipients());
            row.put("messageId", entry.messageId());
            row.put("headers", entry.headers());
            row.put("duplicate", entry.duplicate());
            rows.add(row);
        }
        return rows;
    }

    /** Raw messages in a mailbox's INBOX (tests: what a patient's Mon espace santé received). */
    public List<byte[]> inbox(String mailbox) {
        List<byte[]> messages = new ArrayList<>();
        try {
            com.icegreen.greenmail.user.GreenMailUser user = greenMail.getUserManager().getUserByEmail(mailbox);
            if (user == null) {
                return messages;
            }
            for (com.icegreen.greenmail.store.StoredMessage stored : greenMail.getManagers().getImapHostManager()
                    .getInbox(user).getMessages()) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                stored.getMimeMessage().writeTo(out);
                messages.add(out.toByteArray());
            }
        } catch (com.icegreen.greenmail.store.FolderException | jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return messages;
    }

    @Override
    public Optional<String> simulatedSetting() {
        return Optional.of("mss.smtp.host");
    }

    @Override
    public Map<String, String> settingsOverrides() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("mss.smtp.host", "127.0.0.1");
        settings.put("mss.smtp.port", Integer.toString(smtpPort()));
        settings.put("mss.imap.host", "127.0.0.1");
        settings.put("mss.imap.port", Integer.toString(imapPort()));
        settings.put("mss.tls.truststore", trustStore.toString());
        settings.put("mss.tls.truststore-password", trustPassword);
        settings.put("mss.annuaire.endpoint", annuaireUrl().toString());
        return settings;
    }

    @Override
    public Map<String, URI> endpoints() {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        endpoints.put("smtp", URI.create("smtp://127.0.0.1:" + smtpPort()));
        endpoints.put("imap", URI.create("imap://127.0.0.1:" + imapPort()));
        endpoints.put("annuaire", annuaireUrl());
        endpoints.put("controle", baseUrl().resolve(CONTROL));
        return endpoints;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("smtp", "127.0.0.1:" + smtpPort() + " (STARTTLS, AUTH XOAUTH2)");
        json.put("imap", "127.0.0.1:" + imapPort() + " (STARTTLS, AUTHENTICATE XOAUTH2)");
        json.put("annuaire", annuaireUrl().toString());
        json.put("control", baseUrl().resolve(CONTROL).toString());
        json.put("mode", modes.mode().name().toLowerCase());
        json.put("correspondent", Mailboxes.CORRESPONDENT);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Mailboxes.Mailbox mailbox : mailboxes.all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("address", mailbox.address());
            row.put("type", mailbox.type());
            row.put("label", mailbox.label());
            row.put("owners", mailbox.owners());
            rows.add(row);
        }
        json.put("mailboxes", rows);
        return json;
    }

    @Override
    public synchronized void stop() throws IOException {
        if (http != null) {
            http.stop();
            http = null;
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (imap != null) {
            imap.stop();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
        if (temporaryTrustStore && trustStore != null) {
            Files.deleteIfExists(trustStore);
        }
    }
}

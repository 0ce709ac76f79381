package fr.galien.mssante;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.kit.tls.TlsMaterial;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * The Jakarta Mail side of SC.MSS/CONF.05–11: sessions configured for STARTTLS required (never a clear command
 * after the greeting), TLS 1.2+ and the allowed suites, the server certificate checked against the configured trust
 * store and host name, SASL XOAUTH2 with the professional's PSC access token, a timeout on every socket. One IMAP
 * store per mailbox, reused while the token is the same and the operator keeps it open (CONF.11: reopened when the
 * operator closed it); all closed when no token can be had (CONF.10).
 */
final class MailSessions {

    /** TLS 1.2 suites of SC.MSS/CONF.03, then TLS 1.3 (CONF.02 allows ≥ 1.2). */
    static final String SUITES = "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 "
            + "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256 "
            + "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384 TLS_DHE_RSA_WITH_AES_128_GCM_SHA256 "
            + "TLS_AES_256_GCM_SHA384 TLS_AES_128_GCM_SHA256";
    static final String PROTOCOLS = "TLSv1.3 TLSv1.2";

    private final MssSettings settings;
    private final Supplier<Optional<AccessToken>> tokens;
    private final Clock clock;
    private final Session smtp;
    private final Session imap;
    private final Map<String, OpenStore> stores = new ConcurrentHashMap<>();

    private record OpenStore(Store store, String token) {
    }

    MailSessions(MssSettings settings, Supplier<Optional<AccessToken>> tokens, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
        SSLSocketFactory sockets = TlsMaterial.context(null, null, settings.truststore(),
                        settings.truststorePassword().toCharArray(), MssClientError.MSS_0106)
                .map(SSLContext::getSocketFactory).orElse((SSLSocketFactory) SSLSocketFactory.getDefault());
        this.smtp = Session.getInstance(properties("smtp", settings.smtpHost(), settings.smtpPort(), sockets));
        this.imap = Session.getInstance(properties("imap", settings.imapHost(), settings.imapPort(), sockets));
    }

    private Properties properties(String protocol, String host, int port, SSLSocketFactory sockets) {
        String p = "mail." + protocol + ".";
        long timeout = settings.timeout().toMillis();
        Properties properties = new Properties();
        properties.put(p + "host", host == null ? "" : host);
        properties.put(p + "port", Integer.toString(port));
        properties.put(p + "starttls.enable", "true");
        properties.put(p + "starttls.required", "true");
        properties.put(p + "ssl.protocols", PROTOCOLS);
        properties.put(p + "ssl.ciphersuites", SUITES);
        properties.put(p + "ssl.checkserveridentity", "true");
        properties.put(p + "ssl.socketFactory", sockets);
        properties.put(p + "auth.mechanisms", "XOAUTH2");
        properties.put(p + "connectiontimeout", Long.toString(timeout));
        properties.put(p + "timeout", Long.toString(timeout));
        properties.put(p + "writetimeout", Long.toString(timeout));
        if (protocol.equals("smtp")) {
            properties.put("mail.smtp.auth", "true");
            properties.put("mail.smtp.auth.login.disable", "true");
            properties.put("mail.smtp.auth.plain.disable", "true");
            // SMTP DSN (RFC 3461) besides Return-Receipt-To: SC.MSS.16.
            properties.put("mail.smtp.dsn.notify", "SUCCESS,FAILURE,DELAY");
            properties.put("mail.smtp.dsn.ret", "HDRS");
        } else {
            properties.put("mail.imap.sasl.enable", "false");
            properties.put("mail.imap.auth.login.disable", "true");
            properties.put("mail.imap.auth.plain.disable", "true");
            properties.put("mail.imap.connectionpooltimeout", "300000");
        }
        properties.put("mail.mime.charset", "UTF-8");
        return properties;
    }

    Session smtp() {
        return smtp;
    }

    /**
     * The professional's access token; none (no session, refresh failed, expired) closes every open session and
     * fails with {@code MSS-0103} (CONF.10).
     */
    String token() {
        Optional<AccessToken> token = tokens.get().filter(t -> t.value() != null && !t.value().isBlank())
                .filter(t -> t.expiresAt() == null || t.expiresAt().isAfter(clock.instant()));
        if (token.isEmpty()) {
            closeAll();
            throw new SegurException(MssClientError.MSS_0103);
        }
        return token.get().value();
    }

    /** The open store of {@code mailbox}, reconnected when closed by the operator or the token changed. */
    Store store(String mailbox) throws MessagingException {
        String token = token();
        OpenStore open = stores.get(mailbox);
        if (open != null && open.token().equals(token) && open.store().isConnected()) {
            return open.store();
        }
        if (open != null) {
            close(open.store());
        }
        Store store = imap.getStore("imap");
        try {
            store.connect(settings.imapHost(), settings.imapPort(), mailbox, token);
        } catch (AuthenticationFailedException e) {
            throw new SegurException(MssClientError.MSS_0102, e, mailbox, MailFailures.serverText(e));
        }
        stores.put(mailbox, new OpenStore(store, token));
        return store;
    }

    void drop(String mailbox) {
        OpenStore open = stores.remove(mailbox);
        if (open != null) {
            close(open.store());
        }
    }

    void closeAll() {
        for (String mailbox : stores.keySet()) {
            drop(mailbox);
        }
    }

    private static void close(Store store) {
        try {
            store.close();
        } catch (MessagingException ignored) {
            // closing anyway
        }
    }
}

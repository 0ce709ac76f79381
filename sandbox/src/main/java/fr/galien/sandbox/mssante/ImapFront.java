package fr.galien.sandbox.mssante;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import javax.net.ssl.SSLContext;

/**
 * The operator's IMAP access (specs §3.1 CONF.06/07), in front of GreenMail's IMAP server (ADR 0030): this front
 * speaks the not-authenticated state itself — greeting, CAPABILITY, STARTTLS (RFC 3501 §6.2.1, TLS 1.2+ and the
 * allowed suites), {@code AUTHENTICATE XOAUTH2} with or without SASL-IR checked against the PSC token — and, once
 * the mailbox is opened, logs in to GreenMail on loopback as that mailbox (an internal password nobody outside
 * knows) and relays the rest of the session byte for byte: folders, SEARCH, FETCH, APPEND are GreenMail's.
 */
final class ImapFront extends MailFront {

    private final XoauthCheck xoauth;
    private final SSLContext tls;
    private final MssModes modes;
    private final int backendPort;
    private final String secret;

    ImapFront(XoauthCheck xoauth, SSLContext tls, MssModes modes, int backendPort, String secret) {
        super("imap");
        this.xoauth = xoauth;
        this.tls = tls;
        this.modes = modes;
        this.backendPort = backendPort;
        this.secret = secret;
    }

    @Override
    protected void serve(Socket socket) throws IOException {
        try (LineChannel channel = new LineChannel(socket)) {
            if (modes.mode() == MssModes.Mode.DOWN) {
                channel.send("* BYE Service MSSante indisponible (simulateur en panne)");
                return;
            }
            modes.pause();
            channel.send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] operateur-sim.mssante.fr pret");
            String line;
            while ((line = channel.readLine()) != null) {
                modes.pause();
                String[] words = line.split(" ");
                if (words.length < 2) {
                    channel.send("* BAD commande illisible");
                    continue;
                }
                String tag = words[0];
                String command = words[1].toUpperCase(Locale.ROOT);
                switch (command) {
                    case "CAPABILITY" -> {
                        channel.send(channel.secure() ? "* CAPABILITY IMAP4rev1 AUTH=XOAUTH2 SASL-IR"
                                : "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED");
                        channel.send(tag + " OK CAPABILITY termine");
                    }
                    case "NOOP" -> channel.send(tag + " OK NOOP termine");
                    case "LOGOUT" -> {
                        channel.send("* BYE au revoir");
                        channel.send(tag + " OK LOGOUT termine");
                        return;
                    }
                    case "STARTTLS" -> {
                        if (channel.secure()) {
                            channel.send(tag + " BAD TLS deja actif");
                        } else {
                            channel.send(tag + " OK Debut de la negociation TLS");
                            channel.startTls(tls);
                        }
                    }
                    case "AUTHENTICATE" -> {
                        if (!channel.secure()) {
                            channel.send(tag + " NO [PRIVACYREQUIRED] STARTTLS obligatoire (SC.MSS/CONF.06)");
                        } else if (words.length < 3 || !words[2].equalsIgnoreCase("XOAUTH2")) {
                            channel.send(tag + " NO [CANNOT] Seul XOAUTH2 est accepte (SC.MSS/CONF.07)");
                        } else {
                            String response = words.length > 3 ? words[3] : null;
                            if (response == null) {
                                channel.send("+ ");
                                response = channel.readLine();
                            }
                            XoauthCheck.Outcome outcome = xoauth.check(response == null ? "" : response);
                            if (outcome.mailbox().isEmpty()) {
                                channel.send(tag + " NO [AUTHENTICATIONFAILED] " + outcome.refusal());
                            } else {
                                relay(channel, tag, outcome.mailbox().get());
                                return;
                            }
                        }
                    }
                    case "LOGIN" -> channel.send(tag + " NO [PRIVACYREQUIRED] LOGIN refuse : XOAUTH2 uniquement");
                    default -> channel.send(tag + " BAD commande inconnue avant authentification");
                }
            }
        }
    }

    /** Opens the mailbox at GreenMail and relays the session both ways until either side closes. */
    private void relay(LineChannel channel, String tag, String mailbox) throws IOException {
        try (Socket backend = new Socket()) {
            backend.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), backendPort), 5_000);
            backend.setSoTimeout(0);
            LineChannel inner = new LineChannel(backend);
            inner.readLine();
            inner.send("g0 LOGIN \"" + mailbox + "\" \"" + secret + "\"");
            String answer;
            do {
                answer = inner.readLine();
            } while (answer != null && !answer.startsWith("g0 "));
            if (answer == null || !answer.startsWith("g0 OK")) {
                channel.send(tag + " NO [UNAVAILABLE] boite indisponible");
                return;
            }
            channel.send(tag + " OK AUTHENTICATE termine");
            channel.socket().setSoTimeout(0);
            Thread upstream = new Thread(() -> copy(channel.in(), outOf(backend), backend),
                    "mssante-sim-imap-relay");
            upstream.setDaemon(true);
            upstream.start();
            copy(inner.in(), channel.out(), channel.socket());
        }
    }

    private static OutputStream outOf(Socket socket) {
        try {
            return socket.getOutputStream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream in, OutputStream out, Socket toClose) {
        byte[] buffer = new byte[16 * 1024];
        try {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: end the other
        } finally {
            try {
                toClose.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}

package fr.galien.sandbox.mssante;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * The operator's SMTP submission (RFC 5321/6409) with the MSSanté rules (specs §3.1): STARTTLS first (RFC 3207;
 * nothing but EHLO, STARTTLS, NOOP and QUIT before it), then {@code AUTH XOAUTH2} with the mailbox's PSC token,
 * {@code MAIL FROM} the authenticated mailbox only, recipients inside the MSSanté space only ({@code 550 5.7.1}
 * otherwise, as real operators refuse), the message handed to the {@link Operator} (dedup, DSN, MDN). Down mode
 * answers {@code 421}; slow mode delays every answer.
 */
final class SmtpFront extends MailFront {

    static final int MAX_MESSAGE = 30 * 1024 * 1024;
    private static final Pattern PATH = Pattern.compile("(?i)^(MAIL FROM|RCPT TO):\\s*<([^<>]*)>.*$");

    private final Operator operator;
    private final XoauthCheck xoauth;
    private final SSLContext tls;
    private final MssModes modes;

    SmtpFront(Operator operator, XoauthCheck xoauth, SSLContext tls, MssModes modes) {
        super("smtp");
        this.operator = operator;
        this.xoauth = xoauth;
        this.tls = tls;
        this.modes = modes;
    }

    @Override
    protected void serve(Socket socket) throws IOException {
        try (LineChannel channel = new LineChannel(socket)) {
            if (modes.mode() == MssModes.Mode.DOWN) {
                channel.send("421 4.3.2 Service MSSante indisponible (simulateur en panne)");
                return;
            }
            modes.pause();
            channel.send("220 operateur-sim.mssante.fr ESMTP simulateur MSSante Galien");
            String mailbox = null;
            String sender = null;
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = channel.readLine()) != null) {
                modes.pause();
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                    if (channel.secure()) {
                        channel.send("250-operateur-sim.mssante.fr");
                        channel.send("250-AUTH XOAUTH2");
                        channel.send("250-SIZE " + MAX_MESSAGE);
                        channel.send("250-8BITMIME");
                        channel.send("250 DSN");
                    } else {
                        channel.send("250-operateur-sim.mssante.fr");
                        channel.send("250 STARTTLS");
                    }
                } else if (upper.equals("STARTTLS")) {
                    if (channel.secure()) {
                        channel.send("503 5.5.1 TLS deja actif");
                        continue;
                    }
                    channel.send("220 2.0.0 Pret pour TLS");
                    channel.startTls(tls);
                    mailbox = null;
                } else if (upper.equals("QUIT")) {
                    channel.send("221 2.0.0 Au revoir");
                    return;
                } else if (upper.equals("NOOP")) {
                    channel.send("250 2.0.0 OK");
                } else if (upper.equals("RSET")) {
                    sender = null;
                    recipients.clear();
                    channel.send("250 2.0.0 OK");
                } else if (!channel.secure()) {
                    channel.send("530 5.7.0 STARTTLS obligatoire (SC.MSS/CONF.05)");
                } else if (upper.startsWith("AUTH ")) {
                    if (mailbox != null) {
                        channel.send("503 5.5.1 Deja authentifie");
                        continue;
                    }
                    String[] words = line.split("\\s+");
                    if (words.length < 2 || !words[1].equalsIgnoreCase("XOAUTH2")) {
                        channel.send("504 5.7.4 Seul XOAUTH2 est accepte (SC.MSS/CONF.07)");
                        continue;
                    }
                    String response = words.length > 2 ? words[2] : null;
                    if (response == null) {
                        channel.send("334 ");
                        response = channel.readLine();
                    }
                    XoauthCheck.Outcome outcome = xoauth.check(response == null ? "" : response);
                    if (outcome.mailbox().isPresent()) {
                        mailbox = outcome.mailbox().get();
                        channel.send("235 2.7.0 Authentification reussie");
                    } else {
                        channel.send("535 5.7.8 Authentification refusee : " + ascii(outcome.refusal()));
                    }
                } else if (mailbox == null) {
                    channel.send("530 5.7.0 Authentification XOAUTH2 requise");
                } else if (upper.startsWith("MAIL FROM")) {
                    Matcher path = PATH.matcher(line);
                    String from = path.matches() ? path.group(2).toLowerCase(Locale.ROOT) : "";
                    if (!from.equals(mailbox)) {
                        channel.send("553 5.7.1 L'expediteur doit etre la boite authentifiee " + mailbox);
                        continue;
                    }
                    sender = from;
                    recipients.clear();
                    channel.send("250 2.1.0 OK");
                } else if (upper.startsWith("RCPT TO")) {
                    Matcher path = PATH.matcher(line);
                    String to = path.matches() ? path.group(2).toLowerCase(Locale.ROOT) : "";
                    if (sender == null) {
                        channel.send("503 5.5.1 MAIL FROM d'abord");
                    } else if (!Mailboxes.inMssanteSpace(to)) {
                        channel.send("550 5.7.1 Destinataire hors de l'espace de confiance MSSante : " + ascii(to));
                    } else if (recipients.size() >= 100) {
                        channel.send("452 4.5.3 Trop de destinataires");
                    } else {
                        recipients.add(to);
                        channel.send("250 2.1.5 OK");
                    }
                } else if (upper.equals("DATA")) {
                    if (sender == null || recipients.isEmpty()) {
                        channel.send("503 5.5.1 Aucun destinataire");
                        continue;
                    }
                    channel.send("354 Terminez par <CRLF>.<CRLF>");
                    byte[] message = data(channel.in());
                    if (message == null) {
                        channel.send("552 5.3.4 Message trop volumineux");
                    } else {
                        boolean fresh = operator.accept(sender, List.copyOf(recipients), message);
                        channel.send(fresh ? "250 2.0.0 OK message accepte" : "250 2.0.0 OK deja recu (doublon ignore)");
                    }
                    sender = null;
                    recipients.clear();
                } else {
                    channel.send("502 5.5.2 Commande inconnue");
                }
            }
        }
    }

    /** Reads DATA until {@code CRLF.CRLF}, undoing dot-stuffing; null when it exceeds the size. */
    private static byte[] data(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooBig = false;
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                line.reset();
                if ((bytes.length == 3 && bytes[0] == '.' && bytes[1] == '\r') || (bytes.length == 2
                        && bytes[0] == '.')) {
                    return tooBig ? null : out.toByteArray();
                }
                int start = bytes.length > 1 && bytes[0] == '.' ? 1 : 0;
                if (out.size() + bytes.length > MAX_MESSAGE) {
                    tooBig = true;
                } else if (!tooBig) {
                    out.write(bytes, start, bytes.length - start);
                }
            }
        }
        throw new IOException("connection closed during DATA");
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "");
    }
}

package fr.galien.mssante;

import fr.galien.core.error.SegurException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/** Turns Jakarta Mail failures into the module's codes: one cause, one code. */
final class MailFailures {

    private MailFailures() {
    }

    static SegurException of(MessagingException e, String mailbox) {
        if (e instanceof AuthenticationFailedException) {
            return new SegurException(MssClientError.MSS_0102, e, mailbox, serverText(e));
        }
        String text = String.valueOf(e.getMessage());
        if (text.contains("STARTTLS is required") || text.contains("STARTTLS")) {
            return new SegurException(MssClientError.MSS_0109, e);
        }
        if (e instanceof SendFailedException send) {
            Exception next = send.getNextException();
            String reply = next instanceof SMTPAddressFailedException address ? address.getReturnCode() + " "
                    + address.getMessage() : next instanceof SMTPSendFailedException failed
                    ? failed.getReturnCode() + " " + failed.getMessage() : serverText(e);
            if (permanent(send)) {
                return new SegurException(MssClientError.MSS_0104, e, reply.strip());
            }
            return new SegurException(MssClientError.MSS_0101, e, reply.strip());
        }
        return new SegurException(MssClientError.MSS_0101, e, reason(e));
    }

    /** A 5xx SMTP answer: retrying cannot help. */
    static boolean permanent(SendFailedException e) {
        for (Exception next = e; next != null;
             next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException address && address.getReturnCode() >= 500) {
                return true;
            }
            if (next instanceof SMTPSendFailedException failed && failed.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connexion refusée";
            }
            if (cause instanceof SocketTimeoutException) {
                return "délai dépassé";
            }
            if (cause instanceof UnknownHostException) {
                return "serveur introuvable";
            }
            if (cause instanceof SSLException) {
                return "échec TLS";
            }
            if (cause instanceof IOException) {
                return "erreur réseau";
            }
        }
        return "le serveur a fermé la connexion";
    }

    static String serverText(MessagingException e) {
        String text = e.getMessage() == null ? "" : e.getMessage().replaceAll("[\\r\\n]+", " ");
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}

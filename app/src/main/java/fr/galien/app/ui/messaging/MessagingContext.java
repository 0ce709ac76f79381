package fr.galien.app.ui.messaging;

import fr.galien.core.mssante.MailFiling;
import fr.galien.core.mssante.MailboxAccess;
import fr.galien.core.mssante.SecureMail;

/** What the « Messagerie » area uses: the core's MSSanté services (never the port itself). */
public record MessagingContext(SecureMail secureMail, MailFiling filing, MailboxAccess mailboxes) {
}

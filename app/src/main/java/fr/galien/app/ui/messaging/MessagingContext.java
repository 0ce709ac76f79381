package fr.galien.app.ui.messaging;

import fr.galien.core.mssante.MailFiling;
import fr.galien.core.mssante.SecureMail;
import fr.galien.core.port.MssantePort;
import java.util.Optional;
import java.util.function.Supplier;

/** What the « Messagerie » area uses: the core's MSSanté services and the port of the {@code mss} module, if started. */
public record MessagingContext(SecureMail secureMail, MailFiling filing, Supplier<Optional<MssantePort>> port) {
}

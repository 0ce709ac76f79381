package fr.galien.app.ui.login;

import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import java.util.List;

/** Registers {@link LoginText} for the global "every key has its French text" check. */
public final class LoginTextCatalog implements MessageCatalog {

    @Override
    public List<? extends MessageKey> keys() {
        return List.of(LoginText.values());
    }
}

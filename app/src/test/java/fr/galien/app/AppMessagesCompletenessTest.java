package fr.galien.app;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;
import java.util.Set;

/**
 * The app's catalogues (application, session, UI, identity panel, users, PSC commands, command-line authentication) and, since the app's
 * class path holds every module, every catalogue of every module: complete, formatting, unique, one owner per prefix.
 */
class AppMessagesCompletenessTest extends CommonMessagesCompletenessTest {

    @Override
    protected Set<String> ownErrorPrefixes() {
        return Set.of("APP", "SES", "UI", "USR", "PCL", "CLA", "CFG");
    }
}

package fr.galien.app;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;
import java.util.Set;

/**
 * The app's six catalogues (application, session, UI, identity panel, users and PSC commands) and, since the app's
 * class path holds every module, every catalogue of every module: complete, formatting, unique, one owner per prefix.
 */
class AppMessagesCompletenessTest extends CommonMessagesCompletenessTest {

    @Override
    protected Set<String> ownErrorPrefixes() {
        return Set.of("APP", "SES", "UI", "USR", "PCL");
    }
}

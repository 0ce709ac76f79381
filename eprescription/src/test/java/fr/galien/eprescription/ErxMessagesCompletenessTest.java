package fr.galien.eprescription;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;
import java.util.Set;

/** ERX-01xx: the e-prescription client (ERX-00xx are segur-core's e-prescription rules). */
class ErxMessagesCompletenessTest extends CommonMessagesCompletenessTest {

    @Override
    protected Set<String> ownErrorPrefixes() {
        return Set.of("ERX");
    }
}

package fr.galien.dmp;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;
import java.util.Set;

/** DMP-01xx: the DMP client (DMP-00xx are segur-core's DMP rules). */
class DmpMessagesCompletenessTest extends CommonMessagesCompletenessTest {

    @Override
    protected Set<String> ownErrorPrefixes() {
        return Set.of("DMP");
    }
}

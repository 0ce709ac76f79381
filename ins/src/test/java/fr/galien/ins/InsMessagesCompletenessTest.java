package fr.galien.ins;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;
import java.util.Set;

/** INS-01xx: the INSi and ApCV client (INS-00xx are segur-core's identity rules, released before the prefix rule). */
class InsMessagesCompletenessTest extends CommonMessagesCompletenessTest {

    @Override
    protected Set<String> ownErrorPrefixes() {
        return Set.of("INS");
    }
}

package fr.galien.psc;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;
import java.util.Set;

class PscMessagesCompletenessTest extends CommonMessagesCompletenessTest {

    @Override
    protected Set<String> ownErrorPrefixes() {
        return Set.of("PSC");
    }
}

package fr.galien.kit;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;
import java.util.Set;

class KitMessagesCompletenessTest extends CommonMessagesCompletenessTest {

    @Override
    protected Set<String> ownErrorPrefixes() {
        return Set.of("KIT");
    }
}

package fr.galien.core.i18n;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;
import java.util.Set;

/** Core's catalogs (CORE-, AUD-, OUT- … and their messages): complete, formatting, unique, prefixes its own. */
class MessagesCompletenessTest extends CommonMessagesCompletenessTest {

    @Override
    protected Set<String> ownErrorPrefixes() {
        return Set.of("ACC", "AUD", "CORE", "DOC", "DRG", "ERX", "INS", "IO", "MOD", "ORD", "OUT", "PAT", "SCN", "SEC",
                "STO", "VET");
    }
}

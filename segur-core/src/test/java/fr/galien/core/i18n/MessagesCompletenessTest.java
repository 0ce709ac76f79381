package fr.galien.core.i18n;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;
import java.util.Set;

/** Core's catalogs (CORE-, AUD-, OUT- … and their messages): complete, formatting, unique, prefixes its own. */
class MessagesCompletenessTest extends CommonMessagesCompletenessTest {

    @Override
    protected Set<String> ownErrorPrefixes() {
        return Set.of("ACC", "AUD", "CDA", "CORE", "DMP", "DOC", "DRG", "ERX", "INS", "IO", "MOD", "MSS", "ORD",
                "OUT", "PAT", "SCN", "SEC", "STO", "VET", "XDM");
    }
}

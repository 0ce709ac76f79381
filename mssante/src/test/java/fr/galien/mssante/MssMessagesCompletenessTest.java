package fr.galien.mssante;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;
import java.util.Set;

/** MSS-01xx: the MSSanté client (MSS-00xx are segur-core's MSSanté rules); ANN: the Annuaire Santé client. */
class MssMessagesCompletenessTest extends CommonMessagesCompletenessTest {

    @Override
    protected Set<String> ownErrorPrefixes() {
        return Set.of("MSS", "ANN");
    }
}

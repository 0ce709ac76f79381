package fr.galien.ins;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;

class InsMessagesCompletenessTest extends CommonMessagesCompletenessTest {
}

package fr.galien.kit;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;

class KitMessagesCompletenessTest extends CommonMessagesCompletenessTest {
}

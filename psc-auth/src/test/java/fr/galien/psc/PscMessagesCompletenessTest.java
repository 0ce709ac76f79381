package fr.galien.psc;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;

class PscMessagesCompletenessTest extends CommonMessagesCompletenessTest {
}

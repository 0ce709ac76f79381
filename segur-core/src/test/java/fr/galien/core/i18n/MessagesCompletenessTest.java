package fr.galien.core.i18n;

import fr.galien.core.testsupport.CommonMessagesCompletenessTest;

/** Core's catalogs (CORE-, AUD-, OUT- and their messages): complete, formatting, unique. */
class MessagesCompletenessTest extends CommonMessagesCompletenessTest {
}

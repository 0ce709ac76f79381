package fr.galien.sandbox.insi;

import fr.galien.kit.xml.SafeXmlReader;
import fr.galien.kit.xml.XmlLimits;

/**
 * The one reader of INSi requests: the connector kit's hardened StAX reader (the same code the clients use, so the
 * simulator refuses exactly what they would), with bounds sized for a request rather than an answer.
 */
final class RequestXml {

    /**
     * The size cap is the HTTP one; an INSi request with a SAML assertion and its signature nests about 10 deep; its
     * longest text, a base64 X.509 certificate in the assertion, is about 3 KB.
     */
    static final XmlLimits LIMITS = new XmlLimits(InsiHttp.MAX_REQUEST, 48, 16 * 1024, 5_000, 32);

    static final SafeXmlReader READER = new SafeXmlReader(LIMITS);

    private RequestXml() {
    }
}

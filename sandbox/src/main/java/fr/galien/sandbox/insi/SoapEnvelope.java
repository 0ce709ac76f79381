package fr.galien.sandbox.insi;

import fr.galien.kit.xml.XmlNode;
import java.util.List;

/**
 * The parts of a SOAP 1.2 envelope (SOAP 1.2 part 1 §5): optional Header, then Body, nothing else.
 *
 * @param headers header blocks, in document order
 * @param body    the single child of Body
 */
record SoapEnvelope(List<XmlNode> headers, XmlNode body) {

    SoapEnvelope {
        headers = List.copyOf(headers);
    }

    static SoapEnvelope of(XmlNode root) {
        if (!root.localName().equals("Envelope") || !root.namespace().equals(InsiNames.SOAP12)) {
            if (root.localName().equals("Envelope")) {
                throw InsiFault.VERSION_SOAP.raise("Enveloppe reçue dans l'espace de noms « " + root.namespace()
                        + " ».");
            }
            throw InsiFault.MESSAGE_ILLISIBLE.raise("La racine du message n'est pas une enveloppe SOAP 1.2.");
        }
        if (!root.text().isBlank()) {
            throw InsiFault.MESSAGE_ILLISIBLE.raise("L'enveloppe SOAP ne doit pas contenir de texte.");
        }
        List<XmlNode> parts = root.children();
        int index = 0;
        List<XmlNode> headers = List.of();
        if (index < parts.size() && parts.get(index).is(InsiNames.SOAP12, "Header")) {
            headers = parts.get(index).children();
            index++;
        }
        if (index >= parts.size() || !parts.get(index).is(InsiNames.SOAP12, "Body")) {
            throw InsiFault.MESSAGE_ILLISIBLE.raise("L'enveloppe SOAP n'a pas de Body à sa place.");
        }
        XmlNode body = parts.get(index);
        if (index + 1 != parts.size()) {
            throw InsiFault.MESSAGE_ILLISIBLE.raise("L'enveloppe SOAP contient des éléments après le Body.");
        }
        if (body.children().size() != 1 || !body.text().isBlank()) {
            throw InsiFault.MESSAGE_ILLISIBLE.raise("Le Body SOAP doit contenir exactement un élément.");
        }
        return new SoapEnvelope(headers, body.children().get(0));
    }
}

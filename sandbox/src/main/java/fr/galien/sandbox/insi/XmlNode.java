package fr.galien.sandbox.insi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed request, small and immutable: the simulator reads requests as a tree because SOAP headers
 * come in any order, yet it never builds a DOM (see {@link SafeXmlReader} for why).
 *
 * @param namespace  namespace URI, "" when none
 * @param localName  local name
 * @param attributes attribute values by name; names in a namespace are written {@code {uri}local}
 * @param text       the element's character content (whitespace included), "" when none
 * @param children   child elements in document order
 */
record XmlNode(String namespace, String localName, Map<String, String> attributes, String text,
        List<XmlNode> children) {

    XmlNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    boolean is(String ns, String name) {
        return namespace.equals(ns) && localName.equals(name);
    }

    Optional<XmlNode> child(String ns, String name) {
        return children.stream().filter(child -> child.is(ns, name)).findFirst();
    }

    List<XmlNode> children(String ns, String name) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode child : children) {
            if (child.is(ns, name)) {
                found.add(child);
            }
        }
        return found;
    }

    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** Text of the child {@code name}, trimmed; empty when the child is absent. */
    Optional<String> childText(String ns, String name) {
        return child(ns, name).map(node -> node.text().strip());
    }

    /** {@code prefix-free} display name for messages: {@code {ns}local} would be unreadable in a French sentence. */
    String displayName() {
        return localName;
    }
}

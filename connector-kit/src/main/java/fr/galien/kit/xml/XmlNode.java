package fr.galien.kit.xml;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element read by {@link SafeXmlReader}: a small immutable tree, so a message can be interpreted in any child
 * order (SOAP headers, INSi answers that put {@code DateDeb} on either side of {@code IdIndividu}) once the
 * hostile-input checks are done, without ever building a DOM.
 *
 * @param namespace  namespace URI, "" when none
 * @param localName  local name
 * @param attributes attribute values by name: the local name when unqualified (the usual case), {@code {uri}local}
 *                   when the attribute is in a namespace
 * @param text       character data directly inside this element (not its children's), untrimmed
 * @param children   child elements in document order
 */
public record XmlNode(String namespace, String localName, Map<String, String> attributes, String text,
                      List<XmlNode> children) {

    public XmlNode {
        namespace = namespace == null ? "" : namespace;
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    public boolean is(String ns, String local) {
        return namespace.equals(ns) && localName.equals(local);
    }

    /** The first child of that name. */
    public Optional<XmlNode> child(String ns, String local) {
        return children.stream().filter(c -> c.is(ns, local)).findFirst();
    }

    public List<XmlNode> children(String ns, String local) {
        return children.stream().filter(c -> c.is(ns, local)).toList();
    }

    /** Trimmed text of the named child; empty only when the child is absent (a blank child gives ""). */
    public Optional<String> childText(String ns, String local) {
        return child(ns, local).map(c -> c.text().strip());
    }

    /** Trimmed text of the named child; empty when the child is absent or blank. */
    public Optional<String> nonBlankChildText(String ns, String local) {
        return childText(ns, local).filter(t -> !t.isEmpty());
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** {@code {namespace}local}, for error details (never a text value: those may be patient data). */
    public String qualifiedName() {
        return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
    }

    /** The local name alone, for a French sentence where {@code {uri}local} would be unreadable. */
    public String displayName() {
        return localName;
    }
}

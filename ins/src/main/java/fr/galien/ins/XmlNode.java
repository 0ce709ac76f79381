package fr.galien.ins;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of an answer read by {@link SafeXmlReader}: a small immutable tree, so the INSi answer can be
 * interpreted in any child order (real answers put {@code DateDeb} before or after {@code IdIndividu}) after the
 * hostile-input checks are done.
 *
 * @param text character data directly inside this element (not its children's), untrimmed
 * @param attributes attribute values keyed by local name (INSi attributes are unqualified)
 */
record XmlNode(String namespace, String localName, Map<String, String> attributes, String text,
               List<XmlNode> children) {

    XmlNode {
        namespace = namespace == null ? "" : namespace;
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    boolean is(String ns, String local) {
        return namespace.equals(ns) && localName.equals(local);
    }

    Optional<XmlNode> child(String ns, String local) {
        return children.stream().filter(c -> c.is(ns, local)).findFirst();
    }

    List<XmlNode> children(String ns, String local) {
        return children.stream().filter(c -> c.is(ns, local)).toList();
    }

    /** Trimmed text of the named child; empty when the child is absent or blank. */
    Optional<String> childText(String ns, String local) {
        return child(ns, local).map(c -> c.text().strip()).filter(t -> !t.isEmpty());
    }

    Optional<String> attribute(String local) {
        return Optional.ofNullable(attributes.get(local));
    }

    /** {@code {namespace}local}, for error details (never a text value: those may be patient data). */
    String qualifiedName() {
        return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
    }
}

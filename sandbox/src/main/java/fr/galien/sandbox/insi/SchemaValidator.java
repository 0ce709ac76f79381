package fr.galien.sandbox.insi;

import fr.galien.kit.xml.XmlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an {@link XmlNode} against an {@link ElementRule} the way an XSD validator would for the INSi schemas:
 * element names and namespaces, order and occurrences of a sequence, no stray text in element-only content, simple
 * values against their type, declared attributes only (plus {@code xsi:*}, which every validator accepts, and the
 * SOAP attributes a header block may carry, such as {@code soap:mustUnderstand}). The
 * schemas have no choice or wildcard, so a greedy walk over the sequence is exact.
 */
final class SchemaValidator {

    private SchemaValidator() {
    }

    static void validate(XmlNode node, ElementRule rule) throws SchemaViolationException {
        if (!node.is(rule.namespace(), rule.name())) {
            throw new SchemaViolationException("L'élément « " + node.displayName() + " » est reçu à la place de « "
                    + rule.name() + " » (espace de noms " + rule.namespace() + ").");
        }
        checkAttributes(node, rule);
        if (rule.isSimple()) {
            checkSimple(node, rule);
        } else {
            checkSequence(node, rule);
        }
    }

    private static void checkAttributes(XmlNode node, ElementRule rule) throws SchemaViolationException {
        Set<String> declared = new HashSet<>();
        for (AttributeRule attribute : rule.attributes()) {
            declared.add(attribute.name());
            String value = node.attributes().get(attribute.name());
            if (value == null) {
                if (attribute.required()) {
                    throw new SchemaViolationException("L'attribut « " + attribute.name() + " » manque sur « "
                            + rule.name() + " ».");
                }
            } else if (!attribute.type().accepts(value)) {
                throw new SchemaViolationException("L'attribut « " + attribute.name() + " » de « " + rule.name()
                        + " » n'a pas la forme attendue (" + attribute.type().label() + ").");
            }
        }
        for (String name : node.attributes().keySet()) {
            if (!declared.contains(name) && !name.startsWith("{" + InsiNames.XSI + "}")
                    && !name.startsWith("{" + InsiNames.SOAP12 + "}")) {
                throw new SchemaViolationException("L'attribut « " + name + " » n'est pas permis sur « "
                        + rule.name() + " ».");
            }
        }
    }

    private static void checkSimple(XmlNode node, ElementRule rule) throws SchemaViolationException {
        if (!node.children().isEmpty()) {
            throw new SchemaViolationException("« " + rule.name() + " » doit contenir du texte, pas des éléments.");
        }
        if (!rule.type().accepts(node.text())) {
            throw new SchemaViolationException("« " + rule.name() + " » n'a pas la forme attendue ("
                    + rule.type().label() + ").");
        }
    }

    private static void checkSequence(XmlNode node, ElementRule rule) throws SchemaViolationException {
        if (!node.text().isBlank()) {
            throw new SchemaViolationException("« " + rule.name() + " » ne doit pas contenir de texte.");
        }
        List<XmlNode> children = node.children();
        int next = 0;
        for (ElementRule childRule : rule.sequence()) {
            int count = 0;
            while (next < children.size() && children.get(next).is(childRule.namespace(), childRule.name())) {
                if (count == childRule.maxOccurs()) {
                    throw new SchemaViolationException("« " + childRule.name() + " » apparaît trop de fois dans « "
                            + rule.name() + " ».");
                }
                validate(children.get(next), childRule);
                count++;
                next++;
            }
            if (count < childRule.minOccurs()) {
                throw new SchemaViolationException("« " + childRule.name() + " » manque dans « " + rule.name()
                        + " ».");
            }
        }
        if (next < children.size()) {
            XmlNode stray = children.get(next);
            boolean known = rule.sequence().stream().anyMatch(r -> stray.is(r.namespace(), r.name()));
            throw new SchemaViolationException(known
                    ? "« " + stray.displayName() + " » n'est pas à sa place dans « " + rule.name()
                            + " » (ordre du schéma)."
                    : "L'élément « " + stray.displayName() + " » (espace de noms « " + stray.namespace()
                            + " ») n'est pas permis dans « " + rule.name() + " ».");
        }
    }
}

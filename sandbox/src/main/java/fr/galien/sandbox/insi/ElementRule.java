package fr.galien.sandbox.insi;

import java.util.List;

/**
 * An element declaration of the INSi schemas, rewritten by hand from the XSD (the XSD files never ship:
 * decisions.md « XSD at run time »): either simple content of a {@link SimpleType}, or a sequence of child
 * elements, each with its occurrences (an empty sequence is an empty complex type, e.g. an empty
 * {@code COUVERTURE}); plus the attributes it may carry.
 */
record ElementRule(String namespace, String name, int minOccurs, int maxOccurs, SimpleType type,
        List<ElementRule> sequence, List<AttributeRule> attributes) {

    static final int UNBOUNDED = Integer.MAX_VALUE;

    ElementRule {
        sequence = List.copyOf(sequence);
        attributes = List.copyOf(attributes);
        if (type != null && !sequence.isEmpty()) {
            throw new IllegalArgumentException(name + ": simple content or a sequence, not both");
        }
    }

    static ElementRule simple(String ns, String name, int min, int max, SimpleType type) {
        return new ElementRule(ns, name, min, max, type, List.of(), List.of());
    }

    static ElementRule complex(String ns, String name, int min, int max, ElementRule... sequence) {
        return new ElementRule(ns, name, min, max, null, List.of(sequence), List.of());
    }

    ElementRule withAttributes(AttributeRule... rules) {
        return new ElementRule(namespace, name, minOccurs, maxOccurs, type, sequence, List.of(rules));
    }

    /** The same declaration required exactly once: the functional rules are stricter than the XSD's minOccurs 0. */
    ElementRule once() {
        return new ElementRule(namespace, name, 1, 1, type, sequence, attributes);
    }

    boolean isSimple() {
        return type != null;
    }
}

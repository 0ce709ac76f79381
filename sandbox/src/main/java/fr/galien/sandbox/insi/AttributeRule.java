package fr.galien.sandbox.insi;

/** An attribute an element may carry (unqualified, as every INSi schema has attributeFormDefault="unqualified"). */
record AttributeRule(String name, boolean required, SimpleType type) {

    static AttributeRule required(String name, SimpleType type) {
        return new AttributeRule(name, true, type);
    }

    static AttributeRule optional(String name, SimpleType type) {
        return new AttributeRule(name, false, type);
    }
}

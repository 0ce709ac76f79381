package fr.galien.core.identity;

import fr.galien.core.domain.IdentityAttribute;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code identity_attributes} column: attribute codes joined with commas, in enum order; null when none. */
public final class IdentityAttributes {

    private IdentityAttributes() {
    }

    public static String encode(Set<IdentityAttribute> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(attributes).stream().map(IdentityAttribute::code).collect(Collectors.joining(","));
    }

    /** Unknown codes are ignored: a newer version may have written one this version does not know. */
    public static Set<IdentityAttribute> decode(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        Set<IdentityAttribute> attributes = EnumSet.noneOf(IdentityAttribute.class);
        for (String code : column.split(",")) {
            IdentityAttribute.fromCode(code.trim()).ifPresent(attributes::add);
        }
        return attributes;
    }
}

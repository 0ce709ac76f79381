package fr.galien.core.drug;

import java.util.List;

/**
 * A generic group and the medicines of the catalogue in it (princeps first): what substitution at the counter
 * offers.
 */
public record GenericGroup(String id, String label, List<Member> members) {

    public GenericGroup {
        members = List.copyOf(members);
    }

    /** One medicine of the group. */
    public record Member(String cis, String name, GenericType type, boolean commercialised, boolean withdrawn,
                         int order) {
    }
}

package fr.galien.core.domain;

import java.util.UUID;

/** A vet practice's client: the person responsible for one or more animals. */
public record Owner(UUID id, String lastName, String firstName, Contact contact, boolean archived, long version) {

    public Owner {
        contact = contact == null ? Contact.NONE : contact;
    }
}

package fr.galien.core.domain;

/** How to reach a patient or an owner; every field may be null. */
public record Contact(String phone, String email, String address, String postalCode, String city) {

    public static final Contact NONE = new Contact(null, null, null, null, null);
}

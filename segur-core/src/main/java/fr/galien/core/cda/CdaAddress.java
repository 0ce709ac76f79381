package fr.galien.core.cda;

/** A postal address as CDA's {@code addr} carries it; every part may be null. */
public record CdaAddress(String houseNumber, String streetName, String postalCode, String city) {
}

package fr.galien.core.domain;

/**
 * A health professional of the practice.
 *
 * @param nationalId the national identifier as PSC gives it ({@code 8} + RPPS, or ADELI), null for staff without one
 */
public record Professional(String id, String nationalId, String lastName, String firstName, String profession) {
}

package fr.galien.core.domain;

/** One computer of the practice (a counter, a consultation room); audit rows name it. */
public record Workstation(String id, String name) {
}

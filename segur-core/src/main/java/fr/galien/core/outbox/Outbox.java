package fr.galien.core.outbox;

/** PLACEHOLDER: implemented by the outbox work (see the foundation issue). */
public final class Outbox {
}

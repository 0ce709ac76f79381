package fr.galien.core.storage;

/** PLACEHOLDER: implemented by the storage work (see the foundation issue). */
public final class Database implements AutoCloseable {

    public enum Engine { H2, POSTGRESQL }

    @Override
    public void close() {
    }
}

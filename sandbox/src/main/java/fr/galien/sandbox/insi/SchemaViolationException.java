package fr.galien.sandbox.insi;

/** A part of the request breaks the INSi schema (or the service's functional rules); French message. */
final class SchemaViolationException extends Exception {

    private static final long serialVersionUID = 1L;

    SchemaViolationException(String message) {
        super(message);
    }
}

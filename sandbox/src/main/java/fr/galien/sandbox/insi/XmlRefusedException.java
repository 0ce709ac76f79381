package fr.galien.sandbox.insi;

/** The request is not XML the simulator accepts (malformed, DOCTYPE, too deep, too big); French message. */
final class XmlRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    XmlRefusedException(String message) {
        super(message);
    }

    XmlRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}

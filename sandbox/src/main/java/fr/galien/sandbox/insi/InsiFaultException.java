package fr.galien.sandbox.insi;

/**
 * Stops handling a request and answers a SOAP fault. HTTP 500 by default, as SOAP stacks commonly answer every
 * fault (a client must read the fault body whatever the status); 413, 415 and 503 where HTTP itself has a word.
 */
final class InsiFaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final InsiFault fault;
    private final int httpStatus;

    InsiFaultException(InsiFault fault, String detail, int httpStatus) {
        super(detail);
        this.fault = fault;
        this.httpStatus = httpStatus;
    }

    InsiFault fault() {
        return fault;
    }

    int httpStatus() {
        return httpStatus;
    }

    /** The French text of siram:Erreur. */
    String detail() {
        return getMessage();
    }
}

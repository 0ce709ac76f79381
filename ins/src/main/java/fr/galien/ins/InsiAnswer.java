package fr.galien.ins;

import fr.galien.core.port.InsiPort.InsiResult;

/** What an INSi HTTP body holds once read: a {@code RESULTAT} or a SOAP fault. */
sealed interface InsiAnswer {

    record Result(InsiResult result) implements InsiAnswer {
    }

    record Fault(SoapFault fault) implements InsiAnswer {
    }
}

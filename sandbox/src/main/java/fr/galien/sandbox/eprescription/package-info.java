/**
 * The e-prescription service simulator (« ordonnance numérique », specs §4): a HAPI FHIR {@code RestfulServer} in
 * Jetty 12 on loopback, serving the sandbox contract of docs/eprescription.md (ours: the Assurance Maladie's API is
 * not public). Stateful across processes through the sandbox's {@code SimulatorState}, so a cabinet prescribes and a
 * pharmacy dispenses.
 */
package fr.galien.sandbox.eprescription;

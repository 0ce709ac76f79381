/**
 * The DMP simulator (specs §1.2, §1.8): the PDSm4DMP FHIR façade — TD0.2 {@code Patient?identifier=}, ITI-65
 * transaction, ITI-67 {@code DocumentReference} search, ITI-68 {@code Binary} read, TD3.3 PATCH — as a HAPI
 * {@code RestfulServer} in Jetty 12 on loopback, with invented DMPs for the INSi test identities, validation of
 * submissions against the PDSm rules and the CDA header, and slow, latency, outage and error modes.
 */
package fr.galien.sandbox.dmp;

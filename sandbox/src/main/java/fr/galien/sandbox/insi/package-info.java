/**
 * INSi teleservice simulator: the CNAM SOAP 1.2 web service searching the INS by traits or with the carte Vitale
 * (specs §2.1–2.4), on loopback, answering from invented and CNDA test identities. See
 * {@link fr.galien.sandbox.insi.InsiSimulator} and {@link fr.galien.sandbox.insi.TestIdentities}.
 */
package fr.galien.sandbox.insi;

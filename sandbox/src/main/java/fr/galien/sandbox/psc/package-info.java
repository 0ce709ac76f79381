/**
 * Pro Santé Connect simulator: an OpenID Connect provider on loopback with PSC's paths, claims and CIBA flow
 * (specs §5), for the PSC client's integration tests and the demo. See {@link fr.galien.sandbox.psc.PscSimulator}.
 */
package fr.galien.sandbox.psc;

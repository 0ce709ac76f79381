/**
 * Appli carte Vitale (ApCV) simulator and simulated carte Vitale reader (specs §6), on loopback, following our own
 * JSON contract since the real service is not public. See {@link fr.galien.sandbox.apcv.ApCvSimulator}.
 */
package fr.galien.sandbox.apcv;

/** National-service simulators on loopback. */
package fr.galien.sandbox;

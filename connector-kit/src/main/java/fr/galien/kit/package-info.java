/**
 * The connector kit (ADR 0014): plumbing every connector needs and no connector may own, since no connector imports
 * another. This package holds the kit's error codes only; the tools live in {@code http}, {@code tls}, {@code xml}
 * and {@code settings}, and {@code catalog} registers the French texts. Depends on segur-core and the JDK only.
 */
package fr.galien.kit;

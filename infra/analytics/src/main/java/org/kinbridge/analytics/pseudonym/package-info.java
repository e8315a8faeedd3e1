/**
 * Keyed pseudonyms and age bands: what replaces an id and a birth date before an event
 * leaves for analytics. The key is per deployment and never leaves it, so a pseudonym
 * cannot be turned back into an id without it, and rotating it breaks every link to the
 * pseudonyms made before.
 */
package org.kinbridge.analytics.pseudonym;

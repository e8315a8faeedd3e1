/**
 * The analytics app turns the public decision events of case-, family- and
 * matching-service into records fit for publication on {@code kinbridge.analytics.v1}:
 * keyed pseudonyms, age bands, commune-level places, no names and no free text. It reads
 * that stream alone back into the model's figures per province and commune, and draws
 * them for an official's report.
 */
package org.kinbridge.analytics;

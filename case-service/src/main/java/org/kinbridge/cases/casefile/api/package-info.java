/**
 * What the commands and events of every case-management step share: who acted, under
 * which role, from where and when. Stored inside events, so its shape changes only with
 * theirs.
 */
package org.kinbridge.cases.casefile.api;

/**
 * Commands and events of outreach: information sessions held in communes and hamlets, and
 * the people who showed interest in caring, followed up until they register or decline.
 * Events are stored for good.
 */
package org.kinbridge.family.outreach.api;

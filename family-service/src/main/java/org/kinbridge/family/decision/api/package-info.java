/**
 * Commands and events of the eligibility decision: eligible (on the commune register),
 * ineligible, or withdrawn. Events are stored for good.
 */
package org.kinbridge.family.decision.api;

/**
 * Commands and events of vetting: the Art. 63(2) checks with their evidence, and the
 * counselling and training sessions offered and attended. Events are stored for good.
 */
package org.kinbridge.family.vetting.api;

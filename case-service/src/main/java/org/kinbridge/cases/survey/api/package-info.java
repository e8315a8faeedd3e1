/**
 * Commands and events of the commune's collaborator network and its survey rounds. Events
 * are stored for good: their type names and shapes change only through an upcaster.
 */
package org.kinbridge.cases.survey.api;

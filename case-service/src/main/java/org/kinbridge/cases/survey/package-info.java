/**
 * Khảo sát: a commune's hamlets, its roster of child-protection collaborators, and the
 * survey rounds in which they find the children in special circumstances. Each child
 * found becomes a case through intake, with the collaborator as reporter.
 */
package org.kinbridge.cases.survey;

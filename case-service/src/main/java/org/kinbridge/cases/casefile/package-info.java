/**
 * Hồ sơ trường hợp: the case file aggregate, which every step of case management changes,
 * and the case read model that officers list, search and open. Each feature's commands
 * and events live in that feature's {@code api} package.
 */
package org.kinbridge.cases.casefile;

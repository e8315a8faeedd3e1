/**
 * Đóng hồ sơ: a case is closed with a reason and may be reopened with one, returning to
 * the step where it stopped. Closing stops its open time limits; reopening restarts them.
 */
package org.kinbridge.cases.closure;

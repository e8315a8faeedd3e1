/**
 * Tiếp nhận thông tin (intake, Form 01): a report about one or more children, from any
 * channel, opens a case with a case number of its province and year.
 */
package org.kinbridge.cases.intake;

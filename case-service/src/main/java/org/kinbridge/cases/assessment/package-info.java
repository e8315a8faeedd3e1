/**
 * Đánh giá nguy cơ: the initial assessment (Form 02), the emergency measures it may call
 * for within hours of the report, and the specific assessment with its case meeting. The
 * case file aggregate enforces the order and the time limits.
 */
package org.kinbridge.cases.assessment;

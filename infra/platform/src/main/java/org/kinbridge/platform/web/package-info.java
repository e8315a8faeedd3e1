/**
 * Error responses and request correlation for every service: each failure becomes an RFC
 * 9457 problem, and each request carries a correlation id into logs, responses and
 * events. The exception types here are what services throw to say "not found", "conflict"
 * or "a domain rule was broken".
 */
package org.kinbridge.platform.web;

// What every screen shares: its heading, loading and failure, forms that send to the API,
// and the clocks of time limits.
import { ApiError } from './api.js';
import { t, label, formatDateTime, formatDate } from './i18n.js';
import { h, checkDates, showErrors, clearErrors, announce } from './dom.js';

/** Replaces the main region with a screen and moves focus to its heading. */
export function screen(title, ...content) {
  const main = document.getElementById('main');
  const heading = h('h1', { tabindex: '-1' }, title);
  main.replaceChildren(heading, ...content.flat());
  document.title = `${title} – KinBridge`;
  heading.focus();
  return main;
}

export function loading() {
  return h('p', { class: 'muted' }, t('loading'));
}

/** A failure of a read, in words (never a stack trace). */
export function failure(error) {
  const text = error instanceof ApiError ? (error.summary || error.message) : error.message;
  return h('p', { class: 'alert', role: 'alert' }, text);
}

/**
 * A form whose submit builds a body, sends it and hands the answer on; the API's errors
 * land next to their fields.
 */
export function bindForm(form, send, done) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const local = checkDates(form);
    if (local.length) {
      showErrors(form, local);
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    announce(t('saving'));
    try {
      const answer = await send(form);
      clearErrors(form);
      announce(t('saved'));
      await done(answer);
    } catch (error) {
      if (error instanceof ApiError) {
        showErrors(form, error.errors, error.summary);
      } else if (error.fieldErrors) {
        showErrors(form, error.fieldErrors);
      } else {
        showErrors(form, [], error.message);
      }
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export function submit(text) {
  return h('button', { type: 'submit', class: 'primary' }, text);
}

export function section(title, ...content) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...content);
}

/** A definition list of [term, value] pairs. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([term, v]) => [h('dt', {}, term), h('dd', {}, v)]));
}

/** Open (not met) time limits: overdue first, then the soonest. */
export function openDeadlines(item) {
  return (item.deadlines || []).filter((d) => !d.metAt && !d.metOn);
}

export function dueTime(deadline) {
  return new Date(deadline.dueAt || `${deadline.dueOn}T23:59:59+07:00`).getTime();
}

/** How urgent a case is: the due time of its earliest open deadline, or Infinity. */
export function urgency(item) {
  const open = openDeadlines(item).map(dueTime);
  return open.length ? Math.min(...open) : Number.POSITIVE_INFINITY;
}

function span(ms) {
  const hours = Math.floor(Math.abs(ms) / 3600000);
  if (hours < 48) {
    return `${hours} ${t('hours')}`;
  }
  return `${Math.floor(hours / 24)} ${t('days')}`;
}

function deadlineName(kind) {
  const base = kind.split(':')[0];
  return label('deadline', base);
}

/** One time limit as a badge: overdue (red), running (amber) or met. */
export function deadlineBadge(deadline) {
  const name = deadlineName(deadline.kind);
  if (deadline.metAt || deadline.metOn) {
    return h('span', { class: 'badge ok' }, `${name}: ${t('met')}`);
  }
  const left = dueTime(deadline) - Date.now();
  const due = deadline.dueAt ? formatDateTime(deadline.dueAt) : formatDate(deadline.dueOn);
  if (left < 0) {
    return h('span', { class: 'badge overdue' }, `${name}: ${t('overdue')} ${span(left)} (${due})`);
  }
  return h('span', { class: 'badge running' }, `${name}: ${t('dueIn')} ${span(left)} (${due})`);
}

export function roleOf(session) {
  return session.roles[0] || '';
}

export function hasRole(session, ...roles) {
  return session.roles.some((r) => roles.includes(r));
}

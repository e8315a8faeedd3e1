// An auditor reads a case's full history from the audit log and whether the signed log
// vouches for every event. The audit API may be missing or down: the screen then says
// so and still shows the history the case keeps itself.
import { get, ApiError } from './api.js';
import { t, label, formatDateTime } from './i18n.js';
import { h, field, value } from './dom.js';
import { screen, loading, failure, section, facts } from './ui.js';

export async function auditIndexScreen() {
  const title = t('auditTitle');
  const form = h('form', { novalidate: true, class: 'stack', id: 'audit-form' },
    field({ name: 'caseId', label: t('caseId'), required: true }),
    h('button', { type: 'submit', class: 'primary' }, t('show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = value(form, 'caseId');
    if (id) {
      location.hash = `#/audit/${encodeURIComponent(id)}`;
    }
  });
  screen(title, form, loading());
  let cases = [];
  try {
    cases = await get('/api/cases');
  } catch (error) {
    screen(title, form, failure(error));
    return;
  }
  screen(title, form, h('ul', { class: 'cards', id: 'audit-cases' }, cases.map((c) => h('li', { class: 'card' },
    h('a', { href: `#/audit/${encodeURIComponent(c.caseId)}` }, `${c.caseNumber} – ${(c.children || []).map((x) => x.fullName).join(', ')}`),
    ` (${label('caseStatus', c.status)})`))));
}

function unavailable(error) {
  return error instanceof ApiError && [0, 404, 502, 503, 504].includes(error.status);
}

function historyTable(history) {
  return h('div', { class: 'table-wrap' }, h('table', { id: 'audit-history' },
    h('caption', { class: 'visually-hidden' }, t('auditHistory')),
    h('thead', {}, h('tr', {}, ['#', t('time'), t('event'), t('actor'), t('reason'), t('legalBasis'), t('decision')]
      .map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, (history.entries || []).map((e) => h('tr', {},
      h('td', {}, String(e.position)), h('td', {}, formatDateTime(e.time)), h('td', {}, e.type),
      h('td', {}, e.actor ? `${e.actor.userId} (${label('role', e.actor.role)})` : ''),
      h('td', {}, e.reason || ''), h('td', {}, e.legalBasis || ''), h('td', {}, e.decision ? '✓' : ''))))));
}

function verificationView(verification) {
  const checkpoint = verification.checkpoint || {};
  return h('div', { id: 'audit-verification' },
    h('p', { class: verification.verified ? 'success' : 'alert', role: 'status' }, verification.verified ? t('verified') : t('notVerified')),
    facts([[t('checkpoint'), `${checkpoint.origin || ''} #${checkpoint.treeSize ?? ''}`], ['Root', checkpoint.rootHash],
      [t('time'), formatDateTime(checkpoint.time)]]),
    h('ul', {}, (verification.entries || []).filter((e) => !e.included).map((e) => h('li', { class: 'alert' }, `${e.eventId}: ${t('notIncluded')}`))));
}

export async function auditCaseScreen(session, caseId) {
  const title = `${t('auditTitle')}`;
  screen(title, loading());
  const id = encodeURIComponent(caseId);
  const [history, verification, item, care] = await Promise.all([
    get(`/api/audit/cases/${id}/history`).catch((e) => e),
    get(`/api/audit/cases/${id}/verification`).catch((e) => e),
    get(`/api/cases/${id}`).catch((e) => e),
    get(`/api/cases/${id}/alternative-care`).catch(() => null)]);
  const parts = [];
  if (!(item instanceof Error)) {
    parts.push(facts([[t('caseNumber'), item.caseNumber], [t('status'), label('caseStatus', item.status)],
      [t('children'), (item.children || []).map((c) => c.fullName).join(', ')]]));
  }
  if (history instanceof Error) {
    parts.push(unavailable(history) ? h('p', { class: 'alert', role: 'alert', id: 'audit-unavailable' }, t('auditUnavailable')) : failure(history));
  } else {
    parts.push(section(t('auditHistory'), historyTable(history)));
    parts.push(section(t('verification'), verification instanceof Error
      ? h('p', { class: 'alert', id: 'verification-unavailable' }, t('auditUnavailable')) : verificationView(verification)));
  }
  if (care && (care.history || []).length) {
    parts.push(section(t('caseHistory'), h('ol', { class: 'timeline', id: 'case-history' }, care.history.map((e) => h('li', {},
      h('time', { datetime: e.at }, formatDateTime(e.at)), ` ${label('timelineEvent', e.type)}`,
      e.summary ? h('span', { class: 'muted', lang: 'en' }, ` (${e.summary})`) : null,
      e.by ? h('span', { class: 'muted' }, ` – ${e.by.userId} (${label('role', e.by.role)})`) : null)))));
  }
  if (item instanceof Error && history instanceof Error) {
    parts.push(failure(item));
  }
  screen(title, parts);
}

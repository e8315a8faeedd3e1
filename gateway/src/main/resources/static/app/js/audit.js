// An auditor reads a case's full history from the audit log and whether the signed log
// vouches for every event. The audit API may be missing or down: the screen then says
// so and still shows the history the case keeps itself.
import { get, ApiError } from './api.js';
import { t, label, formatDate, formatDateTime } from './i18n.js';
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

const TYPE = /^org\.kinbridge\.([a-z]+)\.([a-z0-9-]+)\.v\d+$/;

/** org.kinbridge.matching.placement-decided.v1 -> { service: 'matching', name: 'placement-decided' } */
function typeParts(type) {
  const match = TYPE.exec(type || '');
  return match ? { service: match[1], name: match[2] } : { service: null, name: null };
}

/** The event type in the user's words, or the raw type when the client does not know it. */
function typeLabel(type) {
  const { name } = typeParts(type);
  const words = name ? label('eventType', name) : name;
  return words && words !== name ? words : (type || '');
}

/** An input of the event: among the entry's inputs, their nested inputs or the data as published. */
function input(entry, key) {
  for (const source of [entry.inputs, entry.inputs && entry.inputs.inputs, entry.data, entry.data && entry.data.inputs]) {
    if (source && typeof source === 'object' && source[key] !== undefined && source[key] !== null && source[key] !== '') {
      return source[key];
    }
  }
  return undefined;
}

// The main inputs of a decision, shown compactly beside its type: [key, title, value in words].
const MAIN_INPUTS = [
  ['decisionNumber', () => t('decisionNumber'), (v) => String(v)],
  ['careType', () => t('careType'), (v) => label('careType', v)],
  ['careTypesSought', () => t('careTypesSought'), (v) => [].concat(v).map((c) => label('careType', c)).join(', ')],
  ['riskLevel', () => t('riskLevel'), (v) => label('risk', v)],
  ['planVersion', () => t('planVersion'), (v) => String(v)],
  ['target', () => t('referralTargetType'), (v) => (v && v.type ? label('referralTarget', v.type) : '')],
  ['outcome', () => t('outcome'), (v) => label('vettingOutcome', v)],
  ['agrees', () => t('opinion'), (v) => (v ? t('agreesShort') : t('disagreesShort'))],
  ['handoverDueOn', () => t('handoverDueOn'), (v) => formatDate(v)],
];

function mainInputs(entry) {
  const shown = MAIN_INPUTS.map(([key, title, words]) => {
    const found = input(entry, key);
    const text = found === undefined ? '' : words(found);
    return text ? h('li', { dataset: { input: key } }, `${title()}: `, h('span', { class: 'input-value' }, text)) : null;
  }).filter(Boolean);
  return shown.length ? h('ul', { class: 'entry-inputs' }, shown) : null;
}

/** Whether the signed checkpoint vouches for a decision entry, by its event id. */
function inclusionCell(entry, included, column) {
  if (!entry.decision) {
    return h('td', { role: 'cell', class: 'muted', dataset: { label: column } }, h('span', { 'aria-hidden': 'true' }, '–'), h('span', { class: 'visually-hidden' }, t('notADecision')));
  }
  const found = included.get(entry.eventId);
  const [css, text, mark] = found === undefined ? ['badge running', t('inclusionUnknown'), '?']
    : found.included ? ['badge ok', t('inCheckpoint'), '✓'] : ['badge overdue', t('notInCheckpoint'), '✗'];
  return h('td', { role: 'cell', class: 'inclusion', dataset: { label: column, included: found === undefined ? 'unknown' : String(found.included) } },
    h('span', { class: css }, h('span', { 'aria-hidden': 'true' }, `${mark} `), text),
    found && !found.included && found.problem ? h('span', { class: 'muted entry-problem', lang: 'en' }, found.problem) : null);
}

// On a phone the table's rows are shown as cards (see app.css); the explicit roles keep it
// a table for screen readers, and every cell carries its column's name.
function historyTable(history, verification) {
  const included = new Map(((verification && verification.entries) || []).map((e) => [e.eventId, e]));
  const columns = ['#', t('time'), t('event'), t('actor'), t('reason'), t('decision')];
  const cell = (index, attrs, ...content) => h('td', { role: 'cell', ...attrs, dataset: { ...(attrs.dataset || {}), label: columns[index] } }, ...content);
  return h('div', { class: 'table-wrap' }, h('table', { id: 'audit-history', class: 'audit-history', role: 'table' },
    h('caption', { class: 'visually-hidden' }, t('auditHistory')),
    h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' }, columns.map((c) => h('th', { scope: 'col', role: 'columnheader' }, c)))),
    h('tbody', { role: 'rowgroup' }, (history.entries || []).map((e) => {
      const { service } = typeParts(e.type);
      return h('tr', { role: 'row', dataset: { type: e.type || '', decision: String(Boolean(e.decision)) } },
        cell(0, { class: 'position' }, String(e.position)),
        cell(1, { class: 'when' }, h('time', { datetime: e.time }, formatDateTime(e.time))),
        h('th', { scope: 'row', role: 'rowheader', class: 'event' },
          h('span', { class: 'event-type', title: e.type }, typeLabel(e.type)),
          h('span', { class: 'event-service muted' }, `${t('service')}: ${service ? label('service', service) : (e.source || '')}`),
          mainInputs(e)),
        cell(3, {}, e.actor ? [e.actor.userId, h('span', { class: 'muted' }, ` (${label('role', e.actor.role)})`)] : ''),
        cell(4, {}, e.reason || '', e.legalBasis ? h('span', { class: 'muted legal-basis' }, `${t('legalBasis')}: ${e.legalBasis}`) : null),
        inclusionCell(e, included, columns[5]));
    }))));
}

function verificationView(verification) {
  const checkpoint = verification.checkpoint || {};
  return h('div', { id: 'audit-verification' },
    h('p', { class: verification.verified ? 'success' : 'alert', role: 'status', id: 'verification-state', dataset: { verified: String(Boolean(verification.verified)) } },
      verification.verified ? t('verified') : t('notVerified')),
    facts([[t('checkpoint'), `${checkpoint.origin || ''} #${checkpoint.treeSize ?? ''}`], ['Root', checkpoint.rootHash],
      [t('time'), formatDateTime(checkpoint.time)]]),
    h('ul', {}, (verification.entries || []).filter((e) => !e.included).map((e) => h('li', { class: 'alert' }, `${e.eventId}: ${t('notIncluded')}`,
      e.problem ? h('span', { lang: 'en' }, ` (${e.problem})`) : null))));
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
    parts.push(section(t('auditHistory'), historyTable(history, verification instanceof Error ? null : verification)));
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

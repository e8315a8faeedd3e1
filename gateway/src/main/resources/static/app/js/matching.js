// A waiting child's shortlist with every candidate's explanation, the officer's proposal,
// and the placement's steps: consent, the child's opinion, the chair's decision (reason
// required) and the handover.
import { get, post, ApiError } from './api.js';
import { t, label, lang, formatDate, formatDateTime, todayText } from './i18n.js';
import { h, field, dateField, options, value } from './dom.js';
import { screen, loading, failure, bindForm, submit, section, facts, deadlineBadge, hasRole } from './ui.js';

const PROPOSERS = ['COMMUNE_OFFICER', 'PROVINCE_OFFICER'];

async function caregiverNames() {
  try {
    const list = await get('/api/matching/caregivers');
    return new Map(list.map((c) => [c.caregiverId, c]));
  } catch (error) {
    return new Map();
  }
}

async function caseNames() {
  try {
    const list = await get('/api/cases');
    return new Map(list.map((c) => [c.caseId, c]));
  } catch (error) {
    return new Map();
  }
}

function childLabel(cases, placement) {
  const item = cases.get(placement.caseId);
  if (!item) {
    return placement.caseId;
  }
  const child = (item.children || []).find((c) => c.childId === placement.childId);
  return `${item.caseNumber} – ${child ? child.fullName : ''}`;
}

/** Every point and where it comes from: the rule's Vietnamese name, or the service's words. */
function explanation(candidate) {
  if (lang() === 'vi' && (candidate.contributions || []).length) {
    return candidate.contributions.map((c) => h('li', {}, `+${c.points}/${c.weight} – ${c.labelVi || c.factor}`));
  }
  return (candidate.explanation || []).map((line) => h('li', {}, line));
}

function candidateCard(session, need, shortlist, candidate, caregivers) {
  const caregiver = caregivers.get(candidate.caregiverId);
  const name = caregiver ? caregiver.fullName : candidate.caregiverId;
  const content = [
    h('h3', {}, `${t('rank')} ${candidate.rank}: ${name}`),
    facts([[t('score'), `${candidate.score}/100 (${candidate.points}/${candidate.maxPoints})`],
      [t('careType'), label('careType', candidate.careType)], [t('commune'), label('commune', candidate.communeCode)]]),
    h('details', { open: candidate.rank <= 3 }, h('summary', {}, t('why')),
      h('ul', { class: 'explanation' }, explanation(candidate))),
  ];
  if (hasRole(session, ...PROPOSERS)) {
    const sought = need.careTypesSought && need.careTypesSought.length ? need.careTypesSought : ['NON_RELATIVE'];
    const form = h('form', { novalidate: true, class: 'stack propose-form', dataset: { caregiverId: candidate.caregiverId } },
      field({ name: 'careType', type: 'select', label: t('careType'), required: true, options: options('careType', sought),
        value: sought.includes(candidate.careType) ? candidate.careType : sought[0] }),
      field({ name: 'reason', type: 'textarea', label: t('proposalReason'), required: true }),
      submit(t('propose')));
    content.push(bindForm(form, (f) => post('/api/matching/placements', {
      needId: need.needId, caregiverId: candidate.caregiverId, careType: value(f, 'careType'),
      shortlistId: shortlist.id, rank: candidate.rank, reason: value(f, 'reason'),
    }), (answer) => { location.hash = `#/placements/${encodeURIComponent(answer.placementId)}`; }));
  }
  return h('li', { class: 'card candidate', dataset: { caregiverId: candidate.caregiverId } }, content);
}

function shortlistView(session, need, shortlist, caregivers) {
  const candidates = shortlist.candidates || [];
  return h('div', { id: 'shortlist' },
    h('p', {}, `${t('listed')}: ${candidates.length} / ${t('considered')}: ${shortlist.considered} – ${formatDateTime(shortlist.createdAt)}`),
    candidates.length ? h('ol', { class: 'cards' }, candidates.map((c) => candidateCard(session, need, shortlist, c, caregivers)))
      : h('p', {}, t('noCandidates')),
    (shortlist.excludedByRule || []).length ? h('details', {}, h('summary', {}, t('excluded')),
      h('ul', {}, shortlist.excludedByRule.map((r) => h('li', {}, `${r.rule}: ${r.caregivers}`)))) : null);
}

export async function needScreen(session, needId) {
  const title = t('shortlistTitle');
  screen(title, loading());
  let need;
  try {
    need = await get(`/api/matching/children/${encodeURIComponent(needId)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      screen(title, h('p', { class: 'alert', role: 'alert', id: 'need-not-yet' }, t('notYetWaiting')),
        h('button', { type: 'button', id: 'retry', onclick: () => needScreen(session, needId) }, t('show')));
      return;
    }
    screen(title, failure(error));
    return;
  }
  const [caregivers, placements] = await Promise.all([caregiverNames(),
    get(`/api/matching/placements?needId=${encodeURIComponent(needId)}`).catch(() => [])]);
  const result = h('div', { id: 'shortlist-result' });
  const parts = [
    section(t('waitingChild'), facts([[t('status'), need.state === 'WAITING' ? t('waiting') : need.state], [t('careTypesSought'), (need.careTypesSought || []).map((c) => label('careType', c)).join(', ')],
      [t('caseId'), h('a', { href: `#/cases/${encodeURIComponent(need.caseId)}` }, need.caseId)]])),
  ];
  if (placements.length) {
    parts.push(section(t('placements'), h('ul', {}, placements.map((p) => h('li', {},
      h('a', { href: `#/placements/${encodeURIComponent(p.placementId)}` }, label('placementState', p.state)),
      ` – ${(caregivers.get(p.caregiverId) || {}).fullName || p.caregiverId}`)))));
  }
  if (hasRole(session, ...PROPOSERS)) {
    const make = h('form', { novalidate: true, id: 'make-shortlist' }, submit(t('makeShortlist')));
    bindForm(make, () => post(`/api/matching/children/${encodeURIComponent(needId)}/shortlists`, {}),
      (shortlist) => {
        result.replaceChildren(shortlistView(session, need, shortlist, caregivers));
        result.querySelector('h3, p').setAttribute('tabindex', '-1');
        result.querySelector('h3, p').focus();
      });
    parts.push(make);
  }
  parts.push(result);
  screen(title, parts);
}

function stepList(placement) {
  return h('ol', { class: 'timeline', id: 'placement-steps' }, (placement.steps || []).map((s) => h('li', {},
    h('time', { datetime: s.at }, formatDateTime(s.at)), ' ', label('placementState', s.kind),
    s.on ? ` (${formatDate(s.on)})` : '', s.reason ? ` – ${s.reason}` : '', s.detail ? ` – ${s.detail}` : '',
    h('span', { class: 'muted' }, ` – ${s.userId} (${label('role', s.role)})`))));
}

function officerActions(placement, reload) {
  const base = `/api/matching/placements/${placement.placementId}`;
  const forms = [];
  if (placement.state === 'MATCH_PROPOSED') {
    const consent = h('form', { novalidate: true, class: 'stack', id: 'caregiver-consent-form' },
      dateField({ name: 'consentedOn', label: t('consentedOn'), required: true, value: todayText() }),
      field({ name: 'note', label: t('note') }), submit(t('record')));
    forms.push(section(t('caregiverConsent'), bindForm(consent, (f) => post(`${base}/caregiver-consent`,
      { consentedOn: value(f, 'consentedOn'), note: value(f, 'note') }), reload)));
  }
  if (placement.state === 'CAREGIVER_CONFIRMED') {
    const opinion = h('form', { novalidate: true, class: 'stack', id: 'placement-opinion-form' },
      dateField({ name: 'consultedOn', label: t('consultedOn'), required: true, value: todayText() }),
      field({ name: 'opinion', type: 'textarea', label: t('opinion'), required: true }),
      field({ name: 'agrees', type: 'checkbox', label: t('agrees'), checked: true }), submit(t('record')));
    forms.push(section(t('childOpinion'), bindForm(opinion, (f) => post(`${base}/child-opinion`,
      { consultedOn: value(f, 'consultedOn'), opinion: value(f, 'opinion'), agrees: value(f, 'agrees') }), reload)));
  }
  if (placement.state === 'PLACEMENT_DECISION_ISSUED') {
    const handover = h('form', { novalidate: true, class: 'stack', id: 'handover-form' },
      dateField({ name: 'handedOverOn', label: t('handedOverOn'), required: true, value: todayText() }),
      field({ name: 'note', label: t('note') }), submit(t('record')));
    forms.push(section(t('handover'), bindForm(handover, (f) => post(`${base}/handover`,
      { handedOverOn: value(f, 'handedOverOn'), note: value(f, 'note') }), reload)));
  }
  return forms;
}

function chairActions(placement, reload) {
  if (!['MATCH_PROPOSED', 'CAREGIVER_CONFIRMED', 'CHILD_CONSULTED'].includes(placement.state)) {
    return [];
  }
  const base = `/api/matching/placements/${placement.placementId}`;
  const decide = h('form', { novalidate: true, class: 'stack', id: 'decision-form' },
    field({ name: 'decisionNumber', label: t('decisionNumber'), required: true, placeholder: '125/QĐ-UBND' }),
    field({ name: 'reason', type: 'textarea', label: t('reason'), required: true }),
    field({ name: 'legalBasis', label: t('legalBasis'), required: true, value: 'Luật Trẻ em 2016, Điều 62, 63' }),
    submit(t('decide')));
  const reject = h('form', { novalidate: true, class: 'stack', id: 'reject-form' },
    field({ name: 'reason', type: 'textarea', label: t('reason'), required: true }), submit(t('reject')));
  return [section(t('decide'), bindForm(decide, (f) => post(`${base}/decision`, {
    decisionNumber: value(f, 'decisionNumber'), reason: value(f, 'reason'), legalBasis: value(f, 'legalBasis'),
  }), reload)), section(t('reject'), bindForm(reject, (f) => post(`${base}/reject`, { reason: value(f, 'reason') }), reload))];
}

export async function placementScreen(session, placementId) {
  const title = t('placement');
  screen(title, loading());
  let placement;
  // A placement just proposed reaches the read model a moment after its id is answered.
  for (let attempt = 0; !placement; attempt += 1) {
    try {
      placement = await get(`/api/matching/placements/${encodeURIComponent(placementId)}`);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404) || attempt >= 20) {
        screen(title, failure(error));
        return;
      }
      await new Promise((resolve) => { setTimeout(resolve, 500); });
    }
  }
  const [caregivers, cases] = await Promise.all([caregiverNames(), caseNames()]);
  const before = placement.state;
  // The answer comes before the read model has the step: read again until it shows it.
  const reload = async () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const now = await get(`/api/matching/placements/${encodeURIComponent(placementId)}`).catch(() => null);
      if (now && now.state !== before) {
        break;
      }
      await new Promise((resolve) => { setTimeout(resolve, 300); });
    }
    return placementScreen(session, placementId);
  };
  const caregiver = caregivers.get(placement.caregiverId);
  const basis = placement.basis || {};
  const parts = [
    h('p', { class: 'badges' }, h('span', { class: 'badge', id: 'placement-state' }, label('placementState', placement.state)),
      (placement.deadlines || []).map((d) => deadlineBadge({ ...d, metOn: d.metOn }))),
    facts([[t('child'), h('a', { href: `#/cases/${encodeURIComponent(placement.caseId)}` }, childLabel(cases, placement))],
      [t('caregiver'), caregiver ? caregiver.fullName : placement.caregiverId], [t('careType'), label('careType', placement.careType)],
      [t('rank'), basis.rank ? `${basis.rank} (${t('score')} ${basis.score})` : ''], [t('decisionNumber'), placement.decisionNumber]]),
    basis.explanation && basis.explanation.length
      ? h('details', {}, h('summary', {}, t('why')), h('ul', { class: 'explanation' }, basis.explanation.map((l) => h('li', {}, l)))) : null,
    (placement.alerts || []).map((a) => h('p', { class: 'alert' }, `${a.kind}: ${a.detail}`)),
  ];
  if (hasRole(session, ...PROPOSERS)) {
    parts.push(...officerActions(placement, reload));
  }
  if (hasRole(session, 'COMMUNE_CHAIR')) {
    parts.push(...chairActions(placement, reload));
  }
  parts.push(section(t('steps'), stepList(placement)));
  screen(`${title}: ${childLabel(cases, placement)}`, parts);
}

export async function placementsScreen(session) {
  const title = t('placements');
  screen(title, loading());
  let placements;
  try {
    placements = await get('/api/matching/placements');
  } catch (error) {
    screen(title, failure(error));
    return;
  }
  const [caregivers, cases] = await Promise.all([caregiverNames(), caseNames()]);
  const waiting = (p) => (['CAREGIVER_CONFIRMED', 'CHILD_CONSULTED', 'MATCH_PROPOSED'].includes(p.state) ? 0 : 1);
  const sorted = [...placements].sort((a, b) => waiting(a) - waiting(b));
  screen(title, sorted.length ? h('ul', { class: 'cards', id: 'placements' }, sorted.map((p) => h('li', { class: 'card' },
    h('h2', {}, h('a', { href: `#/placements/${encodeURIComponent(p.placementId)}` }, childLabel(cases, p))),
    facts([[t('status'), label('placementState', p.state)], [t('caregiver'), (caregivers.get(p.caregiverId) || {}).fullName || p.caregiverId],
      [t('time'), formatDateTime(p.proposedAt)]]),
    waiting(p) === 0 && hasRole(session, 'COMMUNE_CHAIR') ? h('span', { class: 'badge running' }, t('toDecide')) : null)))
    : h('p', {}, t('noPlacements')));
}

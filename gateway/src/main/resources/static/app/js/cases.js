// The caseload (overdue first), one case with its timeline, and what an officer or the
// chair records on it: the assessments, the need for alternative care and its checklist,
// the plan and the referrals.
import { get, post } from './api.js';
import { t, label, message, formatDate, formatDateTime, todayText } from './i18n.js';
import { h, field, dateField, checkGroup, checkedValues, options, value } from './dom.js';
import {
  screen, loading, failure, bindForm, submit, section, facts, urgency, openDeadlines, deadlineBadge, hasRole,
} from './ui.js';
import { specificAssessmentForm, planSection } from './plan.js';
import { referralsSection } from './referrals.js';

const OFFICERS = ['COMMUNE_OFFICER', 'PROVINCE_OFFICER', 'COMMUNE_CHAIR'];

/** A case in these states takes no more steps. */
const ENDED = ['CLOSED', 'TRANSFERRED', 'MERGED'];

function childNames(item) {
  return (item.children || []).map((c) => c.fullName).join(', ');
}

function age(child) {
  if (child.dateOfBirth) {
    return formatDate(child.dateOfBirth);
  }
  return child.estimatedAge !== null && child.estimatedAge !== undefined ? `~${child.estimatedAge}` : '';
}

/** Overdue first, then the soonest time limit, then the newest report. */
export function sortCaseload(cases) {
  return [...cases].sort((a, b) => urgency(a) - urgency(b) || String(b.receivedAt).localeCompare(String(a.receivedAt)));
}

export async function caseloadScreen(session) {
  const collaborator = hasRole(session, 'COLLABORATOR');
  const title = collaborator ? t('myReports') : t('caseload');
  screen(title, loading());
  let cases;
  try {
    cases = sortCaseload(await get('/api/cases'));
  } catch (error) {
    screen(title, failure(error));
    return;
  }
  if (!cases.length) {
    screen(title, h('p', {}, collaborator ? t('noReports') : t('noCases')));
    return;
  }
  const list = h('ul', { class: 'cards', id: 'caseload' }, cases.map((item) => h('li', { class: 'card case-item', dataset: { caseId: item.caseId } },
    h('h2', { class: 'case-title' },
      collaborator ? item.caseNumber : h('a', { href: `#/cases/${encodeURIComponent(item.caseId)}` }, item.caseNumber),
      ' – ', childNames(item)),
    facts([[t('status'), label('caseStatus', item.status)], [t('receivedAt'), formatDateTime(item.receivedAt)],
      [t('channel'), label('channel', item.channel)]]),
    openDeadlines(item).length ? h('p', { class: 'badges' }, openDeadlines(item).map(deadlineBadge)) : null)));
  screen(title, list);
}

function who(acting) {
  return acting ? acting.userId : null;
}

/** What the case keeps of its alternative care, by the step's name in the user's language. */
function careEntry(item, e) {
  const child = e.childId ? (item.children.find((c) => c.childId === e.childId) || {}).fullName : null;
  return { at: e.at, text: `${label('timelineEvent', e.type)}${child ? ` – ${child}` : ''}`, by: who(e.by) };
}

function planEntries(plan) {
  const entries = [];
  ((plan && plan.versions) || []).forEach((v) => {
    const version = v.version > 1 ? ` (${t('planVersion').toLowerCase()} ${v.version})` : '';
    entries.push({ at: v.draftedBy && v.draftedBy.at, text: label('timelineEvent', 'PlanDrafted') + version, by: who(v.draftedBy) });
    entries.push({ at: v.submittedBy && v.submittedBy.at, text: label('timelineEvent', 'PlanSubmitted') + version, by: who(v.submittedBy) });
    const decided = v.status === 'RETURNED' ? 'PlanReturned' : 'PlanApproved';
    entries.push({ at: v.decidedBy && v.decidedBy.at, text: `${label('timelineEvent', decided)}${version}${v.decision ? `: ${v.decision}` : ''}`, by: who(v.decidedBy) });
  });
  return entries;
}

function referralEntries(referrals) {
  return (referrals || []).flatMap((r) => [
    { at: r.sentBy && r.sentBy.at, text: `${label('timelineEvent', 'ReferralSent')}: ${label('referralTarget', r.target.type)} – ${r.target.name}`, by: who(r.sentBy) },
    ...(r.answers || []).map((a) => ({ at: a.by && a.by.at, text: `${label('timelineEvent', 'Referral' + a.status)}: ${r.target.name}`, by: who(a.by) })),
  ]);
}

/** Every step the case's reads know of, oldest first. */
function timelineEntries(item, assessments, care, plan, referrals) {
  const entries = [{ at: item.receivedAt, text: `${t('reportReceived')} (${label('channel', item.channel)})`, by: item.reporter && item.reporter.name }];
  if (assessments && assessments.initial) {
    const a = assessments.initial;
    entries.push({ at: a.by.at, text: `${t('initialAssessment')}: ${label('risk', a.riskLevel)}${a.seriousHarm ? ' – ' + t('seriousHarm') : ''}`, by: who(a.by) });
  }
  ((assessments && assessments.emergencyMeasures) || []).forEach((m) => entries.push({ at: m.by && m.by.at,
    text: `${label('emergencyMeasure', m.kind)}: ${m.description || ''}`, by: who(m.by) }));
  if (assessments && assessments.specific) {
    const s = assessments.specific;
    entries.push({ at: s.by && s.by.at, text: `${t('specificAssessment')}: ${label('risk', s.riskLevel)}`, by: who(s.by) });
  }
  entries.push(...planEntries(plan), ...referralEntries(referrals));
  ((care && care.history) || []).forEach((e) => entries.push(careEntry(item, e)));
  return entries.filter((e) => e.at).sort((a, b) => String(a.at).localeCompare(String(b.at)));
}

function timeline(entries) {
  return h('ol', { class: 'timeline', id: 'timeline' }, entries.map((e) => h('li', {},
    h('time', { datetime: e.at }, formatDateTime(e.at)), ' ', h('span', {}, e.text), e.by ? h('span', { class: 'muted' }, ` – ${e.by}`) : null)));
}

function initialAssessmentForm(item, reload) {
  const form = h('form', { novalidate: true, class: 'stack', id: 'initial-assessment-form' },
    field({ name: 'riskLevel', type: 'select', label: t('riskLevel'), required: true, placeholder: '—', options: options('risk') }),
    field({ name: 'seriousHarm', type: 'checkbox', label: t('seriousHarm') }),
    field({ name: 'findings', type: 'textarea', label: t('findings'), required: true }),
    submit(t('record')));
  return section(t('initialAssessment'), bindForm(form, (f) => post(`/api/cases/${item.caseId}/initial-assessment`, {
    riskLevel: value(f, 'riskLevel'), seriousHarm: value(f, 'seriousHarm'), findings: value(f, 'findings'),
  }), reload));
}

function newNeedForm(item, reload) {
  const form = h('form', { novalidate: true, class: 'stack', id: 'need-form' },
    checkGroup({ name: 'childIds', label: t('children'), required: true, values: item.children.map((c) => c.childId),
      labels: (id) => item.children.find((c) => c.childId === id).fullName, checked: item.children.map((c) => c.childId) }),
    field({ name: 'category', type: 'select', label: t('category'), required: true, placeholder: '—', options: options('acCategory') }),
    field({ name: 'reason', type: 'textarea', label: t('reason'), required: true }),
    field({ name: 'legalBasis', label: t('legalBasis'), required: true, value: 'Luật Trẻ em 2016, Điều 62; Thông tư 14/2020, Điều 5' }),
    checkGroup({ name: 'careTypesSought', label: t('careTypesSought'), list: 'careType', required: true }),
    submit(t('record')));
  return section(t('acNeedNew'), bindForm(form, (f) => post(`/api/cases/${item.caseId}/alternative-care/needs`, {
    childIds: checkedValues(f, 'childIds'), category: value(f, 'category'), reason: value(f, 'reason'),
    legalBasis: value(f, 'legalBasis'), careTypesSought: checkedValues(f, 'careTypesSought'),
  }), reload));
}

const DOSSIER_FIELDS = { BIRTH_CERTIFICATE_OR_ID: 'birthCertificateOrId', HEALTH_RECORD: 'healthRecord', PHOTOS: 'photos', ASSESSMENT_FORM_10: 'assessmentForm10' };

/** An unmet item of the checklist, by its name in the checklist and the service's reason. */
function unmetItem(unmet) {
  const key = unmet.field.replace(/^children\[[^\]]+\]\./, '');
  const dossier = Object.keys(DOSSIER_FIELDS).find((code) => DOSSIER_FIELDS[code] === key);
  const name = dossier ? label('dossier', dossier) : ({ consent: t('consent'), childOpinion: t('childOpinion') }[key] || key);
  return `${name}: ${message(unmet.message)}`;
}

function recordedMark(entry) {
  return entry ? h('span', { class: 'badge ok' }, `✓ ${t('recorded')}`) : h('span', { class: 'badge running' }, t('unmet'));
}

function checklistForChild(item, need, child, entry, reload) {
  const base = `/api/cases/${item.caseId}/alternative-care/needs/${need.needId}`;
  const childId = child.childId;
  const blocks = Object.entries(DOSSIER_FIELDS).map(([code, key]) => {
    const form = h('form', { novalidate: true, class: 'inline-form', dataset: { form: `dossier-${code}` } },
      field({ name: 'evidenceRef', label: t('evidenceRef'), aliases: 'evidenceReferenced', required: true }),
      code === 'PHOTOS' ? dateField({ name: 'takenOn', label: t('takenOn'), aliases: 'photosDated', required: true }) : null,
      submit(t('record')));
    bindForm(form, (f) => post(`${base}/dossier`, { childId, item: code, evidenceRef: value(f, 'evidenceRef'), takenOn: value(f, 'takenOn') || null }), reload);
    return h('div', { class: 'check-item' }, h('h4', {}, label('dossier', code), ' ', recordedMark(entry[key])), entry[key] ? null : form);
  });
  const consentForm = h('form', { novalidate: true, class: 'stack', dataset: { form: 'consent' } },
    field({ name: 'basis', type: 'select', label: t('basis'), required: true, options: options('consentBasis'), value: 'GUARDIAN_CONSENT' }),
    field({ name: 'givenBy', label: t('givenBy'), aliases: 'consentComplete' }),
    field({ name: 'givenByRelation', label: t('givenByRelation') }),
    field({ name: 'documentRef', label: t('documentRef') }),
    field({ name: 'legalGround', label: t('legalGround') }),
    submit(t('record')));
  bindForm(consentForm, (f) => post(`${base}/consent`, {
    childId, basis: value(f, 'basis'), givenBy: value(f, 'givenBy'), givenByRelation: value(f, 'givenByRelation'),
    documentRef: value(f, 'documentRef'), legalGround: value(f, 'legalGround'),
  }), reload);
  const opinionForm = h('form', { novalidate: true, class: 'stack', dataset: { form: 'child-opinion' } },
    dateField({ name: 'obtainedOn', label: t('obtainedOn'), required: true, value: todayText() }),
    field({ name: 'summary', type: 'textarea', label: t('opinionSummary'), required: true }),
    field({ name: 'agrees', type: 'checkbox', label: t('agrees'), checked: true }),
    submit(t('record')));
  bindForm(opinionForm, (f) => post(`${base}/child-opinion`, {
    childId, obtainedOn: value(f, 'obtainedOn'), summary: value(f, 'summary'), agrees: value(f, 'agrees'),
  }), reload);
  return h('div', { class: 'child-checklist', dataset: { childId } },
    h('h3', {}, child.fullName),
    blocks,
    h('div', { class: 'check-item' }, h('h4', {}, t('consent'), ' ', recordedMark(entry.consent)), entry.consent ? null : consentForm),
    h('div', { class: 'check-item' }, h('h4', {}, t('childOpinion'), ' ', recordedMark(entry.childOpinion)), entry.childOpinion ? null : opinionForm));
}

function needBlock(session, item, need, reload) {
  const open = need.status === 'IDENTIFIED' || need.status === 'DOSSIER_COMPLETE';
  const content = [facts([[t('status'), label('needStatus', need.status)], [t('category'), label('acCategory', need.category)],
    [t('careTypesSought'), need.careTypesSought.map((c) => label('careType', c)).join(', ')], [t('reason'), need.reason]])];
  if (open && hasRole(session, ...OFFICERS)) {
    need.checklist.forEach((entry) => {
      const child = item.children.find((c) => c.childId === entry.childId) || { childId: entry.childId, fullName: entry.childId };
      content.push(checklistForChild(item, need, child, entry, reload));
    });
    content.push(need.unmetToday.length
      ? h('div', { class: 'unmet' }, h('p', {}, t('unmet')), h('ul', { id: 'unmet-list' }, need.unmetToday.map((u) => h('li', {}, unmetItem(u)))))
      : h('p', { class: 'success' }, t('allMet')));
    const confirm = h('form', { novalidate: true, class: 'stack', id: 'confirm-need-form' },
      field({ name: 'note', label: t('note') }), submit(t('confirmNeed')));
    content.push(bindForm(confirm, (f) => post(`/api/cases/${item.caseId}/alternative-care/needs/${need.needId}/confirm`, { note: value(f, 'note') }), reload));
  }
  if (need.status === 'ELIGIBLE' && hasRole(session, 'COMMUNE_OFFICER', 'PROVINCE_OFFICER', 'COMMUNE_CHAIR')) {
    content.push(h('p', {}, h('a', { class: 'button', id: 'find-carers', href: `#/needs/${encodeURIComponent(need.needId)}` }, t('findCarers'))));
  }
  return h('div', { class: 'need', dataset: { needId: need.needId } }, content);
}

function arrangementsBlock(item, care) {
  const rows = (care.arrangements || []).filter((a) => a.status !== 'NONE' || a.openProposals.length);
  if (!rows.length) {
    return null;
  }
  return h('ul', { class: 'arrangements' }, rows.map((a) => {
    const child = item.children.find((c) => c.childId === a.childId);
    const placements = [a.placementId, ...(a.openProposals || []).map((p) => p.placementId || p)].filter(Boolean);
    return h('li', {}, `${child ? child.fullName : a.childId}: ${label('arrangement', a.status)}`,
      a.decisionNumber ? ` (${a.decisionNumber})` : '',
      [...new Set(placements)].map((id) => [' ', h('a', { href: `#/placements/${encodeURIComponent(id)}` }, t('placement'))]));
  }));
}

/** Steps before which a case has no plan to read. */
const BEFORE_PLAN = ['REPORT_RECEIVED', 'INITIAL_ASSESSMENT_DONE'];

async function optional(path) {
  try {
    return await get(path);
  } catch (error) {
    return null;
  }
}

async function load(caseId) {
  const item = await get(`/api/cases/${encodeURIComponent(caseId)}`);
  const [assessments, care, plan, referrals] = await Promise.all([
    optional(`/api/cases/${caseId}/assessments`), optional(`/api/cases/${caseId}/alternative-care`),
    BEFORE_PLAN.includes(item.status) ? Promise.resolve(null) : optional(`/api/cases/${caseId}/plan`),
    optional(`/api/cases/${caseId}/referrals`)]);
  return { item, assessments, care, plan, referrals };
}

const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** The case's step for the plan's latest version, or null once the plan is in force. */
const STEP_OF_PLAN = { DRAFTED: 'PLAN_DRAFTED', SUBMITTED: 'PLAN_SUBMITTED', RETURNED: 'PLAN_RETURNED' };

/**
 * The plan and the case's step are two read models that catch up one after the other:
 * a plan change is shown once both tell the same story.
 */
function planSettled(data) {
  const versions = (data.plan && data.plan.versions) || [];
  const latest = versions[versions.length - 1];
  if (!latest) {
    return true;
  }
  const step = STEP_OF_PLAN[latest.status];
  return step ? data.item.status === step
    : !['SPECIFIC_ASSESSMENT_DONE', ...Object.values(STEP_OF_PLAN)].includes(data.item.status);
}

/**
 * The services answer a command before their read models have it: after one, the case is
 * read again until it shows the change (a few seconds at most).
 */
async function loadChanged(caseId, before, part, settled) {
  let data;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    data = await load(caseId);
    if (JSON.stringify(part(data)) !== before && (!settled || settled(data))) {
      break;
    }
    await pause(300);
  }
  return data;
}

export async function caseScreen(session, caseId, loaded) {
  if (!loaded) {
    screen(t('caseNumber'), loading());
  }
  let data;
  try {
    data = loaded || await load(caseId);
  } catch (error) {
    screen(t('caseNumber'), failure(error));
    return;
  }
  const { item, assessments, care, plan, referrals } = data;
  // Each command says which part of the case it changes, so that another change landing
  // meanwhile is not taken for it.
  const reloadWhen = (part, settled) => async () => caseScreen(session, caseId,
    await loadChanged(caseId, JSON.stringify(part(data)), part, settled));
  const reload = reloadWhen((d) => d.item.status);
  const reloadCare = reloadWhen((d) => d.care && d.care.needs);
  const reloadPlan = reloadWhen((d) => d.plan, planSettled);
  const reloadReferrals = reloadWhen((d) => d.referrals);
  const officer = hasRole(session, ...OFFICERS);
  const parts = [
    h('p', { class: 'badges' }, h('span', { class: 'badge', id: 'case-status' }, label('caseStatus', item.status)),
      openDeadlines(item).map(deadlineBadge)),
    facts([[t('receivedAt'), formatDateTime(item.receivedAt)], [t('channel'), label('channel', item.channel)],
      [t('commune'), label('commune', item.communeCode)], [t('summary'), item.summary]]),
    section(t('children'), h('ul', {}, item.children.map((c) => h('li', {}, h('strong', {}, c.fullName), ` – ${label('sex', c.sex)}, ${age(c)}; `,
      (c.concerns || []).map((k) => label('concern', k)).join(', '))))),
  ];
  if (officer && item.status === 'REPORT_RECEIVED' && !hasRole(session, 'COMMUNE_CHAIR')) {
    parts.push(initialAssessmentForm(item, reload));
  }
  if (hasRole(session, 'COMMUNE_OFFICER') && item.status === 'INITIAL_ASSESSMENT_DONE') {
    parts.push(specificAssessmentForm(item, reload));
  }
  if (care) {
    const needs = care.needs || [];
    const careParts = needs.map((need) => needBlock(session, item, need, reloadCare));
    const arrangements = arrangementsBlock(item, care);
    if (arrangements) {
      careParts.push(h('h3', {}, t('arrangement')), arrangements);
    }
    const hasOpen = needs.some((n) => n.status !== 'ENDED');
    if (!hasOpen && officer && !hasRole(session, 'COMMUNE_CHAIR') && item.status !== 'REPORT_RECEIVED' && item.status !== 'CLOSED') {
      parts.push(newNeedForm(item, reloadCare));
    }
    if (careParts.length) {
      parts.push(section(t('acNeed'), careParts));
    }
  }
  const planPart = planSection(session, item, plan, reloadPlan);
  if (planPart) {
    parts.push(planPart);
  }
  if (officer) {
    parts.push(referralsSection(session, item, referrals, !ENDED.includes(item.status), reloadReferrals));
  }
  parts.push(section(t('timeline'), timeline(timelineEntries(item, assessments, care, plan, referrals))));
  screen(`${t('caseNumber')} ${item.caseNumber}`, parts);
}

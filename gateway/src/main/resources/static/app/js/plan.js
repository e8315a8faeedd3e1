// The specific assessment with its case meeting, and the support and intervention plan
// (Forms 04 and 05): the officer drafts and submits it, the chair approves or returns it.
import { post } from './api.js';
import { t, label, formatDate, formatDateTime, todayText } from './i18n.js';
import { h, field, dateField, options, value } from './dom.js';
import { bindForm, submit, section, facts, hasRole } from './ui.js';

/** Each non-empty line of a text area, as the API's list. */
function lines(form, name) {
  return (value(form, name) || '').split('\n').map((line) => line.trim()).filter(Boolean);
}

export function specificAssessmentForm(item, reload) {
  const form = h('form', { novalidate: true, class: 'stack', id: 'specific-assessment-form' },
    field({ name: 'riskLevel', type: 'select', label: t('riskLevel'), required: true, placeholder: '—', options: options('risk') }),
    field({ name: 'findings', type: 'textarea', label: t('findings'), required: true }),
    h('fieldset', { class: 'stack' }, h('legend', {}, t('caseMeeting')),
      dateField({ name: 'meeting.heldOn', label: t('heldOn'), required: true, value: todayText() }),
      h('div', { class: 'row' },
        field({ name: 'meeting.participants[0].name', label: t('participantName'), required: true, aliases: 'meeting.participants' }),
        field({ name: 'meeting.participants[0].capacity', label: t('participantCapacity'), required: true })),
      field({ name: 'meeting.conclusions', type: 'textarea', label: t('conclusions'), required: true })),
    submit(t('record')));
  return section(t('specificAssessment'), bindForm(form, (f) => post(`/api/cases/${item.caseId}/specific-assessment`, {
    riskLevel: value(f, 'riskLevel'), findings: value(f, 'findings'),
    meeting: {
      heldOn: value(f, 'meeting.heldOn'),
      participants: [{ name: value(f, 'meeting.participants[0].name'), capacity: value(f, 'meeting.participants[0].capacity') }],
      conclusions: value(f, 'meeting.conclusions'),
    },
  }), reload));
}

function draftForm(item, current, reload) {
  const plan = (current && current.plan) || {};
  const action = (plan.actions || [])[0] || {};
  const form = h('form', { novalidate: true, class: 'stack', id: 'plan-form' },
    field({ name: 'goals', type: 'textarea', label: t('goals'), required: true, hint: t('onePerLine'),
      value: (plan.goals || []).join('\n'), aliases: 'goals[0] goals[1] goals[2]' }),
    h('div', { class: 'row' },
      dateField({ name: 'startsOn', label: t('startsOn'), required: true, value: plan.startsOn ? formatDate(plan.startsOn) : '' }),
      dateField({ name: 'endsOn', label: t('endsOn'), required: true, value: plan.endsOn ? formatDate(plan.endsOn) : '',
        aliases: 'endsOnNotBeforeStartsOn' })),
    h('fieldset', { class: 'stack' }, h('legend', {}, t('action')),
      field({ name: 'actions[0].description', type: 'textarea', label: t('actionDescription'), required: true,
        value: action.description, aliases: 'actions' }),
      field({ name: 'actions[0].responsibleService', label: t('responsibleService'), required: true, value: action.responsibleService }),
      dateField({ name: 'actions[0].dueBy', label: t('dueBy'), value: action.dueBy ? formatDate(action.dueBy) : '' })),
    submit(current ? t('saveDraft') : t('draftPlan')));
  return bindForm(form, (f) => post(`/api/cases/${item.caseId}/plan`, {
    goals: lines(f, 'goals'), startsOn: value(f, 'startsOn'), endsOn: value(f, 'endsOn'),
    actions: [{
      description: value(f, 'actions[0].description'), responsibleService: value(f, 'actions[0].responsibleService'),
      dueBy: value(f, 'actions[0].dueBy'),
    }],
  }), reload);
}

function who(acting) {
  return acting ? `${acting.userId} (${label('role', acting.role)}), ${formatDateTime(acting.at)}` : null;
}

function versionFacts(current) {
  const plan = current.plan || {};
  return [
    facts([[t('status'), h('span', { id: 'plan-status' }, label('planStatus', current.status))],
      [t('planVersion'), String(current.version)],
      [t('period'), `${formatDate(plan.startsOn)} – ${formatDate(plan.endsOn)}`],
      [t('draftedBy'), who(current.draftedBy)], [t('submittedBy'), who(current.submittedBy)],
      [t('decidedBy'), who(current.decidedBy)], [t('decision'), current.decision], [t('legalBasis'), current.legalBasis]]),
    h('h3', {}, t('goals')), h('ul', {}, (plan.goals || []).map((goal) => h('li', {}, goal))),
    h('h3', {}, t('action')), h('ul', {}, (plan.actions || []).map((a) => h('li', {},
      a.description, h('span', { class: 'muted' }, ` – ${a.responsibleService}${a.dueBy ? `, ${t('dueBy').toLowerCase()} ${formatDate(a.dueBy)}` : ''}`)))),
  ];
}

/** The plan section: what an officer may draft or submit, what the chair may decide. */
export function planSection(session, item, plan, reload) {
  const versions = (plan && plan.versions) || [];
  const current = versions[versions.length - 1];
  const drafter = hasRole(session, 'COMMUNE_OFFICER');
  const draftable = ['SPECIFIC_ASSESSMENT_DONE', 'PLAN_DRAFTED', 'PLAN_RETURNED'].includes(item.status);
  if (!current && !(drafter && draftable)) {
    return null;
  }
  const content = current ? versionFacts(current) : [];
  if (drafter && draftable) {
    content.push(h('h3', {}, current ? t('changeDraft') : t('draftPlan')), draftForm(item, current, reload));
  }
  if (drafter && item.status === 'PLAN_DRAFTED') {
    const send = h('form', { novalidate: true, class: 'stack', id: 'submit-plan-form' },
      h('p', { class: 'hint' }, t('submitPlanHint')), submit(t('submitPlan')));
    content.push(bindForm(send, () => post(`/api/cases/${item.caseId}/plan/submit`, {}), reload));
  }
  if (current && current.status === 'SUBMITTED' && hasRole(session, 'COMMUNE_CHAIR')) {
    const approve = h('form', { novalidate: true, class: 'stack', id: 'approve-plan-form' },
      field({ name: 'legalBasis', label: t('legalBasis'), required: true, value: 'Nghị định 56/2017/NĐ-CP, Điều 28' }),
      field({ name: 'note', label: t('note') }), submit(t('approvePlan')));
    const giveBack = h('form', { novalidate: true, class: 'stack', id: 'return-plan-form' },
      field({ name: 'reason', type: 'textarea', label: t('reason'), required: true }), submit(t('returnPlan')));
    content.push(bindForm(approve, (f) => post(`/api/cases/${item.caseId}/plan/approve`, { legalBasis: value(f, 'legalBasis'), note: value(f, 'note') }), reload));
    content.push(bindForm(giveBack, (f) => post(`/api/cases/${item.caseId}/plan/return`, { reason: value(f, 'reason') }), reload));
  }
  return h('section', { class: 'card', id: 'plan' }, h('h2', {}, t('plan')), content);
}

// Chuyển gửi: a case's referrals with their state, and a new one with its target, what it
// shares and its consent gate (a parent's or guardian's consent and the opinion of each
// child from seven, or an override on a legal ground).
import { post, ApiError } from './api.js';
import { t, label, formatDate, formatDateTime, todayText } from './i18n.js';
import { h, field, dateField, checkGroup, checkedValues, options, value } from './dom.js';
import { bindForm, submit, facts } from './ui.js';

const TRANSFERS = ['OTHER_COMMUNE', 'OTHER_PROVINCE'];

function childName(item, childId) {
  const child = item.children.find((c) => c.childId === childId);
  return child ? child.fullName : childId;
}

function consentText(item, consent) {
  if (!consent) {
    return '';
  }
  if (consent.override) {
    return `${t('override')}: ${label('overrideGround', consent.override.legalGround)} – ${consent.override.reason} (${consent.override.authorisedBy})`;
  }
  const p = consent.parentalConsent;
  return p ? `${label('consentGiver', p.givenBy)} ${p.name}, ${formatDate(p.givenOn)}, ${label('consentForm', p.form)}${p.documentReference ? ` (${p.documentReference})` : ''}` : '';
}

function referralCard(item, referral) {
  const target = referral.target || {};
  const opinions = ((referral.consent && referral.consent.childOpinions) || [])
    .map((o) => `${childName(item, o.childId)}: ${o.agrees ? t('agreesShort') : t('disagreesShort')} – ${o.summary}`);
  return h('li', { class: 'card referral', dataset: { referralId: referral.referralId } },
    h('h3', {}, `${label('referralTarget', target.type)}: ${target.name}`, ' ',
      h('span', { class: `badge referral-status ${referral.status === 'SENT' ? 'running' : 'ok'}` }, label('referralStatus', referral.status))),
    facts([
      [t('children'), referral.childIds.map((id) => childName(item, id)).join(', ')],
      [t('purpose'), referral.purpose],
      [t('sharedItems'), referral.sharedItems.map((s) => label('sharedItem', s)).join(', ')],
      [t('consentGate'), consentText(item, referral.consent)],
      [t('childOpinion'), opinions.join('; ')],
      [t('sentBy'), referral.sentBy ? `${referral.sentBy.userId}, ${formatDateTime(referral.sentBy.at)}` : null],
      [t('answerBy'), referral.status === 'SENT' && referral.responseDueAt ? formatDateTime(referral.responseDueAt) : null],
      [t('answers'), referral.answers.map((a) => `${label('referralStatus', a.status)}: ${a.text || ''}${a.respondent ? ` (${a.respondent.name})` : ''}`).join('; ')],
    ]));
}

/** The opinion fields of one child, named after the child so that errors find them. */
function opinionFields(child) {
  const base = `opinion.${child.childId}`;
  return h('fieldset', { class: 'stack child-opinion', dataset: { childId: child.childId } },
    h('legend', {}, `${t('childOpinion')}: ${child.fullName}`),
    dateField({ name: `${base}.obtainedOn`, label: t('obtainedOn'), value: todayText() }),
    field({ name: `${base}.summary`, type: 'textarea', label: t('opinionSummary'), aliases: `${base}.childId` }),
    field({ name: `${base}.agrees`, type: 'checkbox', label: t('agrees'), checked: true }));
}

/**
 * The API names an opinion by its place in the list sent; the form names it by the
 * child, since only the opinions filled in are sent.
 */
function renamed(error, sent) {
  const match = /^childOpinions\[(\d+)\]\.(.*)$/.exec(error.field || '');
  return match && sent[Number(match[1])] ? { ...error, field: `opinion.${sent[Number(match[1])].childId}.${match[2]}` } : error;
}

function body(item, f) {
  const childIds = checkedValues(f, 'childIds');
  const override = value(f, 'consentMode') === 'OVERRIDE';
  const opinions = item.children.filter((c) => childIds.includes(c.childId) && value(f, `opinion.${c.childId}.summary`))
    .map((c) => ({
      childId: c.childId, obtainedOn: value(f, `opinion.${c.childId}.obtainedOn`),
      summary: value(f, `opinion.${c.childId}.summary`), agrees: value(f, `opinion.${c.childId}.agrees`),
    }));
  const transfer = TRANSFERS.includes(value(f, 'target.type'));
  return {
    target: {
      type: value(f, 'target.type'), name: value(f, 'target.name'),
      provinceCode: transfer ? value(f, 'target.provinceCode') : null, communeCode: transfer ? value(f, 'target.communeCode') : null,
    },
    childIds, purpose: value(f, 'purpose'), legalBasis: value(f, 'legalBasis'), sharedItems: checkedValues(f, 'sharedItems'),
    consent: override ? null : {
      givenBy: value(f, 'consent.givenBy'), name: value(f, 'consent.name'), givenOn: value(f, 'consent.givenOn'),
      form: value(f, 'consent.form'), documentReference: value(f, 'consent.documentReference'),
    },
    childOpinions: opinions,
    override: override ? {
      legalGround: value(f, 'override.legalGround'), reason: value(f, 'override.reason'), authorisedBy: value(f, 'override.authorisedBy'),
    } : null,
  };
}

function referralForm(item, reload) {
  const place = h('div', { class: 'row', id: 'transfer-place', hidden: true },
    field({ name: 'target.provinceCode', label: t('provinceCode'), inputmode: 'numeric', aliases: 'provinceCode' }),
    field({ name: 'target.communeCode', label: t('communeCode'), inputmode: 'numeric', aliases: 'communeCode' }));
  const type = field({ name: 'target.type', type: 'select', label: t('referralTargetType'), required: true, placeholder: '—',
    options: options('referralTarget') });
  type.querySelector('select').addEventListener('change', (event) => { place.hidden = !TRANSFERS.includes(event.target.value); });
  const consent = h('fieldset', { class: 'stack', id: 'consent-fields' }, h('legend', {}, t('consent')),
    field({ name: 'consent.givenBy', type: 'select', label: t('givenBy'), required: true, options: options('consentGiver'), value: 'PARENT' }),
    field({ name: 'consent.name', label: t('consentName'), required: true, aliases: 'consent' }),
    dateField({ name: 'consent.givenOn', label: t('consentedOn'), required: true, value: todayText() }),
    field({ name: 'consent.form', type: 'select', label: t('consentFormLabel'), required: true, options: options('consentForm'), value: 'WRITTEN' }),
    field({ name: 'consent.documentReference', label: t('documentRef'), aliases: 'consent.documentReferencedWhenWritten' }));
  const override = h('fieldset', { class: 'stack', id: 'override-fields', hidden: true }, h('legend', {}, t('override')),
    field({ name: 'override.legalGround', type: 'select', label: t('legalGround'), required: true, placeholder: '—', options: options('overrideGround') }),
    field({ name: 'override.reason', type: 'textarea', label: t('overrideReason'), required: true }),
    field({ name: 'override.authorisedBy', label: t('authorisedBy'), required: true }));
  const mode = field({ name: 'consentMode', type: 'select', label: t('consentGate'), required: true,
    options: [['CONSENT', t('withConsent')], ['OVERRIDE', t('withOverride')]], value: 'CONSENT' });
  mode.querySelector('select').addEventListener('change', (event) => {
    consent.hidden = event.target.value === 'OVERRIDE';
    override.hidden = event.target.value !== 'OVERRIDE';
  });
  const form = h('form', { novalidate: true, class: 'stack', id: 'referral-form' },
    type, field({ name: 'target.name', label: t('referralTargetName'), required: true }), place,
    checkGroup({ name: 'childIds', label: t('children'), required: true, values: item.children.map((c) => c.childId),
      labels: (id) => childName(item, id), checked: item.children.map((c) => c.childId) }),
    field({ name: 'purpose', type: 'textarea', label: t('purpose'), required: true }),
    field({ name: 'legalBasis', label: t('legalBasis') }),
    checkGroup({ name: 'sharedItems', label: t('sharedItems'), list: 'sharedItem', required: true, hint: t('sharedItemsHint') }),
    mode, consent, override,
    h('div', { class: 'stack', dataset: { field: 'childOpinions' } },
      h('p', { class: 'hint' }, t('childOpinionHint')), h('p', { class: 'error' }),
      item.children.map(opinionFields)),
    submit(t('sendReferral')));
  return bindForm(form, async (f) => {
    const sent = body(item, f);
    try {
      return await post(`/api/cases/${item.caseId}/referrals`, sent);
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        error.problem.errors = error.errors.map((e) => renamed(e, sent.childOpinions));
      }
      throw error;
    }
  }, reload);
}

/** The referrals section: each referral's state, and the form for a new one. */
export function referralsSection(session, item, referrals, canRefer, reload) {
  const list = referrals || [];
  const content = [list.length ? h('ul', { class: 'cards', id: 'referrals' }, list.map((r) => referralCard(item, r)))
    : h('p', { class: 'muted' }, t('noReferrals'))];
  if (canRefer) {
    content.push(h('details', { id: 'new-referral' }, h('summary', {}, t('newReferral')), referralForm(item, reload)));
  }
  return h('section', { class: 'card', id: 'referrals-section' }, h('h2', {}, t('referrals')), content);
}

// Caregivers (Form 08): the commune's list, registration, and the vetting checklist of
// Law on Children Art. 63(2) line by line; the chair decides eligibility.
import { get, post, ApiError } from './api.js';
import { t, label, formatDate, todayText } from './i18n.js';
import { h, field, dateField, checkGroup, checkedValues, options, value } from './dom.js';
import { screen, loading, failure, bindForm, submit, section, facts, hasRole } from './ui.js';

export async function caregiversScreen(session) {
  const title = t('caregivers');
  screen(title, loading());
  let list;
  try {
    list = await get('/api/families/caregivers');
  } catch (error) {
    screen(title, failure(error));
    return;
  }
  const parts = [h('ul', { class: 'cards', id: 'caregivers' }, list.map((c) => h('li', { class: 'card' },
    h('h2', {}, h('a', { href: `#/caregivers/${encodeURIComponent(c.caregiverId)}` }, c.fullName)),
    facts([[t('status'), c.status], [t('careTypesSought'), (c.careTypes || []).map((x) => label('careType', x)).join(', ')],
      [t('capacity'), `${c.free}/${c.capacity}`]]))))];
  if (hasRole(session, 'COMMUNE_OFFICER', 'PROVINCE_OFFICER')) {
    const form = h('form', { novalidate: true, class: 'stack', id: 'caregiver-form' },
      field({ name: 'applicant.fullName', label: t('name'), required: true, autocomplete: 'off' }),
      dateField({ name: 'applicant.dateOfBirth', label: t('dateOfBirth'), required: true }),
      field({ name: 'applicant.sex', type: 'select', label: t('sex'), required: true, options: options('sex', ['FEMALE', 'MALE']) }),
      field({ name: 'address.line', label: t('address') }),
      field({ name: 'phone', label: t('phone'), type: 'tel' }),
      checkGroup({ name: 'careTypes', label: t('careType'), list: 'careType', required: true }),
      field({ name: 'capacity', label: t('capacity'), type: 'number', required: true, value: '1', min: 1, max: 10 }),
      field({ name: 'ethnicity', label: t('ethnicity'), required: true, value: 'KINH' }),
      field({ name: 'religion', label: t('religion'), required: true, value: 'NONE' }),
      submit(t('register')));
    bindForm(form, (f) => post('/api/families/caregivers', {
      applicant: { fullName: value(f, 'applicant.fullName'), dateOfBirth: value(f, 'applicant.dateOfBirth'), sex: value(f, 'applicant.sex') },
      communeCode: session.claims.commune, address: value(f, 'address.line') ? { line: value(f, 'address.line') } : null,
      phone: value(f, 'phone'), careTypes: checkedValues(f, 'careTypes'), capacity: Number(value(f, 'capacity') || 0),
      languages: ['vi'], ethnicity: value(f, 'ethnicity'), religion: value(f, 'religion'),
    }), (answer) => { location.hash = `#/caregivers/${encodeURIComponent(answer.caregiverId)}`; });
    parts.unshift(section(t('registerCaregiver'), form));
  }
  screen(title, parts);
}

function checkForm(caregiverId, line, reload) {
  const form = h('form', { novalidate: true, class: 'inline-form', dataset: { check: `${line.kind}:${line.subject}` } },
    field({ name: 'outcome', type: 'select', label: t('outcome'), options: [['PASSED', t('passed')], ['FAILED', t('failed')]] }),
    field({ name: 'evidence.reference', label: t('evidenceRef'), required: true }),
    dateField({ name: 'evidence.issuedOn', label: t('issuedOn'), required: true, value: todayText() }),
    submit(t('record')));
  return bindForm(form, (f) => post(`/api/families/caregivers/${caregiverId}/vetting/checks`, {
    kind: line.kind, subject: line.subject, outcome: value(f, 'outcome'),
    evidence: { reference: value(f, 'evidence.reference'), issuedOn: value(f, 'evidence.issuedOn') },
  }), reload);
}

export async function caregiverScreen(session, caregiverId) {
  const title = t('caregiver');
  screen(title, loading());
  let file;
  for (let attempt = 0; !file; attempt += 1) {
    try {
      file = await get(`/api/families/caregivers/${encodeURIComponent(caregiverId)}`);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404) || attempt >= 20) {
        screen(title, failure(error));
        return;
      }
      await new Promise((resolve) => { setTimeout(resolve, 500); });
    }
  }
  const before = JSON.stringify([file.status, file.checklist]);
  const reload = async () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const now = await get(`/api/families/caregivers/${encodeURIComponent(caregiverId)}`).catch(() => null);
      if (now && JSON.stringify([now.status, now.checklist]) !== before) {
        break;
      }
      await new Promise((resolve) => { setTimeout(resolve, 300); });
    }
    return caregiverScreen(session, caregiverId);
  };
  const officer = hasRole(session, 'COMMUNE_OFFICER', 'PROVINCE_OFFICER');
  const parts = [
    facts([[t('status'), file.status], [t('dateOfBirth'), formatDate(file.applicant && file.applicant.dateOfBirth)],
      [t('capacity'), `${file.free}/${file.capacity}`], [t('decisionNumber'), file.decisionNumber]]),
    section(t('vetting'), h('ul', { class: 'cards', id: 'vetting-checklist' }, (file.checklist || []).map((line) => h('li', { class: 'check-item' },
      h('h3', {}, `${line.kind} – ${line.subject}`, ' ',
        h('span', { class: `badge ${line.state === 'PASSED' ? 'ok' : 'running'}` }, line.state)),
      line.expiresOn ? h('p', { class: 'muted' }, `${t('expiresOn')}: ${formatDate(line.expiresOn)}`) : null,
      officer && line.state !== 'PASSED' ? checkForm(file.caregiverId, line, reload) : null)))),
  ];
  if (hasRole(session, 'COMMUNE_CHAIR') && ['REGISTERED', 'VETTING'].includes(file.status)) {
    const decide = h('form', { novalidate: true, class: 'stack', id: 'eligibility-form' },
      field({ name: 'outcome', type: 'select', label: t('decision'), options: [['ELIGIBLE', t('eligible')], ['INELIGIBLE', t('ineligible')]] }),
      field({ name: 'decisionNumber', label: t('decisionNumber'), required: true }),
      field({ name: 'legalBasis', label: t('legalBasis'), required: true, value: 'Luật Trẻ em 2016, Điều 63 khoản 2' }),
      submit(t('record')));
    parts.push(section(t('decision'), bindForm(decide, (f) => post(`/api/families/caregivers/${file.caregiverId}/decision`, {
      outcome: value(f, 'outcome'), decisionNumber: value(f, 'decisionNumber'), legalBasis: value(f, 'legalBasis'),
    }), reload)));
  }
  screen(`${t('caregiver')}: ${(file.applicant && file.applicant.fullName) || caregiverId}`, parts);
}

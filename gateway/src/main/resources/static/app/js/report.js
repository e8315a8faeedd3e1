// A collaborator's report (Form 01), short enough to send from a phone in under a minute.
import { post } from './api.js';
import { t, todayText, nowTimeText } from './i18n.js';
import { h, field, dateField, checkGroup, checkedValues, options, value } from './dom.js';
import { screen, bindForm, submit } from './ui.js';

function receivedAt(form) {
  const day = value(form, 'receivedOn');
  const time = (form.querySelector('[name=receivedTime]').value || '').trim();
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  const problems = [];
  if (!day) {
    problems.push({ field: 'receivedOn', message: t('badDate') });
  }
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    problems.push({ field: 'receivedTime', message: t('badTime') });
  }
  if (problems.length) {
    const error = new Error('invalid');
    error.fieldErrors = problems;
    throw error;
  }
  return `${day}T${match[1].padStart(2, '0')}:${match[2]}:00+07:00`;
}

export function reportScreen(session) {
  const anonymous = field({ name: 'reporter.anonymous', type: 'checkbox', label: t('reporterAnonymous') });
  const form = h('form', { novalidate: true, class: 'stack', id: 'report-form' },
    field({ name: 'channel', type: 'select', label: t('channel'), required: true,
      value: session.roles.includes('COLLABORATOR') ? 'COLLABORATOR_SURVEY' : 'COMMUNE_OFFICE', options: options('channel') }),
    h('div', { class: 'row' },
      dateField({ name: 'receivedOn', label: t('receivedOn'), required: true, value: todayText(), aliases: 'receivedAt' }),
      field({ name: 'receivedTime', label: t('receivedAt'), required: true, value: nowTimeText(), hint: t('timeHint'),
        inputmode: 'numeric', placeholder: 'hh:mm' })),
    anonymous,
    field({ name: 'reporter.name', label: t('reporterName'), aliases: 'reporter.namedUnlessAnonymous', autocomplete: 'name' }),
    field({ name: 'reporter.phone', label: t('reporterPhone'), type: 'tel', autocomplete: 'tel' }),
    field({ name: 'summary', type: 'textarea', label: t('summary'), required: true }),
    h('fieldset', { class: 'child' }, h('legend', {}, t('child')),
      field({ name: 'children[0].fullName', label: t('childName'), required: true }),
      field({ name: 'children[0].sex', type: 'select', label: t('sex'), required: true, value: 'UNKNOWN', options: options('sex') }),
      dateField({ name: 'children[0].dateOfBirth', label: t('dateOfBirth'), aliases: 'children[0].ageKnown' }),
      field({ name: 'children[0].estimatedAge', label: t('estimatedAge'), type: 'number', inputmode: 'numeric', min: 0, max: 17 }),
      checkGroup({ name: 'children[0].concerns', label: t('concerns'), list: 'concern', required: true })),
    submit(t('send')));
  const result = h('div', { id: 'report-result' });
  bindForm(form, (f) => {
    const age = value(f, 'children[0].estimatedAge');
    const anonymousReporter = value(f, 'reporter.anonymous');
    return post('/api/cases/reports', {
      channel: value(f, 'channel'),
      receivedAt: receivedAt(f),
      reporter: anonymousReporter ? { anonymous: true }
        : { anonymous: false, name: value(f, 'reporter.name'), phone: value(f, 'reporter.phone') },
      communeCode: session.claims.commune,
      summary: value(f, 'summary'),
      children: [{
        fullName: value(f, 'children[0].fullName'),
        sex: value(f, 'children[0].sex'),
        dateOfBirth: value(f, 'children[0].dateOfBirth'),
        estimatedAge: age === null ? null : Number(age),
        concerns: checkedValues(f, 'children[0].concerns'),
      }],
    });
  }, (answer) => {
    form.reset();
    form.querySelector('[name=receivedOn]').value = todayText();
    form.querySelector('[name=receivedTime]').value = nowTimeText();
    const done = h('p', { class: 'success', role: 'status', tabindex: '-1', id: 'report-done' },
      `${t('reportDone')} `, h('strong', { class: 'case-number' }, answer.caseNumber), ' ',
      h('a', { href: session.roles.includes('COLLABORATOR') ? '#/cases' : `#/cases/${encodeURIComponent(answer.caseId)}` },
        session.roles.includes('COLLABORATOR') ? t('myReports') : t('open')));
    result.replaceChildren(done);
    done.focus();
  });
  screen(t('reportTitle'), result, form);
}

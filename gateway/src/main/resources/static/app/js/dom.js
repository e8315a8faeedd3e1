// Elements are built node by node and text is always set as text, never as HTML: names
// and reports typed by people cannot inject markup.
import { t, message, parseDate, codes, label } from './i18n.js';

let counter = 0;

export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** h('p', {class: 'x', onclick: fn}, 'text', child, [more]) */
export function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.substring(2), value);
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(key, '');
    } else {
      element.setAttribute(key, String(value));
    }
  });
  append(element, children);
  return element;
}

function append(element, children) {
  children.flat(Infinity).forEach((child) => {
    if (child === null || child === undefined || child === false) {
      return;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
}

/**
 * A labelled field. {name}: the API's field path, where its errors are shown; {aliases}:
 * other paths the API reports for the same input.
 */
export function field(spec) {
  const id = uid('f');
  const errorId = `${id}-error`;
  const hintId = spec.hint ? `${id}-hint` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  let input;
  const common = { id, name: spec.name, 'aria-describedby': describedBy, required: spec.required || undefined };
  if (spec.type === 'select') {
    input = h('select', common,
      spec.placeholder ? h('option', { value: '' }, spec.placeholder) : null,
      spec.options.map(([value, text]) => h('option', { value, selected: value === spec.value }, text)));
  } else if (spec.type === 'textarea') {
    input = h('textarea', { ...common, rows: spec.rows || 3 });
    input.value = spec.value || '';
  } else if (spec.type === 'checkbox') {
    input = h('input', { ...common, type: 'checkbox', checked: spec.checked });
    const wrapper = h('div', { class: 'field check', dataset: { field: spec.name, aliases: spec.aliases || '' } },
      input, h('label', { for: id }, spec.label),
      h('p', { class: 'error', id: errorId }));
    return wrapper;
  } else {
    input = h('input', {
      ...common, type: spec.type || 'text', inputmode: spec.inputmode, autocomplete: spec.autocomplete || 'off',
      placeholder: spec.placeholder, min: spec.min, max: spec.max,
    });
    input.value = spec.value || '';
  }
  if (spec.date) {
    input.dataset.date = 'true';
  }
  return h('div', { class: 'field', dataset: { field: spec.name, aliases: spec.aliases || '' } },
    h('label', { for: id }, spec.label,
      spec.required ? h('span', { class: 'req' }, ' *', h('span', { class: 'visually-hidden' }, ` (${t('required')})`)) : null),
    hintId ? h('p', { class: 'hint', id: hintId }, spec.hint) : null,
    input,
    h('p', { class: 'error', id: errorId }));
}

/** A date field that people type as dd/MM/yyyy. */
export function dateField(spec) {
  return field({ ...spec, date: true, hint: t('dateHint'), inputmode: 'numeric', placeholder: 'dd/mm/yyyy' });
}

/** A group of checkboxes for a code list; its values are read with checkedValues. */
export function checkGroup(spec) {
  const id = uid('g');
  return h('fieldset', { class: 'field group', id, dataset: { field: spec.name, aliases: spec.aliases || '' },
    'aria-describedby': `${id}-error` },
  h('legend', {}, spec.label, spec.required ? h('span', { class: 'req' }, ' *', h('span', { class: 'visually-hidden' }, ` (${t('required')})`)) : null),
  spec.hint ? h('p', { class: 'hint' }, spec.hint) : null,
  (spec.values || codes(spec.list)).map((value) => {
    const boxId = uid('c');
    const text = spec.labels ? spec.labels(value) : label(spec.list, value);
    return h('div', { class: 'check' },
      h('input', { type: 'checkbox', id: boxId, name: spec.name, value, checked: (spec.checked || []).includes(value) }),
      h('label', { for: boxId }, text));
  }),
  h('p', { class: 'error', id: `${id}-error` }));
}

export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[type=checkbox][name="${name}"]`)].filter((b) => b.checked).map((b) => b.value);
}

export function options(list, values) {
  return (values || codes(list)).map((code) => [code, label(list, code)]);
}

/** The value of a field by its API name; dates come back as yyyy-MM-dd. */
export function value(form, name) {
  const input = form.querySelector(`[name="${name}"]`);
  if (!input) {
    return undefined;
  }
  if (input.type === 'checkbox') {
    return input.checked;
  }
  const text = input.value.trim();
  if (input.dataset.date === 'true') {
    return text === '' ? null : parseDate(text);
  }
  return text === '' ? null : text;
}

/** Local checks before sending: dates people typed that are no day. */
export function checkDates(form) {
  const problems = [];
  form.querySelectorAll('[data-date="true"]').forEach((input) => {
    if (input.value.trim() !== '' && !parseDate(input.value)) {
      problems.push({ field: input.name, message: t('badDate') });
    }
  });
  return problems;
}

export function clearErrors(form) {
  form.querySelectorAll('.error').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field.invalid').forEach((e) => e.classList.remove('invalid'));
  const summary = form.querySelector('.form-errors');
  if (summary) {
    summary.remove();
  }
}

function fieldFor(form, name) {
  const all = [...form.querySelectorAll('[data-field]')];
  return all.find((e) => e.dataset.field === name)
    || all.find((e) => (e.dataset.aliases || '').split(' ').includes(name))
    || all.find((e) => e.dataset.field && name.endsWith('.' + e.dataset.field));
}

/**
 * Shows each {field, message} next to its field, and what has no field (or the problem's
 * detail) above the form; focus goes to the first one, so a keyboard or screen-reader user
 * lands on it.
 */
export function showErrors(form, errors, detail) {
  clearErrors(form);
  const loose = [];
  let first = null;
  errors.forEach((error) => {
    const wrapper = fieldFor(form, error.field || '');
    if (!wrapper) {
      loose.push(error.field ? `${error.field}: ${message(error.message)}` : message(error.message));
      return;
    }
    wrapper.classList.add('invalid');
    const slot = wrapper.querySelector('.error');
    slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + message(error.message);
    const input = wrapper.querySelector('input, select, textarea');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      first = first || input;
    }
  });
  if (loose.length || detail) {
    const summary = h('div', { class: 'form-errors', role: 'alert', tabindex: '-1' },
      h('p', {}, t('errorsTitle')),
      detail ? h('p', {}, detail) : null,
      loose.length ? h('ul', {}, loose.map((m) => h('li', {}, m))) : null);
    form.prepend(summary);
    first = summary;
  }
  if (first) {
    first.focus();
  }
}

/** Says something to screen readers through the page's live region. */
export function announce(text) {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = '';
    setTimeout(() => { status.textContent = text; }, 50);
  }
}

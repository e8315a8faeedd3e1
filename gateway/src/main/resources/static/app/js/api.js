// The public API through the gateway, with the logged-in user's token. A refused call
// becomes an ApiError that carries the RFC 9457 problem, so forms can place each error
// next to its field.
import { currentSession } from './auth.js';
import { t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** {field, message} pairs of the problem, if any. */
  get errors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  /** What a person should read when no field carries it. */
  get summary() {
    if (this.status === 403) {
      return t('forbidden');
    }
    if (this.status === 404) {
      return t('notFound');
    }
    if (this.status === 409) {
      return `${t('conflict')} ${this.problem.detail || ''}`;
    }
    if (this.status === 503 || this.status === 504 || this.status === 0) {
      return t('unavailable');
    }
    if (this.status === 401) {
      return t('sessionEnded');
    }
    return this.errors.length ? null : this.message;
  }
}

export async function api(method, path, body) {
  const session = currentSession();
  const headers = { Accept: 'application/json, application/problem+json' };
  if (session) {
    headers.Authorization = `Bearer ${session.accessToken}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (failure) {
    throw new ApiError(0, { detail: failure.message });
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (notJson) {
    json = { detail: text.substring(0, 200) };
  }
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body === undefined ? {} : body);

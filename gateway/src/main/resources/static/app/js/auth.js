// Logging in with the authorization-code flow and PKCE (RFC 7636) as the public client
// of the gateway's settings; the tokens live in this tab's sessionStorage only.

const KEY = 'kinbridge.session';
const PENDING = 'kinbridge.login';

let settings;

/** The issuer and client (from the gateway) with the issuer's endpoints (discovery). */
export async function authSettings() {
  if (!settings) {
    const config = await (await fetch('/app/config.json', { cache: 'no-cache' })).json();
    const discovery = await (await fetch(config.issuer + '/.well-known/openid-configuration')).json();
    settings = { ...config, discovery };
  }
  return settings;
}

export function redirectUri() {
  return location.origin + '/app/callback.html';
}

function base64Url(bytes) {
  let text = '';
  bytes.forEach((b) => { text += String.fromCharCode(b); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** Sends the browser to the authorization server; it comes back to callback.html. */
export async function logIn(returnTo) {
  const { clientId, discovery } = await authSettings();
  const verifier = randomText();
  const state = randomText();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo: returnTo || '' }));
  const query = new URLSearchParams({
    response_type: 'code', client_id: clientId, redirect_uri: redirectUri(), scope: 'openid profile',
    state, code_challenge: base64Url(new Uint8Array(digest)), code_challenge_method: 'S256',
  });
  location.assign(discovery.authorization_endpoint + '?' + query);
}

/** On callback.html: checks the state, redeems the code, and returns where to go next. */
export async function completeLogIn(search) {
  const params = new URLSearchParams(search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  if (params.get('error')) {
    throw new Error(params.get('error_description') || params.get('error'));
  }
  if (!pending || params.get('state') !== pending.state || !params.get('code')) {
    throw new Error('The login answer does not belong to this tab; log in again.');
  }
  const { clientId, discovery } = await authSettings();
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: clientId, code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) {
    throw new Error('The authorization server refused the login (' + response.status + ').');
  }
  const tokens = await response.json();
  sessionStorage.setItem(KEY, JSON.stringify({ accessToken: tokens.access_token, idToken: tokens.id_token }));
  return pending.returnTo;
}

function claimsOf(jwt) {
  const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The logged-in user (token and claims), or null when there is none or it expired. */
export function currentSession() {
  const stored = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  if (!stored) {
    return null;
  }
  const claims = claimsOf(stored.accessToken);
  if (claims.exp * 1000 < Date.now() + 30000) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return { ...stored, claims, roles: claims.roles || [] };
}

/** Forgets the tokens and ends the session at the authorization server too. */
export async function logOut() {
  const session = currentSession();
  sessionStorage.removeItem(KEY);
  const { clientId, discovery } = await authSettings();
  if (session && session.idToken && discovery.end_session_endpoint) {
    const query = new URLSearchParams({
      id_token_hint: session.idToken, client_id: clientId, post_logout_redirect_uri: location.origin + '/app/',
    });
    location.assign(discovery.end_session_endpoint + '?' + query);
  } else {
    location.assign('/app/');
  }
}

// How the page talks to the Liveness Desk that served it. Every call goes to the same origin, under the page's
// own token path (the page's URL), so the token never has to be read or copied by this code.

const api = (name) => new URL(`api/${name}`, document.baseURI).href;

// The desk refuses requests without this header; a cross-origin page cannot send it without a CORS preflight,
// which the desk never answers.
const HEADERS = { 'X-Liveness-Desk': 'check-page', 'Content-Type': 'application/json' };

async function post(name, body) {
  const response = await fetch(api(name), {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify(body ?? {}),
    cache: 'no-store',
    credentials: 'omit',
  });
  let json = {};
  try {
    json = await response.json();
  } catch {
    // The desk always answers JSON; anything else means it is gone.
  }
  return { status: response.status, json };
}

/** The session this page runs: id, region, mode (AWS or SANDBOX), deadline, the desk's clock and the words. */
export async function loadSession() {
  const { status, json } = await post('session');
  if (status !== 200) {
    throw new DeskAnswer(status, json.words ?? '');
  }
  return json;
}

/** A refusal or an end the desk told in words. */
export class DeskAnswer extends Error {
  constructor(status, words) {
    super(words || `The desk answered ${status}`);
    this.status = status;
    this.words = words;
  }
}

let credentialsOnce;

/**
 * The component's credential provider: asks the desk once (the desk hands them out once) and gives every later
 * call the same answer, so a re-render never spends the one fetch twice.
 */
export function fetchCredentialsOnce() {
  if (!credentialsOnce) {
    credentialsOnce = post('credentials').then(({ status, json }) => {
      if (status !== 200) {
        throw new DeskAnswer(status, json.words ?? '');
      }
      return {
        accessKeyId: json.accessKeyId,
        secretAccessKey: json.secretAccessKey,
        sessionToken: json.sessionToken,
        expiration: new Date(json.expiration),
      };
    });
  }
  return credentialsOnce;
}

/** Tells the desk how the check ended; the desk answers with the words to show. */
export async function reportOutcome(outcome, state, detail) {
  const body = { outcome };
  if (state) body.state = String(state).slice(0, 64);
  if (detail) body.detail = String(detail).slice(0, 500);
  const { json } = await post('outcome', body);
  return json.words ?? '';
}

/** Sandbox only: plays one step of the person's check (started, live, spoof, ...). */
export async function play(step) {
  const { status, json } = await post('play', { play: step });
  if (status !== 200) {
    throw new DeskAnswer(status, json.words ?? '');
  }
  return json.words ?? '';
}

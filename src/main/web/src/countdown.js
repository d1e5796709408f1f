// The time left to start the check, against the desk's clock (the desk and the browser may disagree).

/** Milliseconds to add to this browser's clock to read the desk's. */
export function clockOffset(deskNowMillis, browserNowMillis = Date.now()) {
  return deskNowMillis - browserNowMillis;
}

/** Whole seconds left before the deadline, never below zero. */
export function secondsLeft(deadlineMillis, offsetMillis, browserNowMillis = Date.now()) {
  return Math.max(0, Math.floor((deadlineMillis - (browserNowMillis + offsetMillis)) / 1000));
}

/** 2:05, 0:09: minutes and two-digit seconds, as the desk shows its countdown. */
export function formatLeft(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `${minutes}:${String(rest).padStart(2, '0')}`;
}

/** Fills {0}, {1} ... in one of the desk's texts. */
export function fill(text, ...args) {
  return String(text ?? '').replace(/\{(\d+)\}/g, (match, index) => (index < args.length ? args[index] : match));
}

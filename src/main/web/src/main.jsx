// The check page: one session, run by the Amplify FaceLivenessDetectorCore (AWS) or played by hand (sandbox).
// Every text comes from the desk (its words bundle), so the page says things the way the app does.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FaceLivenessDetectorCore } from '@aws-amplify/ui-react-liveness';
import '@aws-amplify/ui-react/styles.css';
import './page.css';
import { DeskAnswer, fetchCredentialsOnce, loadSession, play, reportOutcome } from './desk.js';
import { clockOffset, fill, formatLeft, secondsLeft } from './countdown.js';

// Phases the test and the layout read from <body data-phase>.
const Phase = {
  LOADING: 'loading', READY: 'ready', RUNNING: 'running', DONE: 'done', FAILED: 'failed', EXPIRED: 'expired',
  GONE: 'gone',
};

function useCountdown(session, offset) {
  // null until the session is known, so an unknown deadline never reads as "time is up".
  const [left, setLeft] = useState(null);
  useEffect(() => {
    if (!session) return undefined;
    const tick = () => setLeft(secondsLeft(session.startDeadline, offset));
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [session, offset]);
  return left;
}

function Header({ session, words, left, phase }) {
  return (
    <header className="check-header">
      <h1>{words['page.title']}</h1>
      <p className="session-id">{fill(words['page.session'], session.sessionId)}</p>
      {/* The line stays once the check has started, with other words, so the buttons below do not move. */}
      {(phase === Phase.READY || phase === Phase.RUNNING) && (
        <p className="countdown" data-testid="countdown" aria-live="polite">
          {phase === Phase.READY ? fill(words['page.timeLeft'], formatLeft(left ?? 0)) : words['page.running']}
        </p>
      )}
    </header>
  );
}

function SandboxPlay({ session, words, onStarted, onEnded }) {
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState(false);
  const run = async (step) => {
    setBusy(true);
    try {
      const said = await play(step);
      if (step === 'started') {
        setStarted(true);
        onStarted();
      } else {
        onEnded(Phase.DONE, said);
      }
    } catch (failure) {
      onEnded(failure instanceof DeskAnswer && failure.status === 404 ? Phase.GONE : Phase.FAILED,
        failure.words || String(failure.message));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="sandbox" data-testid="sandbox">
      <p className="sandbox-banner">{words['page.sandbox.intro']}</p>
      <div className="plays">
        {session.plays.map((step) => (
          <button key={step} type="button" data-play={step} disabled={busy || (step === 'started' && started)}
            onClick={() => run(step)}>
            {words[`page.play.${step}`] ?? step}
          </button>
        ))}
      </div>
    </section>
  );
}

function AwsCheck({ session, words, onStarted, onEnded }) {
  const ended = useRef(false);
  const end = async (outcome, phase, state, detail) => {
    if (ended.current) return;
    ended.current = true;
    let said = '';
    try {
      said = await reportOutcome(outcome, state, detail);
    } catch {
      said = words['page.deskGone'];
    }
    onEnded(phase, said);
  };
  const credentialProvider = async () => {
    try {
      const credentials = await fetchCredentialsOnce();
      onStarted();
      return credentials;
    } catch (failure) {
      // A reloaded page: the desk handed the credentials out already. Say so instead of the component's words.
      ended.current = true;
      onEnded(failure instanceof DeskAnswer && failure.status === 410 ? Phase.FAILED : Phase.GONE,
        failure.words || words['page.deskGone']);
      throw failure;
    }
  };
  return (
    <section className="detector" data-testid="detector">
      <FaceLivenessDetectorCore
        sessionId={session.sessionId}
        region={session.region}
        onAnalysisComplete={() => end('COMPLETED', Phase.DONE)}
        onUserCancel={() => end('CANCELLED', Phase.FAILED)}
        onError={(error) => end('FAILED', Phase.FAILED, error?.state, error?.error?.message)}
        config={{
          credentialProvider,
          binaryPath: new URL('wasm/', document.baseURI).href,
          ...(session.faceModelUrl ? { faceModelUrl: session.faceModelUrl } : {}),
        }}
      />
    </section>
  );
}

function App() {
  const [session, setSession] = useState(null);
  const [offset, setOffset] = useState(0);
  const [phase, setPhase] = useState(Phase.LOADING);
  const [message, setMessage] = useState('');
  const left = useCountdown(session, offset);

  useEffect(() => {
    loadSession().then((answer) => {
      setOffset(clockOffset(answer.serverTime));
      setSession(answer);
      setPhase(answer.started ? Phase.FAILED : Phase.READY);
      if (answer.started) setMessage(answer.words['page.reloaded']);
    }).catch((failure) => {
      setPhase(Phase.GONE);
      setMessage(failure.words || 'Liveness Desk no longer serves this check. Go back to Liveness Desk.');
    });
  }, []);

  useEffect(() => {
    if (phase === Phase.READY && session && left !== null && left <= 0) {
      setPhase(Phase.EXPIRED);
      setMessage(session.words['page.expired']);
    }
  }, [phase, session, left]);

  useEffect(() => {
    document.body.dataset.phase = phase;
  }, [phase]);

  if (!session) {
    return <p className={`message ${phase}`} data-testid="message">{message || '…'}</p>;
  }
  const { words } = session;
  const onStarted = () => setPhase((now) => (now === Phase.READY ? Phase.RUNNING : now));
  const onEnded = (endPhase, said) => {
    setPhase(endPhase);
    setMessage(said);
  };
  const showCheck = phase === Phase.READY || phase === Phase.RUNNING;
  return (
    <>
      <Header session={session} words={words} left={left} phase={phase} />
      {showCheck && session.mode === 'SANDBOX'
        && <SandboxPlay session={session} words={words} onStarted={onStarted} onEnded={onEnded} />}
      {showCheck && session.mode === 'AWS'
        && <AwsCheck session={session} words={words} onStarted={onStarted} onEnded={onEnded} />}
      {!showCheck && <p className={`message ${phase}`} data-testid="message" role="status">{message}</p>}
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);

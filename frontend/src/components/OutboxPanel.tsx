// The event's outbox, for organisers: how many invites wait, went out or failed (with the
// last error), and a retry of the failed ones. Webhook deliveries join here once they exist.
import { useEffect, useState } from "preact/hooks";
import { ApiError, type Schemas, enc, request } from "../api/client";

type OutboxOut = Schemas["OutboxOut"];
type OutboxRetryOut = Schemas["OutboxRetryOut"];
type Channel = Schemas["OutboxChannelOut"];

const CHANNEL_NAMES: Record<string, string> = { mail: "Invites by email", webhooks: "Webhook deliveries" };

/** An instant in the reader's own zone, with the offset at that instant. */
function when(instant: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName: name the fields.
  return new Intl.DateTimeFormat(undefined, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(instant));
}

export function OutboxPanel({ slug }: { slug: string }) {
  const [outbox, setOutbox] = useState<OutboxOut | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [hidden, setHidden] = useState(false); // facilitators see the workspace, not the outbox

  const load = () =>
    request<OutboxOut>(`events/${enc(slug)}/outbox`)
      .then((r) => {
        setOutbox(r.data);
        setError(null);
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 403) setHidden(true);
        else setError(e instanceof ApiError ? e.message : String(e));
      });

  useEffect(() => {
    void load();
  }, [slug]);

  const retry = async () => {
    if (busy) return;
    setBusy(true);
    setStatus("");
    try {
      const r = await request<OutboxRetryOut>(`events/${enc(slug)}/outbox/retry`, { method: "POST" });
      setOutbox(r.data.outbox);
      setStatus(r.data.retried === 1 ? "1 message will be sent again now." : `${r.data.retried} messages will be sent again now.`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const stuck = (c: Channel) => c.failed > 0 || (c.pending > 0 && !!c.last_error);
  if (hidden) return null;

  return (
    <section aria-labelledby="outbox-title" class="outbox">
      <div class="outbox-head">
        <h2 id="outbox-title">Outbox</h2>
        <button type="button" class="secondary" onClick={() => void load()}>
          Refresh
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {outbox?.channels.map((c) => (
        <div key={c.channel} class="outbox-channel">
          <h3>{CHANNEL_NAMES[c.channel] ?? c.channel}</h3>
          <dl class="outbox-counts">
            <div>
              <dt>Pending</dt>
              <dd>{c.pending}</dd>
            </div>
            <div>
              <dt>Sent</dt>
              <dd>{c.sent}</dd>
            </div>
            <div class={c.failed > 0 ? "failed" : undefined}>
              <dt>Failed</dt>
              <dd>{c.failed}</dd>
            </div>
          </dl>
          {c.pending > 0 && c.oldest_pending_at && (
            <p class="outbox-note">
              Oldest waiting since <bdi>{when(c.oldest_pending_at)}</bdi>.
            </p>
          )}
          {c.last_error && (
            <p class="outbox-error">
              Last error{c.last_error_at && (
                <>
                  {" ("}
                  <bdi>{when(c.last_error_at)}</bdi>)
                </>
              )}
              : <code dir="ltr">{c.last_error}</code>
            </p>
          )}
          {stuck(c) && (
            <button type="button" aria-disabled={busy} onClick={() => void retry()}>
              Retry failed
            </button>
          )}
        </div>
      ))}
      <p role="status" class="outbox-note">
        {status}
      </p>
    </section>
  );
}

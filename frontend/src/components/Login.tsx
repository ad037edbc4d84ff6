// Organiser login: email and password (session cookie), or a pasted API token as a fallback.
import { useState } from "preact/hooks";
import { ApiError, login, request, setToken } from "../api/client";

export function Login({ onDone }: { onDone: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [token, setTokenText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const withPassword = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
      onDone();
    } catch (err) {
      if (err instanceof ApiError && (err.status === 404 || err.status === 405))
        setError("Password login is not available on this server yet: paste an API token below.");
      else if (err instanceof ApiError && (err.status === 401 || err.status === 422))
        setError("That email and password do not match an organiser account.");
      else setError(`Could not log in: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const withToken = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setToken(token.trim());
    try {
      // Any authenticated read tells whether the token is known (401 otherwise).
      await request("events", { query: { limit: "1" } });
      onDone();
    } catch (err) {
      setToken(null);
      setError(
        err instanceof ApiError && err.status === 401
          ? "That token is unknown or revoked."
          : `Could not check the token: ${(err as Error).message}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="page narrow">
      <h1>Organise</h1>
      <p>Log in to build and publish agendas.</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <form class="card" onSubmit={withPassword} aria-labelledby="login-pw">
        <h2 id="login-pw">Log in with your account</h2>
        <label for="login-email">Email</label>
        <input
          id="login-email"
          type="email"
          autocomplete="username"
          required
          value={email}
          onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="login-password">Password</label>
        <input
          id="login-password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          Log in
        </button>
      </form>
      <form class="card" onSubmit={withToken} aria-labelledby="login-token">
        <h2 id="login-token">Or use an API token</h2>
        <p class="hint" id="token-hint">
          <code>sessions create-organiser you@example.org</code> prints one; <code>scripts/run</code> prints
          the demo organiser's.
        </p>
        <label for="token">API token</label>
        <input
          id="token"
          type="password"
          autocomplete="off"
          required
          aria-describedby="token-hint"
          value={token}
          onInput={(e) => setTokenText((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          Use token
        </button>
      </form>
    </main>
  );
}

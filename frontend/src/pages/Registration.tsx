// An attendee's registration: /r/{manage token}
export function Registration(_: { token: string; url: URL }) {
  return (
    <main id="main" class="page">
      <h1>Your registration</h1>
    </main>
  );
}

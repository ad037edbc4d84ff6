// One session: /e/{event}/s/{session}?tz=&track=
export function SessionPage({ slug, id }: { slug: string; id: string; url: URL }) {
  return (
    <main id="main" class="page">
      <h1>Session</h1>
      <p>
        {slug} / {id}
      </p>
    </main>
  );
}

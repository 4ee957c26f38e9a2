"use client";

// Last resort when the root layout itself fails: no providers are available, so both languages.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", textAlign: "center" }}>
        <h1>Something went wrong / 問題が発生しました</h1>
        <p>Please try again. / もう一度お試しください。</p>
        <button type="button" onClick={reset}>
          Try again / 再試行
        </button>
      </body>
    </html>
  );
}

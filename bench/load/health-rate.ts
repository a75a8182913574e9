// Baseline: the raw GET /health rate the same API processes serve (no auth, no
// database), measured with the same number of concurrent connections as users.

export async function measureHealthRate(apiUrls: string[], concurrency: number, durationMs: number): Promise<{ requestsPerSecond: number; errors: number }> {
  const deadline = Date.now() + durationMs;
  let ok = 0;
  let errors = 0;
  const startedAt = Date.now();
  await Promise.all(Array.from({ length: concurrency }, async (_unused, index) => {
    const url = `${apiUrls[index % apiUrls.length]}/health`;
    while (Date.now() < deadline) {
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.ok) ok += 1;
        else errors += 1;
      } catch (err) {
        errors += 1;
        if (errors === 1) process.emitWarning(`GET /health failed: ${(err as Error).message}`);
      }
    }
  }));
  return { requestsPerSecond: ok / ((Date.now() - startedAt) / 1000), errors };
}

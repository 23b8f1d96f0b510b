export async function retry<T>(fn: () => Promise<T>, tries = 5): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= tries) throw e;
      const delay = 2 ** i * 100 + Math.random() * 100; // expect: CWE-330
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

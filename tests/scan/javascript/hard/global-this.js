const root = typeof globalThis === 'object' ? globalThis : Function('return this')(); // ok: CWE-95

export function debounce(cb: Function, ms: number): Function { // ok: CWE-95
  let t: ReturnType<typeof setTimeout>;
  return (...args: unknown[]) => {
    clearTimeout(t);
    t = setTimeout(() => cb(...args), ms);
  };
}

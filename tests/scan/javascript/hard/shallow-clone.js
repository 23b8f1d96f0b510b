function cloneWith(node, overrides) {
  const cloned = Object.assign(Object.create(Object.getPrototypeOf(node)), node);
  for (const name in overrides) {
    cloned[name] = overrides[name]; // ok: CWE-1321
  }
  return cloned;
}

const tempId = () => `tmp-${Date.now()}-${Math.random()}`; // expect: CWE-330
export function Todo({ text }: { text: string }) {
  return <li key={tempId()}>{text}</li>;
}

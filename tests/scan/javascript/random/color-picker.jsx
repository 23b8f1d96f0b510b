export function RandomBadge({ label }) {
  const hue = Math.floor(Math.random() * 360); // expect: CWE-330
  return <span style={{ background: `hsl(${hue}, 70%, 80%)` }}>{label}</span>;
}

export function spawnEnemy(width: number) {
  return { x: Math.random() * width, y: 0, speed: 1 + Math.random() * 2 }; // expect: CWE-330
}

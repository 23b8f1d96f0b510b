export async function getOrder(db: Pool, id: string) {
  const { rows } = await db.query(`SELECT * FROM orders WHERE id = ${id}`); // expect: CWE-89
  return rows[0];
}

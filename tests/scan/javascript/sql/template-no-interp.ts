export async function getOrder(db: Pool, id: string) {
  const { rows } = await db.query(`SELECT * FROM orders WHERE id = $1`, [id]); // ok: CWE-89
  return rows[0];
}

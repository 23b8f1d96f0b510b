import postgres from 'postgres';
const sql = postgres(process.env.DATABASE_URL);
export const byEmail = (email) => sql`SELECT * FROM users WHERE email = ${email}`; // ok: CWE-89

const { rows } = await pool.query({ text: 'SELECT * FROM t WHERE id = $1', values: [id] }); // ok: CWE-89

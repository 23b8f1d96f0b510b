const rows = await knex.raw('SELECT * FROM items WHERE sku = ?', [sku]); // ok: CWE-89

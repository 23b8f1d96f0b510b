const rows = await knex.raw(`SELECT * FROM items WHERE sku = '${sku}'`); // expect: CWE-89

const rows = await knex('users').whereRaw(`lower(name) = '${name.toLowerCase()}'`); // expect: CWE-89

const rows = await knex('users').whereRaw('lower(name) = ?', [name.toLowerCase()]); // ok: CWE-89

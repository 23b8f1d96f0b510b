const users = await sequelize.query(`SELECT * FROM users WHERE role = '${role}'`, { type: QueryTypes.SELECT }); // expect: CWE-89

const users = await sequelize.query('SELECT * FROM users WHERE role = :role', {
  replacements: { role }, // ok: CWE-89
  type: QueryTypes.SELECT,
});

const user = await User.findOne({ where: { email: req.body.email } }); // ok: CWE-89

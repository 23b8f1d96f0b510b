const token = jwt.sign({ id: user.id }, 'shhhhh', { expiresIn: '7d' }); // expect: CWE-798

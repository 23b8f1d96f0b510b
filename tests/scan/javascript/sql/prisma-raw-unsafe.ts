const rows = await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`); // expect: CWE-89

const rows = await prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`; // ok: CWE-89

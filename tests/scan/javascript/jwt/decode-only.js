function currentUser(req) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  const claims = jwt.decode(token); // expect: CWE-347
  return claims && claims.sub;
}

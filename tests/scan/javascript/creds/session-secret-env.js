app.use(session({
  secret: process.env.SESSION_SECRET, // ok: CWE-798
  resave: false,
  saveUninitialized: false,
}));

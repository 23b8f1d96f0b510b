app.use(session({
  secret: 'keyboard cat', // expect: CWE-798
  resave: false,
  saveUninitialized: true,
}));

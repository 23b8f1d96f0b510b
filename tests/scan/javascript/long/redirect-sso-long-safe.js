const express = require('express');
const passport = require('passport');

const router = express.Router();
const safePath = (p) => (typeof p === 'string' && /^\/(?!\/)/.test(p) ? p : '/');

router.get('/login', (req, res, next) => {
  req.session.returnTo = safePath(req.query.returnTo);
  passport.authenticate('oidc')(req, res, next);
});

router.get('/callback', passport.authenticate('oidc', { failureRedirect: '/login' }), (req, res) => {
  const returnTo = safePath(req.session.returnTo);
  delete req.session.returnTo;
  res.redirect(returnTo); // ok: CWE-601
});

router.post('/logout', (req, res) => {
  req.logout(() => {
    res.redirect(safePath(req.body.next)); // ok: CWE-601
  });
});

router.get('/me', (req, res) => {
  res.json(req.user || null);
});

module.exports = router;

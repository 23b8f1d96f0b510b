const express = require('express');
const passport = require('passport');

const router = express.Router();

router.get('/login', (req, res, next) => {
  req.session.returnTo = req.query.returnTo;
  passport.authenticate('oidc')(req, res, next);
});

router.get('/callback', passport.authenticate('oidc', { failureRedirect: '/login' }), (req, res) => {
  const returnTo = req.session.returnTo;
  delete req.session.returnTo;
  res.redirect(returnTo || '/'); // expect: CWE-601
});

router.post('/logout', (req, res) => {
  req.logout(() => {
    res.redirect(req.body.next); // expect: CWE-601
  });
});

router.get('/me', (req, res) => {
  res.json(req.user || null);
});

module.exports = router;

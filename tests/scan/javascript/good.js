// Safe twins of bad.js: nothing here may be flagged.
const { execFile } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const DOMPurify = require("dompurify");
const escapeHtml = require("escape-html");
const express = require("express");
const app = express();
const apiKey = process.env.API_KEY;                                // ok: CWE-798
const ALLOWED_HOSTS = new Set(["api.example.com"]);

app.get("/user", (req, res) => {
  db.query("SELECT * FROM users WHERE name = ?", [req.query.name]); // ok: CWE-89
  console.log("lookup %s", JSON.stringify(req.query.name));        // ok: CWE-117
  res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);        // ok: CWE-79
  const re = /'[^']*'/g;                                           // a regex literal with quotes
  const note = "// not a comment, and 'SELECT * FROM users WHERE name = '" + "x";
});

app.get("/ping", (req, res) => {
  execFile("ping", ["-c", "1", req.query.host], () => {});         // ok: CWE-78
  const m = /x/.exec(req.query.host);                              // ok: CWE-78 RegExp.exec
});

app.post("/calc", (req, res) => {
  res.json({ value: JSON.parse(req.body.expr) });                  // ok: CWE-95
});

app.get("/go", (req, res) => {
  const target = new URL(req.query.next, "https://app.example.com");
  if (!ALLOWED_HOSTS.has(target.host)) return res.sendStatus(400);
  res.redirect(target.toString());                                 // ok: CWE-601
});

app.get("/proxy", async (req, res) => {
  const url = new URL(req.query.url);
  if (!ALLOWED_HOSTS.has(url.hostname)) return res.sendStatus(400);
  const r = await fetch(url);                                      // ok: CWE-918
  res.send(await r.text());
});

app.get("/file", (req, res) => {
  res.sendFile(path.basename(req.params.name), { root: "/srv/files" }); // ok: CWE-22
});

function render(comment) {
  document.getElementById("c").textContent = comment;              // ok: CWE-79
  document.getElementById("d").innerHTML = DOMPurify.sanitize(comment); // ok: CWE-79
  document.getElementById("e").innerHTML = "<b>static</b>";        // ok: CWE-79
}

function load(body) {
  return JSON.parse(body);                                         // ok: CWE-502 CWE-611
}

async function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  return crypto.scryptSync(password, salt, 64);                    // ok: CWE-916
}

function checksum(data) {
  return crypto.createHash("sha256").update(data).digest("hex");   // ok: CWE-328
}

function encrypt(key, iv, data) {
  const c = crypto.createCipheriv("aes-256-gcm", key, iv);         // ok: CWE-327
  return c.update(data);
}

function resetToken() {
  return crypto.randomBytes(32).toString("hex");                   // ok: CWE-338
}

const agent = new https.Agent({ rejectUnauthorized: true });       // ok: CWE-295

function scratch(data) {
  const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "app-")); // ok: CWE-377
  fs.chmodSync("/srv/data", 0o750);                                // ok: CWE-732
}

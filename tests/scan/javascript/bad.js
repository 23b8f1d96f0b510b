// Vulnerable JavaScript: every line marked expect: must be flagged with that CWE.
const child_process = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const serialize = require("node-serialize");                       // expect: CWE-502
const libxmljs = require("libxmljs");
const express = require("express");
const app = express();
const apiKey = "sk_live_51HfD8s9d8f7g6h5";                        // expect: CWE-798

app.get("/user", (req, res) => {
  db.query("SELECT * FROM users WHERE name = '" + req.query.name + "'");   // expect: CWE-89
  db.query(`DELETE FROM carts WHERE id = ${req.params.id}`);       // expect: CWE-89
  console.log("lookup " + req.query.name);                         // expect: CWE-117
  res.send(`<h1>Hello ${req.query.name}</h1>`);                    // expect: CWE-79
});

app.get("/ping", (req, res) => {
  child_process.exec("ping -c 1 " + req.query.host);               // expect: CWE-78
  child_process.exec(`nslookup ${req.query.host}`);                // expect: CWE-78
  child_process.spawn("dig", [req.query.host], { shell: true });   // expect: CWE-78
});

app.post("/calc", (req, res) => {
  res.json({ value: eval(req.body.expr) });                        // expect: CWE-95
  const f = new Function("x", req.body.code);                      // expect: CWE-95
});

app.get("/go", (req, res) => {
  res.redirect(req.query.next);                                    // expect: CWE-601
});

app.get("/proxy", async (req, res) => {
  const r = await fetch(req.query.url);                            // expect: CWE-918
  res.send(await r.text());
});

app.get("/file", (req, res) => {
  res.sendFile(path.join(__dirname, "uploads", req.params.name));  // expect: CWE-22
  fs.readFile("/srv/files/" + req.query.name, () => {});           // expect: CWE-22
});

function render(comment) {
  document.getElementById("c").innerHTML = comment;                // expect: CWE-79
  document.write("<p>" + comment + "</p>");                        // expect: CWE-79
}

function load(body, xml) {
  const obj = serialize.unserialize(body);                         // expect: CWE-502
  const doc = libxmljs.parseXml(xml, { noent: true });             // expect: CWE-611
  return [obj, doc];
}

function hashPassword(password) {
  return crypto.createHash("sha256").update(password).digest("hex");  // expect: CWE-916
}

function checksum(data) {
  return crypto.createHash("md5").update(data).digest("hex");      // expect: CWE-328
}

function encrypt(key, data) {
  const c = crypto.createCipheriv("des-ede3", key, null);          // expect: CWE-327
  return c.update(data);
}

function resetToken() {
  return Math.random().toString(36).slice(2);                      // expect: CWE-338
}

const agent = new https.Agent({ rejectUnauthorized: false });      // expect: CWE-295

function scratch(data) {
  fs.writeFileSync("/tmp/upload.bin", data);                       // expect: CWE-377
  fs.chmodSync("/srv/data", 0o777);                                // expect: CWE-732
}

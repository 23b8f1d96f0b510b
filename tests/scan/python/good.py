# Safe twins of bad.py: nothing here may be flagged.
import hashlib, html, logging, os, secrets, subprocess, tarfile, tempfile
from urllib.parse import urlparse
import requests, yaml
import defusedxml.ElementTree as ET
from argon2 import PasswordHasher
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, abort, redirect, render_template, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
log = logging.getLogger(__name__)
SECRET_KEY = os.environ["SECRET_KEY"]                            # ok: CWE-798
ALLOWED_HOSTS = {"api.example.com"}


def find_user(cur, name):
    cur.execute("SELECT * FROM users WHERE name = %s", (name,))  # ok: CWE-89
    cur.execute("SELECT * FROM users WHERE name = ?", [name])    # ok: CWE-89
    # cur.execute("SELECT * FROM users WHERE name = '%s'" % name) is how not to do it
    """A docstring that says "SELECT * FROM users WHERE name = '%s'" % name."""


def ping(host):
    subprocess.run(["ping", "-c", "1", host], check=True)        # ok: CWE-78
    subprocess.run("uptime", shell=True)                         # ok: CWE-78 constant
    os.system("sync")                                            # ok: CWE-78 constant


def calc(expr):
    import ast
    return ast.literal_eval(expr)                                # ok: CWE-95
    model.eval()                                                 # ok: CWE-95 a method


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    log.info("hello for %r", request.args.get("name"))           # ok: CWE-117
    return render_template("hello.html", name=name)              # ok: CWE-79 CWE-94


@app.route("/comment")
def comment():
    text = request.form["text"]
    return f"<p>{html.escape(text)}</p>"                         # ok: CWE-79


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    if urlparse(target).netloc:
        abort(400)
    return redirect(target)                                      # ok: CWE-601


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    return requests.get(url, timeout=5).text                     # ok: CWE-918


@app.route("/file")
def download():
    name = secure_filename(request.args["name"])
    base = os.path.realpath("/srv/files")
    path = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, path]) != base:
        abort(404)
    with open(path) as f:                                        # ok: CWE-22
        return f.read()


def unpack(upload):
    with tarfile.open(upload) as tar:
        tar.extractall("/srv/unpacked", filter="data")           # ok: CWE-22


def load(text):
    cfg = yaml.safe_load(text)                                   # ok: CWE-502
    doc = ET.fromstring(text)                                    # ok: CWE-611
    return cfg, doc


def store_password(password):
    return PasswordHasher().hash(password)                       # ok: CWE-916 CWE-328


def checksum(data):
    return hashlib.sha256(data).hexdigest()                      # ok: CWE-328


def encrypt(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)        # ok: CWE-327


def make_reset_token():
    return secrets.token_urlsafe(32)                             # ok: CWE-338


def call_api():
    return requests.post("https://api.example.com/v1/x", json={}, timeout=5)  # ok: CWE-295


def scratch():
    fd, path = tempfile.mkstemp()                                # ok: CWE-377
    os.chmod(path, 0o600)                                        # ok: CWE-732
    return fd, path


if __name__ == "__main__":
    app.run(debug=os.environ.get("DEBUG") == "1")                # ok: CWE-94

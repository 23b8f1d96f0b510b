# Vulnerable Python: every line marked expect: must be flagged with that CWE.
import hashlib, logging, os, pickle, random, shutil, subprocess, tarfile, tempfile
import requests, yaml
from Crypto.Cipher import DES
from flask import Flask, redirect, render_template_string, request
from lxml import etree

app = Flask(__name__)
log = logging.getLogger(__name__)
SECRET_KEY = "8f2c1e9a7b3d4f60"                                  # expect: CWE-798
db_password = 'hunter2hunter2'                                   # expect: CWE-798


def find_user(cur, name):
    cur.execute("SELECT * FROM users WHERE name = '%s'" % name)  # expect: CWE-89
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")    # expect: CWE-89
    q = "DELETE FROM users WHERE id = " + str(name)              # expect: CWE-89
    cur.execute("UPDATE users SET seen = 1 WHERE name = '{}'".format(name))  # expect: CWE-89
    return cur.execute(q)


def ping(host):
    os.system("ping -c 1 " + host)                               # expect: CWE-78
    subprocess.run(f"ping -c 1 {host}", shell=True)              # expect: CWE-78
    subprocess.check_output("nslookup %s" % host,                # expect: CWE-78
                            shell=True)
    return subprocess.getoutput("dig " + host)                   # expect: CWE-78


def calc(expr, code):
    exec(code)                                                   # expect: CWE-95
    return eval(expr)                                            # expect: CWE-95


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    log.info("hello for %s", request.args.get("name"))           # expect: CWE-117
    return render_template_string("<h1>Hi " + name + "</h1>")    # expect: CWE-94 CWE-79


@app.route("/comment")
def comment():
    text = request.form["text"]
    return f"<p>{text}</p>"                                      # expect: CWE-79


@app.route("/go")
def go():
    return redirect(request.args.get("next"))                    # expect: CWE-601


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    return requests.get(url, timeout=5).text                     # expect: CWE-918


@app.route("/file")
def download():
    name = request.args["name"]
    with open(os.path.join("/srv/files", name)) as f:            # expect: CWE-22
        return f.read()


def unpack(upload):
    with tarfile.open(upload) as tar:
        tar.extractall("/srv/unpacked")                          # expect: CWE-22


def load(blob, text):
    obj = pickle.loads(blob)                                     # expect: CWE-502
    cfg = yaml.load(text)                                        # expect: CWE-502
    doc = etree.fromstring(text)                                 # expect: CWE-611
    return obj, cfg, doc


def store_password(password):
    digest = hashlib.md5(password.encode()).hexdigest()          # expect: CWE-328 CWE-916
    return digest, hashlib.sha256(password.encode()).hexdigest()  # expect: CWE-916


def checksum(data):
    return hashlib.sha1(data).hexdigest()                        # expect: CWE-328


def encrypt(key, data):
    return DES.new(key, DES.MODE_ECB).encrypt(data)              # expect: CWE-327


def make_reset_token():
    return "".join(random.choice("abcdef0123456789") for _ in range(32))  # expect: CWE-338


def call_api(url):
    return requests.post("https://api.example.com/v1/x", json={}, verify=False)  # expect: CWE-295


def scratch():
    path = tempfile.mktemp()                                     # expect: CWE-377
    os.chmod(path, 0o777)                                        # expect: CWE-732
    return path


if __name__ == "__main__":
    app.run(debug=True)                                          # expect: CWE-94

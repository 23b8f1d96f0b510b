app = Flask(__name__)
app.config.from_prefixed_env()
app.secret_key = app.config["SECRET_KEY"]  # ok: CWE-798

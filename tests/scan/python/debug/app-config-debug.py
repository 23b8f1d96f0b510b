app = Flask(__name__)
app.config["DEBUG"] = True  # expect: CWE-489

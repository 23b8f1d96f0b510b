app = Flask(__name__)
app.secret_key = "dev"  # expect: CWE-798

import pickle
from pathlib import Path

MODEL = Path(__file__).with_name("model.pkl")

def load_model():
    with MODEL.open("rb") as fh:
        return pickle.load(fh)  # expect: CWE-502

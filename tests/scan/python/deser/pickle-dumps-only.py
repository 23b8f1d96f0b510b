import pickle
with open("model.pkl", "wb") as fh:
    pickle.dump(model, fh)  # ok: CWE-502

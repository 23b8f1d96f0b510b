import joblib

@app.post("/models")
def upload_model():
    model = joblib.load(request.files["model"])  # expect: CWE-502
    registry.add(model)
    return {"ok": True}

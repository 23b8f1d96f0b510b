from fastapi.responses import RedirectResponse

@app.get("/out")
def out(to: str):
    return RedirectResponse(to)  # expect: CWE-601

from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
MEDIA = Path("/var/media").resolve()

@app.get("/media/{name}")
def media(name: str):
    target = (MEDIA / name).resolve()
    if not target.is_relative_to(MEDIA):
        raise HTTPException(404)
    return FileResponse(target)  # ok: CWE-22

from pathlib import Path
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
MEDIA = Path("/var/media")

@app.get("/media/{name}")
def media(name: str):
    return FileResponse(MEDIA / name)  # expect: CWE-22

import os
import shutil

from fastapi import FastAPI, File, Form, HTTPException, UploadFile
from fastapi.responses import FileResponse

app = FastAPI()
STORAGE = "/data/uploads"


@app.post("/upload")
async def upload(folder: str = Form(...), file: UploadFile = File(...)):
    target_dir = os.path.join(STORAGE, folder)
    os.makedirs(target_dir, exist_ok=True)
    dest = os.path.join(target_dir, file.filename)
    with open(dest, "wb") as out:  # expect: CWE-22
        shutil.copyfileobj(file.file, out)
    return {"stored": dest}


@app.get("/download/{folder}/{name}")
async def download(folder: str, name: str):
    path = os.path.join(STORAGE, folder, name)
    if not os.path.isfile(path):
        raise HTTPException(404)
    return FileResponse(path)  # expect: CWE-22

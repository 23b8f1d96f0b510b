import os
import shutil
import uuid

from fastapi import FastAPI, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

app = FastAPI()
STORAGE = "/data/uploads"


@app.post("/upload")
async def upload(file: UploadFile = File(...)):
    file_id = uuid.uuid4().hex
    dest = os.path.join(STORAGE, file_id)
    with open(dest, "wb") as out:  # ok: CWE-22
        shutil.copyfileobj(file.file, out)
    return {"id": file_id}


@app.get("/download/{file_id}")
async def download(file_id: str):
    if not file_id.isalnum():
        raise HTTPException(400)
    path = os.path.join(STORAGE, file_id)
    if not os.path.isfile(path):
        raise HTTPException(404)
    return FileResponse(path)  # ok: CWE-22

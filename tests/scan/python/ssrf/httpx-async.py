import httpx
from fastapi import FastAPI

app = FastAPI()

@app.get("/proxy")
async def proxy(url: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(url)  # expect: CWE-918
    return {"status": r.status_code, "body": r.text[:1000]}

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

@app.get("/hello", response_class=HTMLResponse)
async def hello(name: str = "world"):
    return f"<html><body><h1>Hello {name}</h1></body></html>"  # expect: CWE-79

import json

from aiohttp import web
import aiosqlite

routes = web.RouteTableDef()


@routes.get("/api/search")
async def search(request):
    term = request.query.get("q", "")
    async with aiosqlite.connect("app.db") as db:
        cursor = await db.execute(f"SELECT id, title FROM posts WHERE title LIKE '%{term}%'")  # expect: CWE-89
        rows = await cursor.fetchall()
    return web.json_response([{"id": r[0], "title": r[1]} for r in rows])


@routes.get("/api/post/{id}")
async def post(request):
    pid = int(request.match_info["id"])
    async with aiosqlite.connect("app.db") as db:
        cursor = await db.execute("SELECT id, title, body FROM posts WHERE id = ?", (pid,))  # ok: CWE-89
        row = await cursor.fetchone()
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response({"id": row[0], "title": row[1], "body": row[2]})


app = web.Application()
app.add_routes(routes)

import asyncio

async def resize(path, width):
    proc = await asyncio.create_subprocess_exec("mogrify", "-resize", str(width), path)  # ok: CWE-78
    await proc.wait()

import asyncio

async def resize(path, width):
    proc = await asyncio.create_subprocess_shell(f"mogrify -resize {width} {path}")  # expect: CWE-78
    await proc.wait()

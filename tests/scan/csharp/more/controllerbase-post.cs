[Route("api/[controller]")]
public class TodoItemsController : ControllerBase
{
    [HttpPost]   // ok: CWE-352
    public async Task<ActionResult<TodoItem>> Create(TodoItem item)
    {
        _db.TodoItems.Add(item);
        await _db.SaveChangesAsync();
        return CreatedAtAction(nameof(Get), new { id = item.Id }, item);
    }
}

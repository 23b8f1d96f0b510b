using Microsoft.AspNetCore.Mvc;

namespace Shop.Api
{
    [ApiController]
    [Route("api/[controller]")]
    public class OrdersController : ControllerBase
    {
        private readonly IOrderService _orders;

        public OrdersController(IOrderService orders) => _orders = orders;

        [HttpPost]   // ok: CWE-352
        public async Task<ActionResult<OrderDto>> Create(CreateOrderRequest req)
        {
            var order = await _orders.CreateAsync(req);
            return CreatedAtAction(nameof(Get), new { id = order.Id }, order);
        }

        [HttpGet("{id}")]
        public Task<OrderDto> Get(int id) => _orders.GetAsync(id);

        [HttpDelete("{id}")]
        public Task Delete(int id) => _orders.DeleteAsync(id);
    }
}

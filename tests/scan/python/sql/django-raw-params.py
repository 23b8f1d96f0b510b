from .models import Customer

def by_city(city):
    return Customer.objects.raw("SELECT * FROM shop_customer WHERE city = %s", [city])  # ok: CWE-89

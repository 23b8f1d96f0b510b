from .models import Customer

def by_city(city):
    return Customer.objects.raw(f"SELECT * FROM shop_customer WHERE city = '{city}'")  # expect: CWE-89
